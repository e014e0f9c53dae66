package org.sendinspection.data.ofsted;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the statistics' columns stand in one data sheet: the header row, and each column's index.
 *
 * <p>The header row is the first row that names every column the reader needs (row 5 of the 2022
 * file); the rows before it are the sheet's title and notes to the reader, the rows after it the data.
 */
final class TableLayout {
  private final SheetTable table;
  private final int headerIndex;
  private final Map<StatisticsColumn, Integer> columns;

  private TableLayout(SheetTable table, int headerIndex, Map<StatisticsColumn, Integer> columns) {
    this.table = table;
    this.headerIndex = headerIndex;
    this.columns = columns;
  }

  /**
   * Finds the header row of a data sheet.
   *
   * @param table the sheet; not null
   * @return its layout
   * @throws StatisticsFormatException naming the missing columns, if no row names them all
   */
  static TableLayout of(SheetTable table) {
    List<StatisticsColumn> bestMissing = List.of(StatisticsColumn.values());
    for (int i = 0; i < table.rows().size(); i++) {
      Map<StatisticsColumn, Integer> found = headersIn(table.rows().get(i));
      List<StatisticsColumn> missing = new ArrayList<>();
      for (StatisticsColumn column : StatisticsColumn.values()) {
        if (column != StatisticsColumn.WEB_LINK && !found.containsKey(column)) {
          missing.add(column);
        }
      }
      if (missing.isEmpty()) {
        return new TableLayout(table, i, found);
      }
      if (missing.size() < bestMissing.size()) {
        bestMissing = missing;
      }
    }
    throw new StatisticsFormatException("no row of '" + table.name()
        + "' is a header row of the area SEND statistics; the nearest lacks the column(s) "
        + bestMissing.stream().map(c -> "'" + c.header() + "'").collect(Collectors.joining(", ")));
  }

  private static Map<StatisticsColumn, Integer> headersIn(SheetTable.Row row) {
    Map<StatisticsColumn, Integer> found = new EnumMap<>(StatisticsColumn.class);
    for (int c = 0; c < row.cells().size(); c++) {
      Optional<String> text = row.cell(c).text();
      for (StatisticsColumn column : StatisticsColumn.values()) {
        if (text.isPresent() && column.isNamedBy(text.get())) {
          found.putIfAbsent(column, c);
        }
      }
    }
    return found;
  }

  SheetTable table() {
    return table;
  }

  /** The header row's number, as a spreadsheet shows it. */
  int headerRowNumber() {
    return table.rows().get(headerIndex).number();
  }

  /** The rows after the header that hold anything, in order. */
  List<SheetTable.Row> dataRows() {
    return table.rows().subList(headerIndex + 1, table.rows().size()).stream()
        .filter(row -> !row.isBlank())
        .collect(Collectors.toList());
  }

  /** The rows before the header: the sheet's title and notes to the reader. */
  List<SheetTable.Row> preamble() {
    return table.rows().subList(0, headerIndex);
  }

  /** The cell of a column in a row; empty if the sheet lacks the column. */
  Cell cell(SheetTable.Row row, StatisticsColumn column) {
    Integer index = columns.get(column);
    return index == null ? Cell.EMPTY : row.cell(index);
  }

  /** The letter a spreadsheet shows for a column, such as {@code H}. */
  String letter(StatisticsColumn column) {
    Integer index = columns.get(column);
    return index == null ? "?" : SheetTable.columnLetter(index);
  }

  /**
   * Where a cell is, for citations: {@code Area_SEND_up_to_31_Aug_2022, row 47, column E (Inspection
   * start date)}.
   */
  String locator(int rowNumber, StatisticsColumn column) {
    return table.name() + ", row " + rowNumber + ", column " + letter(column) + " (" + column.header() + ")";
  }

  /** Where a span of cells is, for citations: {@code Area_SEND_up_to_31_Aug_2022, row 47, columns I-M}. */
  String locator(int rowNumber, StatisticsColumn first, StatisticsColumn last) {
    return table.name() + ", row " + rowNumber + ", columns " + letter(first) + "-" + letter(last);
  }
}
