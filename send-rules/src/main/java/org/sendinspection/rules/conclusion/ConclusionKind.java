package org.sendinspection.rules.conclusion;

/**
 * What a conclusion says, in the framework's words.
 *
 * <p>The 2016 framework's kinds come first, then the journey state both frameworks share, then those
 * of the 2023 framework; {@link #NOT_DETERMINABLE} serves both.
 */
public enum ConclusionKind {
  /** HMCI requires a written statement of action: the inspection found significant weaknesses. */
  WSOA_REQUIRED,
  /** No written statement of action is required: the inspection found no significant weakness. */
  WSOA_NOT_REQUIRED,
  /** The date the written statement of action is due by: 70 working days after receipt of the report. */
  WSOA_DUE,
  /** The statement was submitted on or before its due date. */
  WSOA_SUBMITTED_IN_TIME,
  /** The statement was submitted after its due date. */
  WSOA_SUBMITTED_LATE,
  /** The due date has passed and the record shows no submission by then. */
  WSOA_OVERDUE,
  /** A submission was judged not fit for purpose: the statement must be submitted again. */
  WSOA_TO_BE_RESUBMITTED,
  /** A submission was judged fit for purpose: the revisit clock starts. */
  WSOA_FIT_FOR_PURPOSE,
  /** The date a revisit is usually due by: within 18 months of the statement being fit for purpose. */
  REVISIT_DUE,
  /** The revisit's usual date has passed and the record shows no revisit by then. */
  REVISIT_OVERDUE,
  /** The 2016 revisit programme ended with no revisit recorded: the area moves to the 2023 framework. */
  NOT_REVISITED_BEFORE_PROGRAMME_END,
  /** The formal quarterly support and challenge visits of DfE and NHS England are in force. */
  QUARTERLY_VISITS_IN_FORCE,
  /** A revisit did not find sufficient progress on every weakness: the quarterly visits do not cease. */
  QUARTERLY_VISITS_CONTINUE,
  /** A revisit found sufficient progress on every weakness: the quarterly visits cease. */
  QUARTERLY_VISITS_CEASED,
  /** After an insufficient revisit, DfE and NHS England determine the next steps. */
  NEXT_STEPS_WITH_DFE_AND_NHSE,
  /** DfE requires an accelerated progress plan, with a formal progress review within 6 months. */
  ACCELERATED_PROGRESS_PLAN_REVIEW_DUE,
  /** Ofsted and CQC will not revisit again unless the Secretary of State directs them to. */
  NO_FURTHER_REVISIT_UNLESS_DIRECTED,
  /** The significant weaknesses a revisit did not find sufficient progress on. */
  WEAKNESSES_REMAINING,
  /** The 2016 obligations still in force end: the area's next full inspection began. */
  OBLIGATIONS_SUPERSEDED,
  /** Where the area's journey stands on the as-of date. */
  JOURNEY_STATE,
  /** The outcome of an area SEND inspection under the 2023 framework, in the report's words. */
  AREA_SEND_OUTCOME,
  /** Outcomes 1 and 2: Ofsted and CQC ask the partnership to update and publish its strategic plan. */
  STRATEGIC_PLAN_UPDATE_REQUESTED,
  /** Outcome 3: HMCI requires a priority action plan addressing the areas for priority action. */
  PRIORITY_ACTION_PLAN_REQUIRED,
  /** Outcome 3: the window in which the monitoring inspection usually takes place. */
  MONITORING_INSPECTION_WINDOW,
  /** Outcome 3: the monitoring inspection's window has closed and no monitoring inspection is recorded. */
  MONITORING_INSPECTION_OVERDUE,
  /** Outcome 3: a monitoring inspection is recorded. */
  MONITORING_INSPECTION_CARRIED_OUT,
  /** The window in which the next full inspection follows: approximately 5 years (outcome 1) or 3. */
  NEXT_FULL_INSPECTION_WINDOW,
  /** The next full inspection's window has closed and no later inspection is recorded. */
  NEXT_FULL_INSPECTION_OVERDUE,
  /** An area SEND inspection follows a 2016-framework inspection: that journey closes, and what that means. */
  PREVIOUS_FRAMEWORK_JOURNEY_CLOSED,
  /** The report's "date of previous inspection" is the record's earlier inspection. */
  PREVIOUS_INSPECTION_AS_RECORDED,
  /** The report's "date of previous inspection" is not the record's earlier full inspection: how they differ. */
  PREVIOUS_INSPECTION_DIFFERS_FROM_RECORD,
  /** A rule needs detail the record lacks, or dates it cannot reconcile: it says so rather than guess. */
  NOT_DETERMINABLE
}
