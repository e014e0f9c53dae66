package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;

/**
 * Ofsted's 2022 file, read as published: every row becomes a record, and the figures derived from
 * the records equal those recomputed here from the raw cells.
 */
class OfficialStatisticsTest {
  private static Path file;
  private static OfstedImport data;
  private static List<RawStatistics.Row> raw;

  /** Skips each test, with a message saying where to put the file, when it is absent; reads it once. */
  @BeforeEach
  void read() {
    Path found = OfficialFile.require();
    if (data == null) {
      file = found;
      data = OfstedStatistics.read(file);
      raw = RawStatistics.rows(file);
    }
  }

  @Test
  void every_one_of_the_149_rows_gives_a_record_and_none_a_problem() {
    assertEquals(149, raw.size(), "rows in the sheet, counted independently");
    assertEquals(149, data.dataRows());
    assertEquals(List.of(), data.problems());
    assertEquals(149, data.records().size());
    assertEquals(149, data.records().stream().map(r -> r.getArea().getCode()).distinct().count());
  }

  @Test
  void the_source_is_the_dataset_as_its_cover_sheet_describes_it() {
    SourceDocument source = data.source();
    assertEquals("ofsted-area-send-statistics-2022-11-17", source.getId());
    assertEquals("Area SEND inspection and revisit outcomes from inspections and revisits carried out "
        + "by 31 August 2022, published by 31 October 2022", source.getTitle());
    assertEquals(Optional.of("Ofsted"), source.getPublisher());
    assertEquals(Optional.of(LocalDate.of(2022, 11, 17)), source.getDate());
    assertEquals(Optional.of("https://www.gov.uk/government/collections/area-send-statistics"),
        source.getUrl());
  }

  @Test
  void dorset_and_northamptonshire_exist_only_in_the_notes() {
    assertEquals(List.of("Dorset", "Northamptonshire"), data.areasOnlyInNotes());
    assertEquals(3, data.notes().size());
    assertEquals(Optional.empty(), data.notes().get(0).areaOnlyInNotes());
    assertTrue(data.notes().get(1).text().startsWith("Dorset were inspected in January 2017"));
    assertEquals(2, data.notes().get(1).number());
  }

  @Test
  void every_record_is_valid_and_round_trips_through_json() {
    AreaRecordCodec codec = AreaRecordCodec.strict();
    for (AreaRecord record : data.records()) {
      assertEquals(record, codec.read(codec.write(record)), record.getArea().getCode());
    }
  }

