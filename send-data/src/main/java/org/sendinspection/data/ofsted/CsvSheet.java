package org.sendinspection.data.ofsted;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.sendinspection.data.table.CsvQuotes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV export of one sheet, read with Jackson's CSV data format as rows of text cells.
 *
 * <p>Each CSV record is one spreadsheet row, numbered from 1 in the order of the file, so row numbers
 * match the sheet the file was exported from when the export keeps the rows above the header (as
 * LibreOffice's and Excel's exports do). The file is read as UTF-8; a byte order mark is ignored.
 */
final class CsvSheet {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .build();

  private CsvSheet() {}

  /**
   * Reads a CSV file whole.
   *
   * @param file the file; not null
   * @return its rows, named after the file without its extension
   * @throws StatisticsFormatException if the file is not well-formed CSV
   * @throws UncheckedIOException if it cannot be read
   */
  static SheetTable read(Path file) {
    List<SheetTable.Row> rows = new ArrayList<>();
    try (Rows each = open(file)) {
      each.forEachRemaining(rows::add);
    }
    return new SheetTable(baseName(file), rows);
  }

  /**
   * Opens a CSV file to read its rows one at a time. The whole file is first checked to be well-formed
   * CSV (a pass of the parser alone, which keeps nothing), so that a file broken near its end is refused
   * before any row is handed on, never after half of it.
   *
   * @param file the file; not null
   * @return its rows; close it when done
   * @throws StatisticsFormatException if the file is not well-formed CSV
   * @throws UncheckedIOException if it cannot be read
   */
  static Rows open(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = MAPPER.createParser(reader)) {
      while (parser.nextToken() != null) {
        // Only the syntax is checked here.
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new StatisticsFormatException(file + " is not well-formed CSV: " + e.getOriginalMessage()
          + CsvQuotes.describe(file), e);
    }
    return new Rows(file);
  }

  /** The name a CSV file's rows are cited by: the file's name without its extension. */
  static String name(Path file) {
    return baseName(file);
  }

  /** The rows of one CSV file, read one at a time; numbered from 1 in the order of the file. */
  static final class Rows implements Iterator<SheetTable.Row>, Closeable {
    private final Path file;
    private final BufferedReader reader;
    private final MappingIterator<String[]> records;
    private int number;

    private Rows(Path file) {
      this.file = file;
      try {
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      try {
        this.records = MAPPER.readerFor(String[].class).readValues(reader);
      } catch (JacksonException e) {
        closeQuietly();
        throw new StatisticsFormatException(file + " is not well-formed CSV: " + e.getOriginalMessage()
            + CsvQuotes.describe(file), e);
      }
    }

    @Override
    public boolean hasNext() {
      try {
        return records.hasNextValue();
      } catch (JacksonException e) {
        throw new StatisticsFormatException(file + " is not well-formed CSV: " + e.getOriginalMessage()
            + CsvQuotes.describe(file), e);
      }
    }

    @Override
    public SheetTable.Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no row after row " + number + " of " + file);
      }
      String[] cells;
      try {
        cells = records.nextValue();
      } catch (JacksonException e) {
        throw new StatisticsFormatException(file + " is not well-formed CSV: " + e.getOriginalMessage()
            + CsvQuotes.describe(file), e);
      }
      number++;
      if (number == 1 && cells.length > 0 && cells[0] != null) {
        cells[0] = cells[0].replace("\uFEFF", "");
      }
      List<Cell> row = new ArrayList<>(cells.length);
      for (String cell : cells) {
        row.add(Cell.of(cell));
      }
      return new SheetTable.Row(number, row);
    }

    @Override
    public void close() {
      try {
        records.close();
      } finally {
        closeQuietly();
      }
    }

    private void closeQuietly() {
      try {
        reader.close();
      } catch (IOException e) {
        // Nothing was written; a failure to close a file read is of no consequence.
      }
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
