package org.sendinspection.data.d2i;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendinspection.testkit.SharedData;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.DirectoryArea;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * data-to-insight's scraped overview (snapshot of 29 June 2026), read as published: the dirty rows are
 * reported with their row and rule, the rest are valid records, and the figures derived from the
 * records equal those recomputed here from the raw cells.
 */
class ScrapedOverviewFileTest {
  private static final String ORIGIN = "data-to-insight's ofsted-send-scrape-tool, ofsted_csc_send_overview.xlsx";
  private static ScrapedOverviewImport data;
  private static List<RawOverview.Row> raw;

  @BeforeEach
  void read() {
    Path file = SharedData.require(SharedData.SCRAPED_OVERVIEW, ORIGIN);
    if (data == null) {
      data = ScrapedOverview.read(file);
      raw = RawOverview.rows(file);
    }
  }

  @Test
  void every_row_with_a_published_outcome_gives_a_record_and_5_rows_have_problems() {
    assertEquals(72, raw.size(), "rows in the sheet, counted independently");
    assertEquals(72, data.dataRows());
    assertEquals(List.of(9, 14, 43, 47, 56), data.problemRows());
    long withOutcome = raw.stream().filter(r -> Set.of("1.0", "2.0", "3.0").contains(r.text(RawOverview.GRADE))).count();
    assertEquals(withOutcome, data.records().size(), "one record per row with an outcome grade");
    assertEquals(71, withOutcome, "every row but Slough's, whose outcome section the scraper did not find");
    Set<Integer> recorded = data.nextInspectionsAsScraped().stream().map(ScrapedNextInspection::row)
        .collect(Collectors.toSet());
    for (RawOverview.Row row : raw) {
      boolean recordable = begunBy(row) != null && Set.of("1.0", "2.0", "3.0").contains(row.text(RawOverview.GRADE));
      assertEquals(recordable, recorded.contains(row.number), "row " + row.number + " gives a record exactly when"
          + " its outcome and one of its dates are known");
      assertTrue(recorded.contains(row.number) || data.problemRows().contains(row.number),
          "row " + row.number + " gives a record or a problem");
    }
  }

  @Test
  void cumbrias_shared_code_gives_cumberland_and_westmorland_and_furness_their_own_records_with_notes() {
    assertEquals("Cumberland", data.record("E06000063").orElseThrow().getArea().getName());
    assertEquals("Westmorland and Furness", data.record("E06000064").orElseThrow().getArea().getName());
    assertEquals(Optional.empty(), data.record("E10000006"));
    assertEquals("Dorset", data.record("E06000059").orElseThrow().getArea().getName(), "the county's code, 2024");
    // Row 47, North Yorkshire's, gives its county's code and no start: its publication dates it to the
    // unitary area, though without a first day on site it gives no record.
    assertEquals(List.of(12, 15, 47, 70), data.notes().stream().map(n -> n.row()).distinct().toList(),
        "the rows whose code is an old area's");
  }

