package org.sendinspection.model.validation;

/**
 * The rules every record satisfies by construction, each with a stable identifier that errors,
 * tests and tools refer to.
 *
 * <p>The identifiers are part of the published API: they do not change when a constant is renamed.
 * Where a rule comes from the framework rather than from plain logic, the constant's Javadoc names
 * the source.
 */
public enum Invariant {
  /** A dated fact says when: it has at least one claim. */
  DATED_FACT_HAS_CLAIM("dated-fact-has-claim", "a dated fact has at least one claim of a date"),
  /** A period's end is not before its start (on-site dates, a partner's period of acting). */
  PERIOD_IN_ORDER("period-in-order", "a period ends on or after the day it starts"),
  /** Notice is given before inspectors arrive (five working days under the 2016 handbook). */
  NOTICE_BEFORE_ON_SITE("notice-before-on-site", "notice is given on or before the first day on site"),
  /** The report letter follows the visit it reports on. */
  LETTER_AFTER_ON_SITE("letter-after-on-site", "a letter is dated on or after the last day on site"),
  /** A letter is published on Ofsted's site on or after the date it bears. */
  PUBLISHED_AFTER_LETTER("published-after-letter", "a letter is published on or after its date"),
  /** Identifiers are unique where they are referred to. */
  UNIQUE_IDENTIFIER("unique-identifier", "identifiers are unique within their list"),
  /** Weaknesses are held either in detail or, as in the official statistics, as a count. */
  WEAKNESSES_DETAILED_OR_COUNTED("weaknesses-detailed-or-counted",
      "significant weaknesses are recorded either in detail or as a count, not both"),
  /**
   * Areas for priority action are held either in detail or, as in Ofsted's management information on
   * the 2023 framework, as a count.
   */
  PRIORITY_ACTIONS_DETAILED_OR_COUNTED("priority-actions-detailed-or-counted",
      "areas for priority action are recorded either in detail or as a count, not both"),
  /**
   * HMCI requires a written statement of action only where an inspection found significant weaknesses
   * (Children Act 2004 (Joint Area Reviews) Regulations 2015; Ofsted and CQC, <i>Joint area SEND revisit in
   * Essex</i>, 30 June 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in
   * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk).
   */
  WSOA_NEEDS_WEAKNESS("wsoa-needs-significant-weakness",
      "a written statement of action exists only where significant weaknesses were found"),
  /** A statement answers a report, so it is determined and submitted after the inspection. */
  WSOA_AFTER_INSPECTION("wsoa-after-inspection",
      "a written statement of action is determined and submitted after the inspection"),
  /** A submission is known by its date, its evaluation, or both. */
  SUBMISSION_DATED_OR_EVALUATED("submission-dated-or-evaluated",
      "a submission records the day it was made, its evaluation, or both"),
  /** An evaluation judges a submission already made. */
  EVALUATION_AFTER_SUBMISSION("evaluation-after-submission",
      "a submission is evaluated on or after the day it was submitted"),
  /**
   * A statement is submitted again only after the previous submission was judged not fit for
   * purpose; none follows a fit-for-purpose judgement (Essex County Council, <i>SEND Ofsted Inspection
   * Update</i>, People and Families Scrutiny Committee, 2020, www.essex.gov.uk: "if it is not deemed fit for
   * purpose further work will be required").
   */
  RESUBMISSION_AFTER_REJECTION("resubmission-after-rejection",
      "a statement is resubmitted only after the previous submission was judged not fit for purpose"),
  /**
   * Each coded action of a statement names weaknesses the inspection found (Ofsted and CQC, letter on the joint
   * evaluation of Essex's written statement of action, 6 April 2020, reports.ofsted.gov.uk).
   */
  ACTION_ADDRESSES_FOUND_WEAKNESS("action-addresses-found-weakness",
      "a coded action addresses a significant weakness the inspection found"),
  /**
   * A revisit checks progress against a written statement of action (Ofsted and CQC, <i>Joint area SEND
   * revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in
   * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk).
   */
  REVISIT_NEEDS_WSOA("revisit-needs-wsoa",
      "a revisit follows a written statement of action"),
  /**
   * Revisits take place after the statement is declared fit for purpose, "usually ... within 18
   * months" of it (parliamentary answer, 2021; Essex County Council, <i>SEND Ofsted Inspection Update</i>,
   * People and Families Scrutiny Committee, 2020, www.essex.gov.uk).
   */
  REVISIT_AFTER_FIT_FOR_PURPOSE("revisit-after-wsoa-fit-for-purpose",
      "a revisit takes place after the written statement of action was declared fit for purpose"),
  /**
   * A revisit decides progress for each weakness of the inspection and only for those (Ofsted and CQC,
   * <i>Joint area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint
   * area SEND revisit in Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk).
   */
  REVISIT_OUTCOME_FOR_FOUND_WEAKNESS("revisit-outcome-for-found-weakness",
      "a revisit outcome names a significant weakness the inspection found"),
  /**
   * "decide whether sufficient progress has been made in addressing each of the areas" (Ofsted and CQC,
   * <i>Joint area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk).
   */
  REVISIT_OUTCOME_FOR_EVERY_WEAKNESS("revisit-outcome-for-every-weakness",
      "a revisit decides progress on every significant weakness, once"),
  /** Made plus not made equals found (official statistics, revisit columns). */
  REVISIT_COUNTS_ADD_UP("revisit-counts-add-up",
      "weaknesses with and without sufficient progress add up to the weaknesses found"),
  /** A revisit's outcome is held per weakness or as counts. */
  REVISIT_OUTCOMES_DETAILED_OR_COUNTED("revisit-outcomes-detailed-or-counted",
      "a revisit's outcomes are recorded either per weakness or as counts, exactly one of them"),
  /** Each area for priority action names the bodies responsible for it (Suffolk 2024 report). */
  PRIORITY_ACTION_HAS_RESPONSIBLE_BODY("priority-action-has-responsible-body",
      "an area for priority action names at least one responsible body"),
  /**
   * Under the 2023 framework, outcome 3 and only outcome 3 requires a priority action plan addressing
   * areas for priority action and leads to a monitoring inspection; outcomes 1 and 2 ask the
   * partnership to update and publish its strategic plan (area SEND framework and handbook).
   */
  OUTCOME_MATCHES_REQUIREMENTS("outcome-matches-requirements",
      "an area SEND outcome carries the requirements the framework sets for it"),
  /** A report's previous inspection precedes it. */
  PREVIOUS_INSPECTION_BEFORE("previous-inspection-before",
      "the previous inspection a report states took place before it"),
  /** A stated previous inspection has its first or its last day, or both. */
  STATED_PREVIOUS_INSPECTION_DATED("stated-previous-inspection-dated",
      "a stated previous inspection has its first or last day recorded"),
  /**
   * An area SEND inspection records when it took place: its first or last day on site, or its
   * publication (a scraped overview may give only the publication).
   */
  INSPECTION_DATED("inspection-dated",
      "an area SEND inspection records its first or last day on site or its publication"),
  /** An area record lists its inspections in the order they took place. */
  INSPECTIONS_IN_DATE_ORDER("inspections-in-date-order",
      "an area record lists its inspections in the order of their first day on site"),
  /** Every citation names a source document the record lists. */
  CITATION_NAMES_KNOWN_SOURCE("citation-names-known-source",
      "a citation names a source document listed in the record"),
  /** A claim to the month or the year records the first day of that month or year. */
  PARTIAL_DATE_STARTS_PERIOD("partial-date-starts-period",
      "a claim to the month or year records the first day of the period"),
  /** A statement that facts are recorded until a date gives that date; "not recorded" gives none. */
  COVERAGE_STATES_ITS_DATE("coverage-states-its-date",
      "a record of what is known until a date gives the date, and only then"),
  /** A count of weaknesses is the total, so it is at least the number named. */
  WEAKNESSES_KNOWN_AS_STATED("weaknesses-known-as-stated",
      "significant weaknesses are named in full, counted (some perhaps named), or not recorded, as stated"),
  /**
   * A monitoring inspection follows the full inspection's report (area SEND reports: "a monitoring
   * inspection will be carried out within approximately 18 months").
   */
  MONITORING_AFTER_REPORT("monitoring-after-report",
      "a monitoring inspection takes place after the full inspection's report is published"),
  /** Next steps follow a revisit that did not find sufficient progress on every weakness. */
  NEXT_STEPS_AFTER_INSUFFICIENT_REVISIT("next-steps-after-insufficient-revisit",
      "next steps by DfE and NHS England follow a revisit that did not find sufficient progress everywhere"),
  /** A report reaches the partnership after the inspection it reports on. */
  REPORT_RECEIVED_AFTER_ON_SITE("report-received-after-on-site",
      "a report is received on or after the days on site it reports on"),
  /**
   * A report or letter is not published before the visit it reports on: not before its first day, and
   * an area SEND report not before its last.
   */
  PUBLISHED_AFTER_ON_SITE("published-after-on-site",
      "a report or letter is not published before the visit it reports on"),
  /** A report states a previous inspection or states that there was none, not both. */
  PREVIOUS_INSPECTION_STATED_ONCE("previous-inspection-stated-once",
      "a report states a previous inspection or that there was none, not both"),
  /**
   * A monitoring inspection judges progress on the areas for priority action of its full inspection
   * (area SEND framework and handbook).
   */
  PROGRESS_FOR_FOUND_PRIORITY_ACTION("progress-for-found-priority-action",
      "progress is judged on an area for priority action the full inspection named"),
  /** A monitoring inspection follows the full inspection it monitors. */
  MONITORING_AFTER_INSPECTION("monitoring-after-inspection",
      "a monitoring inspection begins after the full inspection's last day on site"),
  /** A priority action plan answers the published report. */
  PRIORITY_ACTION_PLAN_AFTER_REPORT("priority-action-plan-after-report",
      "a priority action plan is submitted on or after the report is published"),
  /** A name, statement, identifier or other text says something: it is not empty or only spaces. */
  TEXT_NOT_BLANK("text-not-blank",
      "a name, statement or other text is not empty or only white space"),
  /**
   * A text holds only whole characters: no lone surrogate (half of a pair that stands for one
   * character), which is not a character and cannot be written as UTF-8, so a record holding one could
   * not be written or read back.
   */
  TEXT_WELL_FORMED("text-well-formed",
      "a text holds no lone surrogate, which is not a character and cannot be written as UTF-8"),
  /** An area is known by its ONS local authority code: E and eight digits, such as E10000012. */
  AREA_CODE_FORMAT("area-code-format",
      "an area's code is an ONS local authority code: E and eight digits, such as E10000012"),
  /** Identifiers are lower-case letters, digits and hyphens, so they read the same in every file. */
  IDENTIFIER_FORMAT("identifier-format",
      "an identifier is lower-case letters, digits and hyphens, starting with a letter or digit"),
  /** A written statement's coded action is known by its code, such as JC8. */
  ACTION_CODE_FORMAT("action-code-format",
      "a coded action's code is capital letters followed by a number, such as JC8"),
  /** A count is zero or more; an unknown count is absent, never negative. */
  COUNT_NOT_NEGATIVE("count-not-negative", "a count is zero or more");

  private final String id;
  private final String description;

  Invariant(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The stable identifier, such as {@code revisit-counts-add-up}. */
  public String id() {
    return id;
  }

  /** The rule as one sentence. */
  public String description() {
    return description;
  }
}
