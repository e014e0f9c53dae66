package org.sendinspection.data.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendinspection.testkit.SharedData;
import org.sendinspection.data.d2i.ScrapedOverview;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * Ofsted's management information on the first 2023-framework inspections, read as the DfE
 * re-publishes it, its area names matched through the 2016-framework statistics: every row gives a
 * record, and the figures derived from the records equal those recomputed here from the raw cells.
 */
class ManagementInformationFileTest {
  private static final String ORIGIN = "Ofsted area SEND management information, January to August 2023";
  private static ManagementInformationImport data;
  private static List<RawManagementInformation.Row> raw;

  @BeforeEach
  void read() {
    Path file = SharedData.require(SharedData.MANAGEMENT_INFORMATION, ORIGIN);
    Path statistics = SharedData.require(SharedData.STATISTICS_2022, "Ofsted's area SEND official statistics");
    if (data == null) {
      data = ManagementInformation.read(file);
      raw = RawManagementInformation.rows(file);
    }
  }

  @Test
  void every_one_of_the_16_rows_gives_a_record_and_none_a_problem() {
    assertEquals(16, raw.size(), "rows in the file, counted independently");
    assertEquals(16, data.dataRows());
    assertEquals(List.of(), data.problems());
    assertEquals(16, data.records().size());
    assertEquals(16, data.records().stream().map(r -> r.getArea().getCode()).distinct().count());
  }

  @Test
  void every_record_is_valid_and_round_trips_through_json() {
    AreaRecordCodec codec = AreaRecordCodec.strict();
    for (AreaRecord record : data.records()) {
      assertEquals(record, codec.read(codec.write(record)), record.getArea().getCode());
    }
  }

  @Test
  void each_record_holds_its_row_as_written_and_counts_stay_counts() {
    for (int i = 0; i < raw.size(); i++) {
      RawManagementInformation.Row row = raw.get(i);
      AreaRecord record = data.records().get(i);
      AreaSendInspection inspection = (AreaSendInspection) record.getInspections().get(0);
      assertEquals(row.text(RawManagementInformation.AREA), record.getArea().getName());
      assertEquals(OfstedRegion.fromAnyName(row.text(RawManagementInformation.REGION)), record.getArea().getRegion());
      assertEquals(row.date(RawManagementInformation.START), inspection.getOnSiteStart().orElseThrow().earliest());
      assertEquals(Optional.of(row.date(RawManagementInformation.PUBLISHED)),
          inspection.getPublishedOn().map(f -> f.earliest()));
      assertEquals(row.text(RawManagementInformation.PLAN).equals("Yes"), inspection.isPriorityActionPlanRequired());
      String count = row.text(RawManagementInformation.COUNT);
      assertEquals(count.equals("NA") ? Optional.empty() : Optional.of(Integer.valueOf(count)),
          inspection.getAreasForPriorityActionCount());
      assertTrue(inspection.getAreasForPriorityAction().isEmpty(), "no area for priority action is invented");
      assertTrue(inspection.getOnSiteStart().orElseThrow().getClaims().get(0).getCitation().get().getLocator().get()
          .equals("mi_ofsted_winter_2223.csv, row " + row.number + ", column E (Inspection.start.date)"));
    }
  }

  @Test
  void names_are_matched_to_the_codes_the_scraped_overview_also_gives_them() {
    Path overview = SharedData.require(SharedData.SCRAPED_OVERVIEW, "data-to-insight's scraped overview");
    Map<String, String> nameOfCode = ScrapedOverview.read(overview).records().stream()
        .collect(Collectors.toMap(r -> r.getArea().getCode(), r -> r.getArea().getName()));
    for (AreaRecord record : data.records()) {
      String scraped = nameOfCode.get(record.getArea().getCode());
      assertEquals(record.getArea().getName(), scraped, record.getArea().getCode() + ": one code, one proper name");
    }
    assertEquals(Optional.of("Southend-on-Sea"), data.record("E06000033").map(r -> r.getArea().getName()));
  }

  @Test
  void figures_from_the_records_equal_those_from_the_raw_cells() {
    for (String region : new String[] {null, "East of England", "South West"}) {
      for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2023, 5, 31), LocalDate.of(2023, 8, 31)}) {
        FigureScope scope = FigureScope.national();
        if (region != null) {
          scope = scope.inRegion(OfstedRegion.fromAnyName(region));
        }
        if (asOf != null) {
          scope = scope.asOf(asOf);
        }
        assertEquals(raw(scope, region, asOf), AreaSendFigures.of(data.records(), scope), scope.describe());
      }
    }
  }

  @Test
  void national_and_east_of_england_figures() {
    AreaSendFigures england = AreaSendFigures.of(data.records(), FigureScope.national());
    assertEquals(List.of(16, 5, 6, 5, 5, 16, 0), List.of(england.reportsPublished(), england.positive(),
        england.inconsistent(), england.widespreadOrSystemicFailings(), england.priorityActionPlansRequired(),
        england.areasForPriorityAction(), england.outcome3WithoutAreaCount()));
    AreaSendFigures east = AreaSendFigures.of(data.records(), FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND));
    // Hertfordshire (outcome 3, two areas for priority action) and Southend-on-Sea (outcome 2).
    assertEquals(List.of(2, 0, 1, 1, 1, 2), List.of(east.reportsPublished(), east.positive(), east.inconsistent(),
        east.widespreadOrSystemicFailings(), east.priorityActionPlansRequired(), east.areasForPriorityAction()));
  }

  private static AreaSendFigures raw(FigureScope scope, String region, LocalDate asOf) {
    Map<String, Integer> outcomes = Map.of("Typically positive experiences and outcomes", 1,
        "Inconsistent experiences and outcomes", 2, "Widespread and/or systemic failings", 3);
    int begun = 0, published = 0, plans = 0, strategic = 0, areas = 0;
    int[] byOutcome = new int[4];
    for (RawManagementInformation.Row row : raw) {
      if (region != null && !region.equals(row.text(RawManagementInformation.REGION))) {
        continue;
      }
      if (asOf != null && row.date(RawManagementInformation.START).isAfter(asOf)) {
        continue;
      }
      begun++;
      if (asOf != null && row.date(RawManagementInformation.PUBLISHED).isAfter(asOf)) {
        continue;
      }
      published++;
      int outcome = outcomes.get(row.text(RawManagementInformation.OUTCOME));
      byOutcome[outcome]++;
      plans += row.text(RawManagementInformation.PLAN).equals("Yes") ? 1 : 0;
      strategic += outcome == 3 ? 0 : 1;
      String count = row.text(RawManagementInformation.COUNT);
      areas += count.equals("NA") ? 0 : Integer.parseInt(count);
    }
    return new AreaSendFigures(scope, begun, published, byOutcome[1], byOutcome[2], byOutcome[3], plans, strategic,
        areas, 0);
  }
}
