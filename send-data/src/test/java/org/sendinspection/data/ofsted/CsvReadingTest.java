package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.data.ofsted.StatisticsCsv.awaitingRevisit;
import static org.sendinspection.data.ofsted.StatisticsCsv.noStatement;
import static org.sendinspection.data.ofsted.StatisticsCsv.revisited;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;

/** What a sound row of a CSV export becomes: every fact of the row, each cited to its cell. */
class CsvReadingTest {
  @TempDir
  Path dir;

  private OfstedImport read(StatisticsCsv csv) throws IOException {
    OfstedImport result = OfstedStatistics.read(csv.write(dir.resolve("sheet.csv")));
    assertEquals(List.of(), result.problems());
    return result;
  }

  private static LocalAreaSendInspection inspection(AreaRecord record) {
    return (LocalAreaSendInspection) record.getInspections().get(0);
  }

  @Test
  void a_revisited_row_gives_every_fact_with_its_cell() throws IOException {
    AreaRecord record = read(new StatisticsCsv().row(revisited("E99000001"))).records().get(0);
    assertEquals("E99000001", record.getArea().getCode());
    assertEquals("Synthetic E99000001", record.getArea().getName());
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, record.getArea().getRegion());
    assertEquals(List.of("ofsted-area-send-statistics"),
        record.getSources().stream().map(s -> s.getId()).collect(java.util.stream.Collectors.toList()));
    LocalAreaSendInspection inspection = inspection(record);
    assertEquals("2018-inspection", inspection.getId());
    assertEquals(LocalDate.of(2018, 10, 1), inspection.getOnSiteStart().earliest());
    assertEquals(Optional.of(Citation.builder().source("ofsted-area-send-statistics")
            .locator("sheet, row 6, column E (Inspection start date)").build()),
        inspection.getOnSiteStart().getClaims().get(0).getCitation());
    assertEquals(LocalDate.of(2018, 12, 12), inspection.getPublishedOn().orElseThrow().earliest());
    assertEquals(Optional.of(4), inspection.getSignificantWeaknessCount());
    assertEquals(List.of(), inspection.getSignificantWeaknesses(), "counts stay counts");
    assertEquals("sheet, row 6, column G (Inspection outcome: written statement of action required?)",
        inspection.getWrittenStatement().orElseThrow().getCitation().orElseThrow().getLocator().orElseThrow());
    assertEquals(List.of(), inspection.getWrittenStatement().orElseThrow().getSubmissions());
    Revisit revisit = inspection.getRevisit().orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 5), revisit.getOnSiteStart().earliest());
    assertEquals(LocalDate.of(2021, 6, 22), revisit.getPublishedOn().orElseThrow().earliest());
    assertEquals(Optional.of(ProgressCounts.of(3, 1)), revisit.getOutcomeCounts());
    assertEquals(List.of(), revisit.getOutcomes(), "no per-weakness outcome is invented");
    assertEquals("sheet, row 6, columns I-M", revisit.getCitation().orElseThrow().getLocator().orElseThrow());
  }

  @Test
  void a_row_without_a_statement_has_no_weaknesses_and_no_revisit() throws IOException {
    LocalAreaSendInspection inspection = inspection(read(new StatisticsCsv().row(noStatement("E99000001")))
        .records().get(0));
    assertEquals(Optional.of(0), inspection.getSignificantWeaknessCount());
    assertEquals(Optional.empty(), inspection.getWrittenStatement());
    assertEquals(Optional.empty(), inspection.getRevisit());
    assertEquals(LocalDate.of(2017, 3, 27), inspection.getOnSiteStart().earliest(), "ISO dates read too");
  }

  @Test
  void not_revisited_yet_means_a_statement_and_no_revisit() throws IOException {
    LocalAreaSendInspection inspection = inspection(read(new StatisticsCsv().row(awaitingRevisit("E99000001")))
        .records().get(0));
    assertTrue(inspection.getWrittenStatement().isPresent());
    assertEquals(Optional.empty(), inspection.getRevisit());
  }

  @Test
  void blank_lines_are_not_rows_but_still_count_in_row_numbers() throws IOException {
    OfstedImport result = OfstedStatistics.read(new StatisticsCsv().row(noStatement("E99000001")).line("")
        .line(",,,,,,,,,,,,").row(StatisticsCsv.with(noStatement("E99000002"), 'D', "Atlantis"))
        .write(dir.resolve("sheet.csv")));
    assertEquals(2, result.dataRows());
    assertEquals(1, result.problems().size());
    assertEquals(9, result.problems().get(0).row(), result.problems().toString());
  }

  @Test
  void a_header_only_file_gives_nothing_and_no_problem() throws IOException {
    OfstedImport result = read(new StatisticsCsv());
    assertEquals(0, result.dataRows());
    assertEquals(List.of(), result.records());
    assertEquals(List.of(), result.areasOnlyInNotes());
  }
}
