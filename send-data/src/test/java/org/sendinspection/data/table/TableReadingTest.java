package org.sendinspection.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading tables: rows keep their numbers, blank rows are dropped, and unreadable files fail clearly. */
class TableReadingTest {
  @TempDir
  Path directory;

  @Test
  void a_csv_file_keeps_its_row_numbers_past_blank_lines_and_drops_the_byte_order_mark() throws IOException {
    Path file = directory.resolve("t.csv");
    Files.write(file, List.of("\uFEFFa,b", "", "\" x \",", "1,2"), StandardCharsets.UTF_8);
    TextTable table = CsvTable.read(file);
    assertEquals("t.csv", table.name());
    assertEquals(Optional.of("a"), table.headerRow().text(0));
    assertEquals(List.of(3, 4), table.dataRows().stream().map(TextRow::number).toList());
    assertEquals(Optional.of("x"), table.dataRows().get(0).text(0), "cells are trimmed");
    assertEquals(Optional.empty(), table.dataRows().get(0).text(1));
    assertEquals(Optional.empty(), table.dataRows().get(0).text(9), "past the end of the row");
  }

  @Test
  void a_file_that_is_not_a_workbook_is_refused_naming_it() throws IOException {
    Path file = directory.resolve("not.xlsx");
    Files.writeString(file, "urn,la_code\n1,2\n");
    TableFormatException error = assertThrows(TableFormatException.class, () -> XlsxTable.read(file));
    assertTrue(error.getMessage().startsWith(file + " is not a readable .xlsx workbook"), error.getMessage());
  }

  @Test
  void column_letters_run_from_a_to_z_then_aa() {
    assertEquals(List.of("A", "Z", "AA", "AZ", "BA"),
        Arrays.stream(new int[] {0, 25, 26, 51, 52}).mapToObj(TextRow::columnLetter).toList());
  }

  @Test
  void an_empty_table_has_no_header_row() {
    TableFormatException error = assertThrows(TableFormatException.class,
        () -> new TextTable("empty.csv", List.of()).headerRow());
    assertEquals("empty.csv is empty: expected a header row", error.getMessage());
  }
}
