package org.sendinspection.data.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an Office Open XML workbook ({@code .xlsx}) into a {@link TextTable}, with
 * fastexcel-reader, which streams the sheet rather than building a document in memory.
 *
 * <p>Each cell becomes the text the file stores: a string cell its string, a number its digits as
 * written (no display format is applied, so a date stored as a serial number stays a number). Rows keep
 * the numbers the sheet shows.
 */
public final class XlsxTable {

  private XlsxTable() {}

  /**
   * Reads a file's first sheet.
   *
   * @param file the file; not null
   * @return its rows, the table named after the file and the sheet
   * @throws TableFormatException if it is not a readable workbook or has no sheet
   * @throws UncheckedIOException if it cannot be opened
   */
  public static TextTable read(Path file) {
    InputStream opened;
    try {
      Optional<String> tooLarge = SpreadsheetLimits.archiveProblem(file);
      if (tooLarge.isPresent()) {
        throw new TableFormatException(file + " " + tooLarge.get());
      }
      opened = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (InputStream in = opened; ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet = workbook.getFirstSheet();
      if (sheet == null) {
        throw new TableFormatException(file + " has no sheet");
      }
      List<TextRow> rows = new ArrayList<>();
      try (Stream<Row> stream = sheet.openStream()) {
        stream.forEach(row -> {
          if (row.getRowNum() > SpreadsheetLimits.MAX_ROWS) {
            throw new TableFormatException(file + " has more than " + SpreadsheetLimits.MAX_ROWS
                + " rows; a sheet read has at most that");
          }
          TextRow text = new TextRow(row.getRowNum(), cells(row));
          if (!text.isBlank()) {
            rows.add(text);
          }
        });
      }
      return new TextTable(file.getFileName() + ", sheet " + sheet.getName(), rows);
    } catch (IOException e) {
      // The file opened, so the library's IOException is about its content: not a zip, no workbook part.
      throw new TableFormatException(file + " is not a readable .xlsx workbook: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof TableFormatException || e instanceof UncheckedIOException) {
        throw e;
      }
      // fastexcel reports a malformed workbook with unchecked exceptions of its own or of its XML parser.
      throw new TableFormatException(file + " is not a readable .xlsx workbook: " + e.getMessage(), e);
    }
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      String text = cell == null ? null : cell.getText();
      SpreadsheetLimits.cellProblem(text).ifPresent(problem -> {
        throw new TableFormatException("row " + row.getRowNum() + ": " + problem + "");
      });
      cells.add(text);
    }
    return cells;
  }
}
