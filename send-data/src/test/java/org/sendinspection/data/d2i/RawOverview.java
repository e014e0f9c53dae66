package org.sendinspection.data.d2i;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The overview's raw cells, read with fastexcel directly at the fixed positions of the June 2026
 * snapshot (header on row 1, columns A to P), independently of the reader under test: no header search,
 * no model types, dates parsed by hand.
 */
final class RawOverview {
  /** Columns, 0-based. */
  static final int REGION = 2, CODE = 3, NAME = 5, GRADE = 7, PREVIOUS = 8, START = 9, END = 10, PUBLISHED = 11,
      NEXT = 12, NEXT_BY = 13, TEXT = 15;

  /** One data row's text cells, and its row number. */
  static final class Row {
    final int number;
    final List<String> cells;

    Row(int number, List<String> cells) {
      this.number = number;
      this.cells = cells;
    }

    String text(int column) {
      return column < cells.size() && cells.get(column) != null ? cells.get(column).trim() : "";
    }

    /** A dd/mm/yy or dd/mm/yyyy date, or null. */
    LocalDate date(int column) {
      String[] parts = text(column).split("/");
      if (parts.length != 3 || !text(column).matches("[0-9/]+")) {
        return null;
      }
      int year = Integer.parseInt(parts[2]);
      return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    }
  }

  private RawOverview() {}

  static List<Row> rows(Path file) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in);
        Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
      stream.filter(r -> r.getRowNum() > 1).forEach(r -> rows.add(new Row(r.getRowNum(), cells(r))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      cells.add(row.getCellText(i));
    }
    return cells;
  }
}