  @Test
  void essex_gives_the_dates_of_the_domain_table() {
    LocalAreaSendInspection inspection = inspectionOf("E10000012");
    AreaRecord essex = data.record("E10000012").orElseThrow();
    assertEquals("Essex", essex.getArea().getName());
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, essex.getArea().getRegion());
    assertEquals(LocalDate.of(2019, 9, 30), only(inspection.getOnSiteStart()));
    assertEquals(LocalDate.of(2019, 12, 23), only(inspection.getPublishedOn().orElseThrow()));
    assertEquals(Optional.of(3), inspection.getSignificantWeaknessCount());
    assertTrue(inspection.getWrittenStatement().isPresent());
    Revisit revisit = inspection.getRevisit().orElseThrow();
    assertEquals(LocalDate.of(2022, 5, 17), only(revisit.getOnSiteStart()));
    assertEquals(LocalDate.of(2022, 7, 27), only(revisit.getPublishedOn().orElseThrow()));
    assertEquals(3, revisit.sufficientCount());
    assertEquals(0, revisit.notSufficientCount());
    assertEquals("Area_SEND_up_to_31_Aug_2022, row 47, column E (Inspection start date)",
        inspection.getOnSiteStart().getClaims().get(0).getCitation().orElseThrow().getLocator().orElseThrow());
    assertEquals("ofsted-area-send-statistics-2022-11-17",
        inspection.getOnSiteStart().getClaims().get(0).getCitation().orElseThrow().getSource());
  }

  @Test
  void southend_on_sea_gives_the_dates_of_the_domain_table() {
    LocalAreaSendInspection inspection = inspectionOf("E06000033");
    assertEquals(LocalDate.of(2018, 10, 1), only(inspection.getOnSiteStart()));
    assertEquals(LocalDate.of(2018, 12, 12), only(inspection.getPublishedOn().orElseThrow()));
    assertEquals(Optional.of(4), inspection.getSignificantWeaknessCount());
    Revisit revisit = inspection.getRevisit().orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 5), only(revisit.getOnSiteStart()));
    assertEquals(LocalDate.of(2021, 6, 22), only(revisit.getPublishedOn().orElseThrow()));
    assertEquals(3, revisit.sufficientCount());
    assertEquals(1, revisit.notSufficientCount());
    assertEquals("Area_SEND_up_to_31_Aug_2022, row 120, columns I-M",
        revisit.getCitation().orElseThrow().getLocator().orElseThrow());
  }

  @Test
  void the_sheets_revisit_outcome_agrees_with_the_counts_for_every_revisited_area() {
    int revisited = 0;
    for (RawStatistics.Row row : raw) {
      String label = row.text(RawStatistics.OUTCOME);
      if (label.isEmpty()) {
        continue;
      }
      revisited++;
      Revisit revisit = inspectionOf(row.text(RawStatistics.CODE)).getRevisit().orElseThrow();
      assertEquals(label, revisit.summary().statisticsLabel(), "row " + row.number);
    }
    assertEquals(revisited, data.records().stream()
        .filter(r -> ((LocalAreaSendInspection) r.getInspections().get(0)).getRevisit().isPresent()).count());
  }

  @Test
  void national_figures_equal_those_recomputed_from_the_raw_cells() {
    NationalFigures figures = NationalFigures.of(data.records(), FigureScope.national());
    assertEquals(RawFigures.of(raw, null, null), figures);
    System.out.println(figures);
  }

  @Test
  void east_of_england_figures_as_of_the_end_of_2019_equal_those_recomputed_from_the_raw_cells() {
    LocalDate asOf = LocalDate.of(2019, 12, 31);
    NationalFigures figures = NationalFigures.of(data.records(),
        FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND).asOf(asOf));
    assertEquals(RawFigures.of(raw, "East of England", asOf), figures);
    System.out.println(figures);
  }

  @Test
  void every_region_as_of_every_year_end_equals_the_raw_cells() {
    for (OfstedRegion region : OfstedRegion.values()) {
      for (int year = 2016; year <= 2022; year++) {
        LocalDate asOf = LocalDate.of(year, 12, 31);
        assertEquals(RawFigures.of(raw, region.displayName(), asOf), NationalFigures.of(data.records(),
            FigureScope.national().inRegion(region).asOf(asOf)), region + " " + asOf);
      }
    }
  }

  @Test
  void a_csv_export_of_the_data_sheet_gives_the_same_records(@TempDir Path dir) throws IOException {
    Path csv = CsvExport.write(file, dir.resolve(OfstedStatistics.DATA_SHEET + ".csv"));
    OfstedImport fromCsv = OfstedStatistics.read(csv, data.source());
    assertEquals(List.of(), fromCsv.problems());
    assertEquals(149, fromCsv.dataRows());
    assertEquals(data.records(), fromCsv.records());
    assertEquals(List.of(), fromCsv.notes(), "a CSV export has no Notes sheet");
  }

  @Test
  void a_csv_export_read_alone_describes_its_source_without_a_date(@TempDir Path dir) throws IOException {
    Path csv = CsvExport.write(file, dir.resolve("export.csv"));
    OfstedImport fromCsv = OfstedStatistics.read(csv);
    assertEquals("ofsted-area-send-statistics", fromCsv.source().getId());
    assertEquals(data.source().getTitle(), fromCsv.source().getTitle());
    assertEquals(Optional.empty(), fromCsv.source().getDate());
    assertEquals(149, fromCsv.records().size());
    assertEquals("export, row 47, column E (Inspection start date)", inspectionOf(fromCsv, "E10000012")
        .getOnSiteStart().getClaims().get(0).getCitation().orElseThrow().getLocator().orElseThrow());
  }

  private static LocalAreaSendInspection inspectionOf(String code) {
    return inspectionOf(data, code);
  }

  private static LocalAreaSendInspection inspectionOf(OfstedImport from, String code) {
    AreaRecord record = from.record(code).orElseThrow(() -> new AssertionError("no record of " + code));
    assertEquals(1, record.getInspections().size());
    return (LocalAreaSendInspection) record.getInspections().get(0);
  }

  private static LocalDate only(DatedFact fact) {
    assertEquals(1, fact.getClaims().size());
    return fact.getClaims().get(0).getDate();
  }
}
