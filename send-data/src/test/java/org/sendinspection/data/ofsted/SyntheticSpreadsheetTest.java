package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.inspection.LocalAreaSendInspection;

/**
 * Small OpenDocument spreadsheets shaped like Ofsted's, written with SODS at test time: typed cells,
 * the cover sheet and the notes, without the official file.
 */
class SyntheticSpreadsheetTest {
  @TempDir
  Path dir;

  private static Sheet sheet(String name, Object[][] rows) {
    int columns = 0;
    for (Object[] row : rows) {
      columns = Math.max(columns, row.length);
    }
    Sheet sheet = new Sheet(name, rows.length, Math.max(columns, 1));
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        sheet.getRange(r, c).setValue(rows[r][c]);
      }
    }
    return sheet;
  }

  private static Object[][] dataSheet(Object[]... rows) {
    Object[][] all = new Object[5 + rows.length][];
    all[0] = new Object[] {"Synthetic outcomes [note 1][note 2]"};
    all[1] = new Object[] {"This worksheet contains one table."};
    all[2] = new Object[] {"Hyperlinks in column A open in a new window."};
    all[3] = new Object[] {"Some cells in this table are empty."};
    all[4] = StatisticsCsv.HEADER.toArray();
    System.arraycopy(rows, 0, all, 5, rows.length);
    return all;
  }

  private Path write(Sheet... sheets) throws IOException {
    SpreadSheet spreadsheet = new SpreadSheet();
    for (Sheet sheet : sheets) {
      spreadsheet.appendSheet(sheet);
    }
    Path file = dir.resolve("statistics.ods");
    spreadsheet.save(file.toFile());
    return file;
  }

  private static Object[] revisited(String code, String name) {
    return new Object[] {"Ofsted LA Webpage", code, name, "South West", LocalDate.of(2017, 1, 9),
        LocalDate.of(2017, 3, 1), "Yes", 4.0, LocalDate.of(2019, 2, 4), LocalDate.of(2019, 3, 20), "Some",
        2.0, 2.0};
  }

  @Test
  void the_cover_dates_the_source_and_the_notes_name_the_area_without_a_row() throws IOException {
    Path file = write(
        sheet("Cover", new Object[][] {{"Cover page"}, {"Published on:", LocalDate.of(2030, 1, 15)}}),
        sheet("Notes", new Object[][] {{"Notes"}, {"Note number", "Note text"},
            {1.0, "Two local areas we inspected no longer exist."},
            {2.0, "Wessex were inspected in January 2017 and required a WSoA."},
            {3.0, "Mercia were inspected in May 2017 and did not require a WSoA."}}),
        sheet(OfstedStatistics.DATA_SHEET, dataSheet(revisited("E99000001", "Mercia"))));
    OfstedImport result = OfstedStatistics.read(file);
    assertEquals(List.of(), result.problems());
    assertEquals("ofsted-area-send-statistics-2030-01-15", result.source().getId());
    assertEquals("Synthetic outcomes", result.source().getTitle());
    assertEquals(Optional.of(LocalDate.of(2030, 1, 15)), result.source().getDate());
    assertEquals(List.of("Wessex"), result.areasOnlyInNotes(), "Mercia has a row, so it is not only in the notes");
    assertEquals(List.of(1, 2, 3), result.notes().stream().map(StatisticsNote::number)
        .collect(java.util.stream.Collectors.toList()));
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) result.records().get(0).getInspections().get(0);
    assertEquals(LocalDate.of(2017, 1, 9), inspection.getOnSiteStart().earliest());
    assertEquals(2, inspection.getRevisit().orElseThrow().notSufficientCount());
  }

  @Test
  void typed_cells_of_the_wrong_kind_are_reported() throws IOException {
    Object[] row = revisited("E99000001", "Mercia");
    row[7] = 4.5;
    row[8] = "soon";
    Path file = write(sheet(OfstedStatistics.DATA_SHEET, dataSheet(row)));
    OfstedImport result = OfstedStatistics.read(file);
    assertEquals(List.of(), result.records());
    assertEquals(List.of("H count-cell", "I date-cell"), result.problems().stream()
        .map(p -> p.column() + " " + p.rule()).collect(java.util.stream.Collectors.toList()));
    assertEquals(6, result.problems().get(0).row());
  }

  @Test
  void a_spreadsheet_without_the_data_sheet_is_refused_naming_its_sheets() throws IOException {
    Path file = write(sheet("Cover", new Object[][] {{"Cover page"}}), sheet("Other", new Object[][] {{"x"}}));
    StatisticsFormatException e = assertThrows(StatisticsFormatException.class, () -> OfstedStatistics.read(file));
    assertTrue(e.getMessage().contains("has no sheet 'Area_SEND_up_to_31_Aug_2022'; its sheets are 'Cover', 'Other'"),
        e.getMessage());
  }
}
