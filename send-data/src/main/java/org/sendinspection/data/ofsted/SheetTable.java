package org.sendinspection.data.ofsted;

import java.util.List;
import java.util.Objects;

/**
 * One sheet of a spreadsheet, or one CSV file, as rows of cells.
 *
 * @param name the sheet's name, or the CSV file's name without its extension; used in citations
 * @param rows the rows in order, each with its row number; blank rows may be absent
 */
record SheetTable(String name, List<Row> rows) {

  SheetTable {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
  }

  /**
   * One row of cells.
   *
   * @param number the row number a spreadsheet shows, from 1
   * @param cells the cells from column A on; cells past the end are empty
   */
  record Row(int number, List<Cell> cells) {

    Row {
      cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column index; empty past the end of the row. */
    Cell cell(int index) {
      return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    boolean isBlank() {
      return cells.stream().allMatch(Cell::isEmpty);
    }
  }

  /** The letter a spreadsheet shows for a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
  static String columnLetter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
