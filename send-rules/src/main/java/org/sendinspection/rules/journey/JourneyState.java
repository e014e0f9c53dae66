package org.sendinspection.rules.journey;

/**
 * Where an area stands in the journey that follows one inspection, under the 2016 framework (from
 * before the inspection to the end of monitoring) or the 2023 framework (from the inspection to the
 * next full inspection), until a later full inspection closes it.
 *
 * <p>{@link #NOT_YET_INSPECTED} and {@link #CLOSED_BY_LATER_INSPECTION} belong to both frameworks' state
 * machines; the other states to one each, as their descriptions say.
 */
public enum JourneyState {
  /** No inspection has begun. The initial state. */
  NOT_YET_INSPECTED("not yet inspected", false),
  /** Inspectors have been on site; the report is awaited. */
  INSPECTED("inspected, report awaited", false),
  /** The report found no significant weakness: no written statement of action is required. */
  NO_WSOA_REQUIRED("no written statement of action required", false),
  /** The report found significant weaknesses: the written statement of action is awaited. */
  AWAITING_WSOA("written statement of action required; no submission recorded", false),
  /** The 70 working days have passed with no statement submitted. */
  WSOA_OVERDUE("written statement of action overdue", false),
  /** A statement has been submitted and awaits Ofsted and CQC's evaluation. */
  WSOA_UNDER_EVALUATION("written statement of action under evaluation", false),
  /** A statement was judged not fit for purpose and must be submitted again. */
  WSOA_TO_BE_RESUBMITTED("written statement of action to be resubmitted", false),
  /** The statement is fit for purpose; the revisit is awaited. */
  AWAITING_REVISIT("awaiting the revisit", false),
  /** The revisit's usual date has passed with no revisit. */
  REVISIT_OVERDUE("revisit overdue", false),
  /** Inspectors have revisited; the outcome is awaited. */
  REVISIT_UNDER_WAY("revisited, outcome awaited", false),
  /** The revisit found sufficient progress on every weakness: the quarterly visits have ceased. */
  MONITORING_CEASED("quarterly monitoring ceased", false),
  /** The revisit found insufficient progress on some weakness: DfE and NHS England determine next steps. */
  NEXT_STEPS_WITH_DFE_AND_NHSE("next steps with DfE and NHS England", false),
  /** The revisit programme ended without a revisit: the area moves to the 2023 framework. */
  NOT_REVISITED_MOVES_TO_2023_FRAMEWORK("not revisited; moves to the 2023 framework", false),
  /** A later full inspection began: this journey is closed and that inspection's journey follows. */
  CLOSED_BY_LATER_INSPECTION("closed: a later full inspection began", true),
  /** Inspectors have been on site under the 2023 framework; the report is awaited. */
  AREA_SEND_INSPECTED("inspected under the 2023 framework, report awaited", false),
  /** Outcome 1 or 2: the partnership updates and publishes its strategic plan; the next full inspection is awaited. */
  STRATEGIC_PLAN_UPDATE("outcome 1 or 2: strategic plan to be updated and published", false),
  /** Outcome 3: HMCI requires a priority action plan; the monitoring inspection is awaited. */
  PRIORITY_ACTION_PLAN("outcome 3: priority action plan required, monitoring inspection due", false),
  /** Outcome 3: the monitoring inspection's window has closed with no monitoring inspection recorded. */
  MONITORING_INSPECTION_OVERDUE("outcome 3: monitoring inspection overdue", false),
  /** Outcome 3: the monitoring inspection has begun; the full reinspection is awaited. */
  MONITORED("monitoring inspection carried out, full reinspection awaited", false),
  /** The window for the next full inspection under the 2023 framework is open. */
  NEXT_FULL_INSPECTION_DUE("next full inspection due: its window is open", false),
  /** The window for the next full inspection has closed with no later inspection recorded. */
  NEXT_FULL_INSPECTION_OVERDUE("next full inspection overdue", false);

  private final String description;
  private final boolean isFinal;

  JourneyState(String description, boolean isFinal) {
    this.description = description;
    this.isFinal = isFinal;
  }

  /** The state in words, such as {@code awaiting the revisit}. */
  public String description() {
    return description;
  }

  /**
   * Whether the journey ends here: no transition leaves this state. Only a later full inspection ends a
   * journey; the states where a framework asks nothing more of the area (such as {@link
   * #MONITORING_CEASED}) still lead to {@link #CLOSED_BY_LATER_INSPECTION}.
   */
  public boolean isFinal() {
    return isFinal;
  }
}
