package org.sendinspection.rules.journey;

/**
 * What moves an area from one journey state to the next, under either framework: a recorded fact, or
 * the passing of a date.
 */
public enum JourneyTrigger {
  /** The first day inspectors were on site. */
  INSPECTION_BEGAN("the inspection began", true),
  /** The report, or HMCI's determination, with no significant weakness. */
  REPORT_WITHOUT_SIGNIFICANT_WEAKNESS("the report found no significant weakness", true),
  /** The report, or HMCI's determination, with significant weaknesses. */
  REPORT_WITH_SIGNIFICANT_WEAKNESSES("HMCI required a written statement of action", true),
  /** The 70 working days after receipt of the report passed. */
  WSOA_DEADLINE_PASSED("the 70 working days for the statement passed", false),
  /** A submission of the statement. */
  WSOA_SUBMITTED("the statement was submitted", true),
  /** An evaluation judging it not fit for purpose. */
  WSOA_NOT_FIT_FOR_PURPOSE("the statement was judged not fit for purpose", true),
  /** An evaluation judging it fit for purpose. */
  WSOA_FIT_FOR_PURPOSE("the statement was judged fit for purpose", true),
  /** The revisit's usual date passed. */
  REVISIT_DEADLINE_PASSED("the revisit's usual date passed", false),
  /** The 2016 revisit programme ended. */
  REVISIT_PROGRAMME_ENDED("the 2016 revisit programme ended", false),
  /** The first day of the revisit. */
  REVISIT_BEGAN("the revisit began", true),
  /** The revisit's outcome: sufficient progress on every weakness. */
  REVISIT_ALL_SUFFICIENT("the revisit found sufficient progress on every weakness", true),
  /** The revisit's outcome: not sufficient progress on every weakness. */
  REVISIT_NOT_ALL_SUFFICIENT("the revisit did not find sufficient progress on every weakness", true),
  /** The first day on site of the area's next full inspection, under either framework. */
  LATER_INSPECTION_BEGAN("a later full inspection began", true),
  /** The first day on site of an area SEND inspection under the 2023 framework. */
  AREA_SEND_INSPECTION_BEGAN("the area SEND inspection began", true),
  /** The report's receipt, with outcome 1. */
  OUTCOME_POSITIVE_REPORTED("the report gave outcome 1, typically positive experiences and outcomes", true),
  /** The report's receipt, with outcome 2. */
  OUTCOME_INCONSISTENT_REPORTED("the report gave outcome 2, inconsistent experiences and outcomes", true),
  /** The report's receipt, with outcome 3. */
  OUTCOME_FAILINGS_REPORTED("the report gave outcome 3, widespread and/or systemic failings", true),
  /** The first day on site of a monitoring inspection. */
  MONITORING_INSPECTION_BEGAN("the monitoring inspection began", true),
  /** The monitoring inspection's window closed. */
  MONITORING_WINDOW_PASSED("the monitoring inspection's window closed", false),
  /** The next full inspection's window opened. */
  FULL_INSPECTION_WINDOW_OPENED("the next full inspection's window opened", false),
  /** The next full inspection's window closed. */
  FULL_INSPECTION_WINDOW_PASSED("the next full inspection's window closed", false);

  private final String description;
  private final boolean recordedFact;

  JourneyTrigger(String description, boolean recordedFact) {
    this.description = description;
    this.recordedFact = recordedFact;
  }

  /** The trigger in words, such as {@code the statement was submitted}. */
  public String description() {
    return description;
  }

  /** Whether it is a fact of the record, rather than the passing of a date worked out from one. */
  public boolean isRecordedFact() {
    return recordedFact;
  }
}
