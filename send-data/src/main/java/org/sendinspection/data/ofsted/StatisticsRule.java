package org.sendinspection.data.ofsted;

/**
 * The rules the reader checks in a row of the statistics, beyond the model's own invariants, each
 * with a stable identifier that {@link ImportProblem#rule()} carries.
 *
 * <p>The model's invariants (such as {@code revisit-counts-add-up} or
 * {@code revisit-after-wsoa-fit-for-purpose}) are checked by building the record and are reported with
 * the model's identifiers.
 */
public enum StatisticsRule {
  /** A cell the row cannot do without is empty: area code, name, region, inspection start, WSOA. */
  VALUE_PRESENT("value-present", "a cell the row needs is not empty"),
  /** A date column holds a date (a date cell, or text as {@code 30/09/2019} or {@code 2019-09-30}). */
  DATE_CELL("date-cell", "a date column holds a date"),
  /** A count column holds a whole number, 0 or more. */
  COUNT_CELL("count-cell", "a count column holds a whole number, 0 or more"),
  /** The WSOA column holds Yes or No (Guidance sheet: "two possible outcomes"). */
  YES_NO_CELL("yes-no-cell", "the written statement of action column holds Yes or No"),
  /** The region is one of Ofsted's eight regions. */
  KNOWN_REGION("known-region", "the region is one of Ofsted's regions"),
  /**
   * Significant weaknesses are counted only where a written statement of action was required: HMCI
   * requires one wherever an inspection found significant weaknesses (Ofsted and CQC, <i>Joint area SEND
   * revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in
   * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk; Guidance
   * sheet: a statement "is an indication of significant weaknesses").
   */
  WEAKNESSES_ONLY_WITH_WSOA("weaknesses-only-with-wsoa",
      "significant weaknesses are counted only where a written statement of action was required"),
  /** A revisited row gives the revisit's start date, its outcome and both counts. */
  REVISIT_ROW_COMPLETE("revisit-row-complete",
      "a revisited row gives the revisit's start date, outcome and both counts; an unrevisited row none"),
  /** The revisit outcome is Yes, Some or No (Guidance sheet: "three possible outcomes"). */
  REVISIT_OUTCOME_LABEL("revisit-outcome-label", "the revisit outcome column holds Yes, Some or No"),
  /**
   * The revisit outcome column agrees with the counts: Yes when none lacks sufficient progress, No
   * when none has it, Some otherwise (Guidance sheet).
   */
  REVISIT_OUTCOME_AGREES_WITH_COUNTS("revisit-outcome-agrees-with-counts",
      "the revisit outcome column agrees with the counts of weaknesses with and without sufficient progress"),
  /** Each area has one row. */
  ONE_ROW_PER_AREA("one-row-per-area", "each area code appears on one row only");

  private final String id;
  private final String description;

  StatisticsRule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The stable identifier, such as {@code revisit-row-complete}. */
  public String id() {
    return id;
  }

  /** The rule as one sentence. */
  public String description() {
    return description;
  }
}
