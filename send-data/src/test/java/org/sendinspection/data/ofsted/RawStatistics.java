package org.sendinspection.data.ofsted;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The data sheet's raw cells, read with SODS directly at the fixed positions the 2022 file uses
 * (header on row 5, columns A to M as its Guidance sheet lists them), independently of the reader
 * under test: no header search, no model types.
 */
final class RawStatistics {
  /** Columns B to M, 0-based, as the Guidance sheet orders them. */
  static final int CODE = 1, NAME = 2, REGION = 3, START = 4, PUBLISHED = 5, WSOA = 6, WEAKNESSES = 7,
      REVISIT_START = 8, REVISIT_PUBLISHED = 9, OUTCOME = 10, SUFFICIENT = 11, NOT_SUFFICIENT = 12;
  static final int FIRST_DATA_ROW = 6;

  /** One data row's raw values, and its row number. */
  static final class Row {
    final int number;
    final Object[] cells;

    Row(int number, Object[] cells) {
      this.number = number;
      this.cells = cells;
    }

    String text(int column) {
      Object value = cells[column];
      return value == null ? "" : value.toString().trim();
    }

    LocalDate date(int column) {
      Object value = cells[column];
      return value instanceof LocalDateTime ? ((LocalDateTime) value).toLocalDate() : null;
    }

    int count(int column) {
      Object value = cells[column];
      return value instanceof Number ? ((Number) value).intValue() : 0;
    }

    Object raw(int column) {
      return cells[column];
    }
  }

  private RawStatistics() {}

  static List<Row> rows(Path file) {
    SpreadSheet spreadsheet;
    try {
      spreadsheet = new SpreadSheet(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Sheet sheet = spreadsheet.getSheet(OfstedStatistics.DATA_SHEET);
    Object[][] values = sheet.getRange(0, 0, sheet.getMaxRows(), 13).getValues();
    List<Row> rows = new ArrayList<>();
    for (int r = FIRST_DATA_ROW - 1; r < values.length; r++) {
      if (values[r][CODE] != null) {
        rows.add(new Row(r + 1, values[r]));
      }
    }
    return rows;
  }
}
