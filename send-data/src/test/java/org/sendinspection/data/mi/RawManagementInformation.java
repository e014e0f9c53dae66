package org.sendinspection.data.mi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The management information's raw cells, split by hand at the fixed positions of the file (header on
 * line 1, columns A to I; quoted cells without escaped quotes, {@code NA} unquoted),
 * independently of the reader under test.
 */
final class RawManagementInformation {
  /** Columns, 0-based. */
  static final int AREA = 2, REGION = 3, START = 4, PUBLISHED = 5, OUTCOME = 6, PLAN = 7, COUNT = 8;

  /** One data line's cells, and its line number. */
  static final class Row {
    final int number;
    final String[] cells;

    Row(int number, String[] cells) {
      this.number = number;
      this.cells = cells;
    }

    String text(int column) {
      return cells[column];
    }

    LocalDate date(int column) {
      String[] parts = cells[column].split("/");
      return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    }
  }

  private RawManagementInformation() {}

  /** Splits a line at the commas outside quotes, dropping the quotes (the file has no escaped quotes). */
  private static String[] split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(new String[0]);
  }

  static List<Row> rows(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      rows.add(new Row(i + 1, split(lines.get(i))));
    }
    return rows;
  }
}
