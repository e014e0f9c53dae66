package org.sendinspection.data.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each column a reader needs stands in a table, found by its header, so that a file whose
 * columns are reordered still reads and one that lacks a column fails at once, naming it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the reader's enum of columns
 */
public final class ColumnLayout<C extends Enum<C> & TableColumn> {
  private final TextTable table;
  private final Map<C, Integer> indexes;

  private ColumnLayout(TextTable table, Map<C, Integer> indexes) {
    this.table = table;
    this.indexes = indexes;
  }

  /**
   * Finds every column of the enum in the table's header row, comparing headers exactly after trimming.
   *
   * @param table the table; not null
   * @param columns the enum of columns the reader needs; not null
   * @return the layout
   * @throws TableFormatException naming every missing header and the headers found, if any is missing
   */
  public static <C extends Enum<C> & TableColumn> ColumnLayout<C> of(TextTable table, Class<C> columns) {
    Objects.requireNonNull(table, "table");
    TextRow header = table.headerRow();
    Map<C, Integer> indexes = new EnumMap<>(columns);
    List<String> missing = new ArrayList<>();
    for (C column : columns.getEnumConstants()) {
      int found = -1;
      for (int i = 0; i < header.cells().size() && found < 0; i++) {
        if (header.text(i).filter(column.header()::equals).isPresent()) {
          found = i;
        }
      }
      if (found < 0) {
        missing.add("'" + column.header() + "'");
      } else {
        indexes.put(column, found);
      }
    }
    if (!missing.isEmpty()) {
      List<String> headers = new ArrayList<>();
      for (int i = 0; i < header.cells().size(); i++) {
        header.text(i).ifPresent(h -> headers.add("'" + h + "'"));
      }
      throw new TableFormatException(table.name() + ", row " + header.number() + ": no column headed "
          + String.join(", ", missing) + "; found " + String.join(", ", headers));
    }
    return new ColumnLayout<>(table, indexes);
  }

  /** The table. */
  public TextTable table() {
    return table;
  }

  /** The text of a row's cell in a column; empty if absent or blank. */
  public Optional<String> text(TextRow row, C column) {
    return row.text(indexes.get(column));
  }

  /** The letter a spreadsheet shows for the column, such as {@code E}. */
  public String letter(C column) {
    return TextRow.columnLetter(indexes.get(column));
  }

  /**
   * Where a cell is, for citations: {@code mi_ofsted_winter_2223.csv, row 8, column E
   * (Inspection.start.date)}.
   */
  public String locator(int rowNumber, C column) {
    return table.name() + ", row " + rowNumber + ", column " + letter(column) + " (" + column.header() + ")";
  }

  /** Where a row is, for citations: {@code mi_ofsted_winter_2223.csv, row 8}. */
  public String locator(int rowNumber) {
    return table.name() + ", row " + rowNumber;
  }
}
