package org.sendinspection.data.ofsted;

import static org.sendinspection.data.ofsted.StatisticsColumn.NOT_SUFFICIENT_PROGRESS;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_OUTCOME;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_PUBLISHED;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_START;
import static org.sendinspection.data.ofsted.StatisticsColumn.SUFFICIENT_PROGRESS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.revisit.RevisitSummary;

/**
 * The five revisit columns of a revisited row (I to M in the 2022 file), each present and of the right
 * type.
 *
 * <p>A row has no revisit when one of them says "Not revisited yet" (the 2022 file writes it in the
 * revisit start column) and the others are empty, or when all are empty. Anything between (a start
 * date without an outcome, an outcome without counts) is a problem, not a guess.
 *
 * @param start the first day of the revisit
 * @param published when the revisit letter was published, where the row gives it
 * @param outcome the sheet's own summary: Yes, Some or No
 * @param sufficient weaknesses with sufficient progress
 * @param notSufficient weaknesses without
 */
record RevisitColumns(LocalDate start, Optional<LocalDate> published, RevisitSummary outcome,
    int sufficient, int notSufficient) {

  private static final List<StatisticsColumn> COLUMNS = List.of(REVISIT_START, REVISIT_PUBLISHED,
      REVISIT_OUTCOME, SUFFICIENT_PROGRESS, NOT_SUFFICIENT_PROGRESS);

  /**
   * Reads the revisit columns of a row, reporting any problem through the row's cells.
   *
   * @return the revisit's columns; empty if the row has no revisit or a problem with these columns
   */
  static Optional<RevisitColumns> read(RowCells cells) {
    if (COLUMNS.stream().anyMatch(cells::saysNotRevisitedYet) || COLUMNS.stream().allMatch(cells::isEmpty)) {
      for (StatisticsColumn column : COLUMNS) {
        if (!cells.isEmpty(column) && !cells.saysNotRevisitedYet(column)) {
          cells.problem(column, StatisticsRule.REVISIT_ROW_COMPLETE.id(), "the row says '"
              + RowCells.NOT_REVISITED_YET + "' but '" + column.header() + "' holds '"
              + cells.cell(column).show() + "'");
        }
      }
      return Optional.empty();
    }
    for (StatisticsColumn column : List.of(REVISIT_START, REVISIT_OUTCOME, SUFFICIENT_PROGRESS,
        NOT_SUFFICIENT_PROGRESS)) {
      if (cells.isEmpty(column)) {
        cells.problem(column, StatisticsRule.REVISIT_ROW_COMPLETE.id(),
            "the row gives part of a revisit, but '" + column.header() + "' is empty");
      }
    }
    Optional<LocalDate> start = cells.date(REVISIT_START, false);
    Optional<LocalDate> published = cells.date(REVISIT_PUBLISHED, false);
    Optional<RevisitSummary> outcome = outcome(cells);
    Optional<Integer> sufficient = cells.count(SUFFICIENT_PROGRESS);
    Optional<Integer> notSufficient = cells.count(NOT_SUFFICIENT_PROGRESS);
    if (start.isEmpty() || outcome.isEmpty() || sufficient.isEmpty() || notSufficient.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RevisitColumns(start.get(), published, outcome.get(), sufficient.get(),
        notSufficient.get()));
  }

  private static Optional<RevisitSummary> outcome(RowCells cells) {
    Cell cell = cells.cell(REVISIT_OUTCOME);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    for (RevisitSummary summary : RevisitSummary.values()) {
      if (cell.text().filter(summary.statisticsLabel()::equalsIgnoreCase).isPresent()) {
        return Optional.of(summary);
      }
    }
    cells.problem(REVISIT_OUTCOME, StatisticsRule.REVISIT_OUTCOME_LABEL.id(), "'"
        + REVISIT_OUTCOME.header() + "' should be Yes, Some or No; found '" + cell.show() + "'");
    return Optional.empty();
  }
}
