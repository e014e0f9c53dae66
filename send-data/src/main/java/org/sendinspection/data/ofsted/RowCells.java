package org.sendinspection.data.ofsted;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed access to the cells of one data row, reporting each cell that does not hold what its column
 * needs as an {@link ImportProblem} rather than guessing.
 *
 * <p>Not thread-safe; one per row.
 */
final class RowCells {
  /** The words the 2022 file writes in the revisit columns of an area with a WSOA not yet revisited. */
  static final String NOT_REVISITED_YET = "Not revisited yet";

  /** Dates as the sheet displays them (and as a CSV export writes them): day/month/year. */
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final TableLayout layout;
  private final SheetTable.Row row;
  private final List<ImportProblem> problems;

  RowCells(TableLayout layout, SheetTable.Row row, List<ImportProblem> problems) {
    this.layout = layout;
    this.row = row;
    this.problems = problems;
  }

  int rowNumber() {
    return row.number();
  }

  /** The letter of a column. */
  String letter(StatisticsColumn column) {
    return layout.letter(column);
  }

  Cell cell(StatisticsColumn column) {
    return layout.cell(row, column);
  }

  boolean isEmpty(StatisticsColumn column) {
    return cell(column).isEmpty();
  }

  /** Records a problem with one cell. */
  void problem(StatisticsColumn column, String rule, String message) {
    problems.add(new ImportProblem(row.number(), layout.letter(column), rule, message));
  }

  /** The text of a cell that must not be empty; empty (and a problem) if it is. */
  Optional<String> requiredText(StatisticsColumn column) {
    Cell cell = cell(column);
    if (cell.isEmpty()) {
      missing(column);
      return Optional.empty();
    }
    return Optional.of(cell.show());
  }

  /**
   * The date in a cell: a date cell, or text written {@code 30/09/2019} or {@code 2019-09-30}.
   *
   * @param required whether an empty cell is a problem
   * @return the date; empty if the cell is empty or holds something else (a problem)
   */
  Optional<LocalDate> date(StatisticsColumn column, boolean required) {
    Cell cell = cell(column);
    if (cell.isEmpty()) {
      if (required) {
        missing(column);
      }
      return Optional.empty();
    }
    Optional<LocalDate> date = cell.date().or(() -> cell.text().flatMap(RowCells::parseDate));
    if (date.isEmpty()) {
      problem(column, StatisticsRule.DATE_CELL.id(), "'" + column.header() + "' should be a date, "
          + "such as 30/09/2019; found '" + cell.show() + "'");
    }
    return date;
  }

  /**
   * The whole number in a cell, 0 or more.
   *
   * @return the count; empty if the cell is empty, or holds something else (a problem)
   */
  Optional<Integer> count(StatisticsColumn column) {
    Cell cell = cell(column);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> count = cell.number().flatMap(RowCells::wholeNumber)
        .or(() -> cell.text().filter(t -> t.matches("[0-9]{1,9}")).map(Integer::valueOf));
    if (count.isEmpty()) {
      problem(column, StatisticsRule.COUNT_CELL.id(), "'" + column.header()
          + "' should be a whole number, 0 or more; found '" + cell.show() + "'");
    }
    return count;
  }

  /** Whether a cell says the area has not been revisited yet. */
  boolean saysNotRevisitedYet(StatisticsColumn column) {
    return cell(column).text().filter(NOT_REVISITED_YET::equalsIgnoreCase).isPresent();
  }

  private void missing(StatisticsColumn column) {
    problem(column, StatisticsRule.VALUE_PRESENT.id(), "'" + column.header() + "' is empty");
  }

  private static Optional<LocalDate> parseDate(String text) {
    for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, DateTimeFormatter.ISO_LOCAL_DATE)) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException notThisFormat) {
        // try the next
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> wholeNumber(double value) {
    return value >= 0 && value <= Integer.MAX_VALUE && value == Math.rint(value)
        ? Optional.of((int) value) : Optional.empty();
  }
}
