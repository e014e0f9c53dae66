package org.sendinspection.rules;

/**
 * The stable identifier of every standard rule, as conclusions carry it ({@code Conclusion.getRuleId()})
 * and {@link RuleRegistry#rule(String)} finds it, so that a caller selects conclusions by rule without
 * depending on the rule's class.
 *
 * <p>An identifier never changes once released: a rule that decides something new gets a new one. Each
 * names its framework first ({@code 2016.} for the 2016 local area SEND inspection, {@code 2023.} for the
 * area SEND inspection from 2023). {@code RuleRegistry.standard().describe()} gives each rule's title
 * and sources.
 */
public final class RuleIds {

  /** Whether a written statement of action is required, and who is jointly responsible. */
  public static final String STATEMENT_REQUIRED = "2016.wsoa-required";

  /** When the written statement of action is due, and whether it was made in time. */
  public static final String STATEMENT_DUE = "2016.wsoa-due";

  /** What follows Ofsted and CQC's evaluation of a written statement of action. */
  public static final String STATEMENT_EVALUATION = "2016.wsoa-evaluation";

  /** When the revisit is due, and whether it is overdue. */
  public static final String REVISIT_DUE = "2016.revisit-due";

  /** Whether DfE and NHS England's quarterly support and challenge visits are in force. */
  public static final String QUARTERLY_VISITS = "2016.quarterly-visits";

  /** What follows a revisit that did not find sufficient progress on every weakness. */
  public static final String NEXT_STEPS = "2016.next-steps";

  /** When the 2016 obligations end because the area's next full inspection began. */
  public static final String SUPERSEDED = "2016.superseded";

  /** Where the area's journey under the 2016 framework stands on the as-of date. */
  public static final String JOURNEY_STATE_2016 = "2016.journey-state";

  /** The outcome of the area SEND inspection. */
  public static final String OUTCOME = "2023.outcome";

  /** Whether the partnership updates and publishes its strategic plan. */
  public static final String STRATEGIC_PLAN = "2023.strategic-plan";

  /** Whether HMCI requires a priority action plan, and for which areas and bodies. */
  public static final String PRIORITY_ACTION_PLAN = "2023.priority-action-plan";

  /** When the monitoring inspection after outcome 3 is due, and whether it is overdue. */
  public static final String MONITORING_INSPECTION = "2023.monitoring-inspection";

  /** When the next full inspection is due, and whether it is overdue. */
  public static final String NEXT_FULL_INSPECTION = "2023.next-full-inspection";

  /** Whether the report's previous inspection is the record's. */
  public static final String PREVIOUS_INSPECTION = "2023.previous-inspection";

  /** What an area SEND inspection means for the 2016 journey before it. */
  public static final String FRAMEWORK_HANDOVER = "2023.framework-handover";

  /** Where the journey after the area SEND inspection stands on the as-of date. */
  public static final String JOURNEY_STATE_2023 = "2023.journey-state";

  private RuleIds() {}
}
