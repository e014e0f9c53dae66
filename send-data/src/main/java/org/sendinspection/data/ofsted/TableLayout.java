package org.sendinspection.data.ofsted;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
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
  /** How many rows before the header are kept for the title; a title is on the first rows. */
  private static final int PREAMBLE_KEPT = 50;

  private final String name;
  private final List<SheetTable.Row> preamble;
  private final int headerRowNumber;
  private final Map<StatisticsColumn, Integer> columns;

  private TableLayout(String name, List<SheetTable.Row> preamble, int headerRowNumber,
      Map<StatisticsColumn, Integer> columns) {
    this.name = name;
    this.preamble = List.copyOf(preamble);
    this.headerRowNumber = headerRowNumber;
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
    return find(table.name(), table.rows().iterator());
  }

  /**
   * Finds the header row among rows read one at a time, reading up to and including it, so that what the
   * rows have left to give are the data rows.
   *
   * @param name the sheet's or file's name, for citations; not null
   * @param rows the rows in order; not null
   * @return the layout
   * @throws StatisticsFormatException naming the missing columns, if no row names them all
   */
  static TableLayout find(String name, Iterator<SheetTable.Row> rows) {
    List<StatisticsColumn> bestMissing = List.of(StatisticsColumn.values());
    List<SheetTable.Row> preamble = new ArrayList<>();
    while (rows.hasNext()) {
      SheetTable.Row row = rows.next();
      Map<StatisticsColumn, Integer> found = headersIn(row);
      List<StatisticsColumn> missing = new ArrayList<>();
      for (StatisticsColumn column : StatisticsColumn.values()) {
        if (column != StatisticsColumn.WEB_LINK && !found.containsKey(column)) {
          missing.add(column);
        }
      }
      if (missing.isEmpty()) {
        return new TableLayout(name, preamble, row.number(), found);
      }
      if (missing.size() < bestMissing.size()) {
        bestMissing = missing;
      }
      // Only the first rows can hold the title; a file with no header is not held whole.
      if (preamble.size() < PREAMBLE_KEPT) {
        preamble.add(row);
      }
    }
    throw new StatisticsFormatException("no row of '" + name
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

  /** The sheet's name, or the CSV file's without its extension. */
  String name() {
    return name;
  }

  /** The header row's number, as a spreadsheet shows it. */
  int headerRowNumber() {
    return headerRowNumber;
  }

  /** The first rows before the header: the sheet's title and notes to the reader. */
  List<SheetTable.Row> preamble() {
    return preamble;
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
    return name + ", row " + rowNumber + ", column " + letter(column) + " (" + column.header() + ")";
  }

  /** Where a span of cells is, for citations: {@code Area_SEND_up_to_31_Aug_2022, row 47, columns I-M}. */
  String locator(int rowNumber, StatisticsColumn first, StatisticsColumn last) {
    return name + ", row " + rowNumber + ", columns " + letter(first) + "-" + letter(last);
  }
}
