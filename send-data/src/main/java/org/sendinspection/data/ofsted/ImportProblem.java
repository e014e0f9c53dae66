package org.sendinspection.data.ofsted;

import java.util.Objects;

/**
 * Why one row of the statistics gave no area record: where, which rule, and what was found.
 *
 * <p>Immutable and thread-safe. Example, as {@link #toString()} writes it: {@code row 47, column L-M:
 * 2 with sufficient progress + 1 without = 3, but the inspection found 4 (record field
 * inspections[0].revisit.outcomeCounts) [revisit-counts-add-up]}.
 *
 * @param row the spreadsheet's row number, counting from 1 as a spreadsheet shows it (for a CSV
 *     export, the record's number in the file, which is the same row)
 * @param column the column letter as the spreadsheet shows it ({@code H}), two letters joined by a
 *     hyphen where the rule concerns a span of cells ({@code L-M}), or empty where it concerns the
 *     whole row; not null
 * @param rule the stable identifier of the rule broken: a {@link StatisticsRule} of the reader, an
 *     {@link org.sendinspection.model.validation.Invariant} of the model, or a Bean Validation
 *     constraint name such as {@code Pattern}; not null
 * @param message a sentence a person can act on, naming what was found; not null
 */
public record ImportProblem(int row, String column, String rule, String message) {

  public ImportProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + message
        + " [" + rule + "]";
  }
}
