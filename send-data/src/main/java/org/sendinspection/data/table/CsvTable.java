package org.sendinspection.data.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a CSV file, UTF-8 with or without a byte order mark, into a {@link TextTable} with Jackson's CSV
 * data format. Each record is one row, numbered from 1 in the order of the file; blank records are
 * left out.
 */
public final class CsvTable {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private CsvTable() {}

  /**
   * Reads a file.
   *
   * @param file the file; not null
   * @return its rows, the table named after the file
   * @throws TableFormatException if it is not well-formed CSV
   * @throws UncheckedIOException if it cannot be read
   */
  public static TextTable read(Path file) {
    List<TextRow> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> records = MAPPER.readerFor(String[].class).readValues(reader)) {
      int number = 0;
      while (records.hasNextValue()) {
        String[] cells = records.nextValue();
        number++;
        if (number == 1 && cells.length > 0 && cells[0] != null) {
          cells[0] = cells[0].replace("\uFEFF", "");
        }
        TextRow row = new TextRow(number, Arrays.asList(cells));
        if (!row.isBlank()) {
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (JacksonException e) {
      throw new TableFormatException(file + " is not well-formed CSV: " + e.getOriginalMessage()
          + CsvQuotes.describe(file), e);
    }
    return new TextTable(file.getFileName().toString(), rows);
  }
}
