package org.sendinspection.data.table;

import java.util.List;
import java.util.Objects;

/**
 * A sheet or CSV file as rows of text cells, the first non-blank row holding the headers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name how citations name the table: the file name, and the sheet where a workbook has one,
 *     such as {@code ofsted_csc_send_overview.xlsx, sheet ofsted_cs_send_inspections}; not null
 * @param rows the non-blank rows in order; not null
 */
public record TextTable(String name, List<TextRow> rows) {

  public TextTable {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
  }

  /**
   * The header row: the first row.
   *
   * @throws TableFormatException if the table has no rows
   */
  public TextRow headerRow() {
    if (rows.isEmpty()) {
      throw new TableFormatException(name + " is empty: expected a header row");
    }
    return rows.get(0);
  }

  /** The rows after the header row. */
  public List<TextRow> dataRows() {
    return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
  }
}
