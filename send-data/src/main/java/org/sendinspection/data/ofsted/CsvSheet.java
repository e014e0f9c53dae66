package org.sendinspection.data.ofsted;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendinspection.data.table.CsvQuotes;
import tools.jackson.core.JacksonException;
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
   * Reads a CSV file.
   *
   * @param file the file; not null
   * @return its rows, named after the file without its extension
   * @throws StatisticsFormatException if the file is not well-formed CSV
   * @throws UncheckedIOException if it cannot be read
   */
  static SheetTable read(Path file) {
    List<SheetTable.Row> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> records = MAPPER.readerFor(String[].class).readValues(reader)) {
      int number = 0;
      while (records.hasNextValue()) {
        String[] cells = records.nextValue();
        number++;
        if (number == 1 && cells.length > 0 && cells[0] != null) {
          cells[0] = cells[0].replace("\uFEFF", "");
        }
        rows.add(new SheetTable.Row(number, Stream.of(cells).map(Cell::of).collect(Collectors.toList())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new StatisticsFormatException(file + " is not well-formed CSV: " + e.getOriginalMessage()
          + CsvQuotes.describe(file), e);
    }
    return new SheetTable(baseName(file), rows);
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
