package org.sendinspection.data.d2i;

/**
 * The rules the reader checks in a row of the scraped overview, beyond the model's own invariants
 * (reported with the model's identifiers) and beyond {@code value-present} and {@code date-cell} for
 * empty and unreadable cells.
 */
public enum OverviewRule {
  /** The region code is one whose Ofsted region is certain (see {@link RegionCodes}). */
  KNOWN_REGION_CODE("known-region-code", "the region code names one Ofsted region"),
  /** The outcome grade is 1, 2 or 3 (written 1.0, 2.0, 3.0). */
  OUTCOME_GRADE("outcome-grade", "the outcome grade is 1, 2 or 3"),
  /** The scraped outcome text states the outcome the grade gives, and no other. */
  OUTCOME_TEXT_AGREES("outcome-text-agrees", "the outcome text states the graded outcome"),
  /**
   * The scraper's next-inspection period is the one the framework sets for the outcome: about five
   * years for outcome 1, three for outcome 2, a monitoring inspection in about 18 months for outcome 3
   * (area SEND framework and handbook, as the reports state it).
   */
  NEXT_INSPECTION_AGREES("next-inspection-agrees", "the next-inspection period is the outcome's"),
  /** Each area has one row (rows are matched to areas through the area directory, by code and name). */
  ONE_ROW_PER_CODE("one-row-per-code", "each area appears on one row only");

  private final String id;
  private final String description;

  OverviewRule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The stable identifier, such as {@code outcome-text-agrees}. */
  public String id() {
    return id;
  }

  /** The rule as one sentence. */
  public String description() {
    return description;
  }
}
