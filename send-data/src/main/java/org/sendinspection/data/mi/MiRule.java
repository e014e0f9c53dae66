package org.sendinspection.data.mi;

/**
 * The rules the reader checks in a row of the management information, beyond the model's own
 * invariants (reported with the model's identifiers, such as {@code outcome-matches-requirements}
 * where the plan column contradicts the outcome), and beyond {@code value-present} and
 * {@code date-cell} for empty and unreadable cells.
 */
public enum MiRule {
  /** The region is one of Ofsted's regions, written as Ofsted writes it. */
  KNOWN_REGION("known-region", "the region is one of Ofsted's regions"),
  /** The outcome is one of the three labels the file uses for the framework's outcomes. */
  OUTCOME_LABEL("outcome-label", "the outcome is one of the file's three outcome labels"),
  /** The priority action plan column holds Yes or No. */
  YES_NO_CELL("yes-no-cell", "the priority action plan column holds Yes or No"),
  /** The number of areas for priority action is a whole number, or NA where none applies. */
  COUNT_CELL("count-cell", "the number of areas for priority action is a whole number or NA"),
  /** The number is given where a priority action plan is required, and NA where not. */
  COUNT_WITH_PLAN("count-with-plan",
      "the number of areas for priority action is given exactly where a priority action plan is required"),
  /** Each area has one row. */
  ONE_ROW_PER_AREA("one-row-per-area", "each area appears on one row only");

  private final String id;
  private final String description;

  MiRule(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The stable identifier, such as {@code area-matched}. */
  public String id() {
    return id;
  }

  /** The rule as one sentence. */
  public String description() {
    return description;
  }
}
