package org.sendinspection.rules.journey;

/**
 * Where an area stands in its journey under the 2016 framework, from before the inspection to the
 * end of monitoring.
 */
public enum JourneyState {
  /** No inspection has begun. The initial state. */
  NOT_YET_INSPECTED("not yet inspected", false),
  /** Inspectors have been on site; the report is awaited. */
  INSPECTED("inspected, report awaited", false),
  /** The report found no significant weakness: no written statement of action is required. */
  NO_WSOA_REQUIRED("no written statement of action required", true),
  /** The report found significant weaknesses: the written statement of action is awaited. */
  AWAITING_WSOA("awaiting the written statement of action", false),
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
  MONITORING_CEASED("quarterly monitoring ceased", true),
  /** The revisit found insufficient progress on some weakness: DfE and NHS England determine next steps. */
  NEXT_STEPS_WITH_DFE_AND_NHSE("next steps with DfE and NHS England", true),
  /** The revisit programme ended without a revisit: the area moves to the 2023 framework. */
  NOT_REVISITED_MOVES_TO_2023_FRAMEWORK("not revisited; moves to the 2023 framework", true);

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

  /** Whether the 2016 journey ends here: no transition leaves this state. */
  public boolean isFinal() {
    return isFinal;
  }
}