  @Test
  void each_problem_row_is_reported_with_its_column_and_rule() {
    List<String> reported = data.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.rule())
        .collect(Collectors.toList());
    assertEquals(List.of(
        "9 J value-present",          // cambridgeshire: no inspection start date
        "14 J value-present",         // derbyshire: no inspection start date
        "43 C known-region-code",     // medway: region code 'nan' (recorded, with the directory's region)
        "47 J value-present",         // north yorkshire: no inspection start date
        "56 H outcome-grade",         // slough: outcome grade 'nan'
        "56 P outcome-text-agrees"),  // slough: "Inspection outcome section not found."
        reported);
  }

  @Test
  void the_problem_rows_are_those_the_raw_cells_show_to_be_incomplete_or_contradictory() {
    Set<Integer> expected = new TreeSet<>();
    for (RawOverview.Row row : raw) {
      boolean incomplete = row.date(RawOverview.START) == null;
      boolean noRegion = !Set.of("E", "EM", "GL", "NE", "NW", "SE", "SW", "WM", "YH").contains(row.text(RawOverview.REGION));
      boolean noGrade = !Set.of("1.0", "2.0", "3.0").contains(row.text(RawOverview.GRADE));
      if (incomplete || noRegion || noGrade) {
        expected.add(row.number);
      }
    }
    assertEquals(new ArrayList<>(expected), data.problemRows());
  }

  @Test
  void every_record_is_valid_and_round_trips_through_json() {
    AreaRecordCodec codec = AreaRecordCodec.strict();
    for (AreaRecord record : data.records()) {
      assertEquals(record, codec.read(codec.write(record)), record.getArea().getCode());
    }
  }

  @Test
  void the_records_write_to_a_directory_one_file_per_area(@org.junit.jupiter.api.io.TempDir Path directory) {
    List<Path> written = org.sendinspection.data.ofsted.AreaRecordWriter.write(data.records(), directory);
    assertEquals(71, written.size());
    assertEquals(data.record("E10000029").orElseThrow(),
        AreaRecordCodec.strict().read(directory.resolve("E10000029.json")));
  }

  @Test
  void each_record_holds_its_row_as_written() {
    Map<Integer, RawOverview.Row> byRow = raw.stream().collect(Collectors.toMap(r -> r.number, r -> r));
    for (int i = 0; i < data.records().size(); i++) {
      AreaRecord record = data.records().get(i);
      RawOverview.Row row = byRow.get(data.nextInspectionsAsScraped().get(i).row());
      AreaSendInspection inspection = (AreaSendInspection) record.getInspections().get(0);
      DirectoryArea area = AreaDirectory.bundled().byCode(record.getArea().getCode()).orElseThrow();
      assertTrue(area.isNamed(row.text(RawOverview.NAME)), row.text(RawOverview.NAME));
      assertEquals(area.name(), record.getArea().getName(), "the directory's proper name");
      // An empty first day is "not recorded" in the record, never another day.
      assertEquals(Optional.ofNullable(row.date(RawOverview.START)), inspection.getOnSiteStart().map(f -> f.earliest()));
      assertEquals(Optional.ofNullable(row.date(RawOverview.END)), inspection.getOnSiteEnd().map(f -> f.earliest()));
      assertEquals(Optional.ofNullable(row.date(RawOverview.PUBLISHED)), inspection.getPublishedOn().map(f -> f.earliest()));
      assertEquals((int) Double.parseDouble(row.text(RawOverview.GRADE)), inspection.getOutcome().number());
      LocalDate previous = row.date(RawOverview.PREVIOUS);
      Optional<LocalDate> stated = previous == null || previous.equals(LocalDate.of(1900, 1, 1))
          ? Optional.empty() : Optional.of(previous);
      assertEquals(stated, inspection.getPreviousInspectionAsStated().flatMap(p -> p.getOnSiteEnd()).map(f -> f.earliest()),
          "the overview's previous-inspection date is the stated range's last day");
      assertEquals(Optional.of(row.text(RawOverview.TEXT)), inspection.getCitation().flatMap(c -> c.getQuote()));
      assertTrue(inspection.getCitation().get().getLocator().get().contains("row " + row.number + ","));
      assertTrue(inspection.getAreasForPriorityAction().isEmpty() && inspection.getAreasForPriorityActionCount().isEmpty(),
          "the file does not give areas for priority action");
    }
  }

  @Test
  void the_scrapers_next_inspection_is_kept_as_it_computed_it() {
    Map<Integer, RawOverview.Row> byRow = raw.stream().collect(Collectors.toMap(r -> r.number, r -> r));
    for (ScrapedNextInspection next : data.nextInspectionsAsScraped()) {
      RawOverview.Row row = byRow.get(next.row());
      assertEquals(Optional.ofNullable(row.date(RawOverview.NEXT_BY)), next.byDate(), "row " + next.row());
      String period = row.text(RawOverview.NEXT);
      assertEquals(period.equals("None") ? Optional.empty() : Optional.of(period), next.period());
    }
    // Rows 9, 14 and 47 (no first day on site) say "Last inspection date not provided".
    assertEquals(List.of(9, 14, 32, 47, 57, 71), data.nextInspectionsAsScraped().stream().filter(n -> n.byDate().isEmpty())
        .map(ScrapedNextInspection::row).collect(Collectors.toList()));
    assertEquals(Optional.of("Next inspection time frame not found"), data.nextInspectionsAsScraped().stream()
        .filter(n -> n.row() == 32).findFirst().orElseThrow().note());
    assertEquals(Optional.of(LocalDate.of(2025, 5, 13)), data.nextInspectionsAsScraped().stream()
        .filter(n -> n.code().equals("E10000029")).findFirst().orElseThrow().byDate(), "Suffolk: 18 months");
  }

  @Test
  void the_region_codes_map_to_the_regions_ofsteds_statistics_give_the_same_areas() {
    Path statistics = SharedData.require(SharedData.STATISTICS_2022, "Ofsted's area SEND official statistics");
    Map<String, OfstedRegion> official = OfstedStatistics.read(statistics).records().stream()
        .collect(Collectors.toMap(r -> r.getArea().getCode(), r -> r.getArea().getRegion()));
    Set<String> codesChecked = new TreeSet<>();
    Map<Integer, RawOverview.Row> byRow = raw.stream().collect(Collectors.toMap(r -> r.number, r -> r));
    for (int i = 0; i < data.records().size(); i++) {
      AreaRecord record = data.records().get(i);
      OfstedRegion expected = official.get(record.getArea().getCode());
      RawOverview.Row row = byRow.get(data.nextInspectionsAsScraped().get(i).row());
      Optional<OfstedRegion> given = RegionCodes.region(row.text(RawOverview.REGION));
      if (expected != null && given.isPresent()) {
        assertEquals(expected, given.get(), record.getArea().getCode());
        assertEquals(expected, record.getArea().getRegion(), record.getArea().getCode());
        codesChecked.add(row.text(RawOverview.REGION));
      }
    }
    assertEquals(new TreeSet<>(Set.of("E", "EM", "GL", "NE", "NW", "SE", "SW", "WM", "YH")), codesChecked,
        "every region code is checked against at least one area");
  }

  @Test
  void figures_from_the_records_equal_those_from_the_raw_cells() {
    for (String region : new String[] {null, "E", "NW"}) {
      for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2023, 8, 31), LocalDate.of(2024, 12, 31)}) {
        FigureScope scope = FigureScope.national();
        if (region != null) {
          scope = scope.inRegion(RegionCodes.region(region).orElseThrow());
        }
        if (asOf != null) {
          scope = scope.asOf(asOf);
        }
        assertEquals(raw(scope, region, asOf), AreaSendFigures.of(data.records(), scope), scope.describe());
      }
    }
  }

  @Test
  void east_of_england_figures() {
    AreaSendFigures east = AreaSendFigures.of(data.records(),
        FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND));
    // Bedford (1), Cambridgeshire (2, its first day on site not recorded), Hertfordshire (3),
    // Southend-on-Sea (2), Suffolk (3).
    assertEquals(5, east.reportsPublished());
    assertEquals(1, east.positive());
    assertEquals(2, east.inconsistent());
    assertEquals(2, east.widespreadOrSystemicFailings());
    assertEquals(2, east.priorityActionPlansRequired());
    assertEquals(2, east.outcome3WithoutAreaCount());
  }

  /** The figures recomputed from the raw cells of the rows that gave records. */
  private static AreaSendFigures raw(FigureScope scope, String regionCode, LocalDate asOf) {
    Set<Integer> recorded = data.nextInspectionsAsScraped().stream().map(ScrapedNextInspection::row)
        .collect(Collectors.toSet());
    int begun = 0, published = 0, plans = 0, strategic = 0, uncounted = 0;
    int[] grades = new int[4];
    for (RawOverview.Row row : raw) {
      String code = row.text(RawOverview.REGION);
      boolean inRegion = regionCode == null || code.equals(regionCode)
          || (regionCode.equals("NE") && code.equals("YH"));
      if (!recorded.contains(row.number) || !inRegion || !known(begunBy(row), asOf)) {
        continue;
      }
      begun++;
      if (!known(row.date(RawOverview.PUBLISHED), asOf)) {
        continue;
      }
      published++;
      int grade = (int) Double.parseDouble(row.text(RawOverview.GRADE));
      grades[grade]++;
      plans += grade == 3 ? 1 : 0;
      strategic += grade == 3 ? 0 : 1;
      uncounted += grade == 3 ? 1 : 0;
    }
    return new AreaSendFigures(scope, begun, published, grades[1], grades[2], grades[3], plans, strategic, 0,
        uncounted);
  }

  /** The first day on site, or where the row gives none its last day, or else its publication. */
  private static LocalDate begunBy(RawOverview.Row row) {
    LocalDate start = row.date(RawOverview.START);
    LocalDate end = row.date(RawOverview.END);
    return start != null ? start : end != null ? end : row.date(RawOverview.PUBLISHED);
  }

  private static boolean known(LocalDate date, LocalDate asOf) {
    return date != null && (asOf == null || !date.isAfter(asOf));
  }
}
