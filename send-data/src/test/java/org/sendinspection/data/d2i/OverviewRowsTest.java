package org.sendinspection.data.d2i;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.data.table.TableFormatException;
import org.sendinspection.data.table.TextRow;
import org.sendinspection.data.table.TextTable;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.record.AreaRecord;

/** Each rule of the scraped overview, broken by one row of a small table built here. */
class OverviewRowsTest {
  private static final List<String> HEADER = List.of("urn", "la_code", "region_code", "ltla23cd", "stat_neighbours",
      "local_authority", "inspection_link", "outcome_grade", "previous_inspection_date", "inspection_start_date",
      "inspection_end_date", "publication_date", "next_inspection", "next_inspection_by_date",
      "local_link_to_all_inspections", "inspection_outcome_text");
  private static final String OUTCOME_3 = "There are widespread and/or systemic failings leading to significant"
      + " concerns about the experiences and outcomes of children and young people with special educational needs"
      + " and/or disabilities (SEND), which the local area partnership must address urgently. A monitoring"
      + " inspection will be carried out within approximately 18 months. The next full reinspection will be within"
      + " approximately three years.";
  private static final String OUTCOME_2 = "The local area partnership’s arrangements lead to inconsistent"
      + " experiences and outcomes for children and young people with special educational needs and/or"
      + " disabilities (SEND). The local area partnership must work jointly to make improvements.  The next full"
      + " area SEND inspection will be within approximately three years.";

  /** Suffolk's row, with its cells as the scraper writes them. */
  private static String[] suffolk() {
    return new String[] {"80565", "935", "E", "E10000029", "", "suffolk", "https://files.ofsted.gov.uk/v1/file/50238584",
        "3.0", "23/01/2019", "13/11/23", "17/11/23", "30/01/24", "18 months", "13/05/25", "0", OUTCOME_3};
  }

  @Test
  void a_sound_row_gives_a_record_with_the_previous_inspection_as_stated() {
    ScrapedOverviewImport data = convert(suffolk());
    assertEquals(List.of(), data.problems());
    AreaRecord record = data.record("E10000029").orElseThrow();
    assertEquals("Suffolk", record.getArea().getName(), "the directory's proper name");
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, record.getArea().getRegion());
    AreaSendInspection inspection = (AreaSendInspection) record.getInspections().get(0);
    assertEquals(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, inspection.getOutcome());
    assertEquals(LocalDate.of(2023, 11, 13), inspection.getOnSiteStart().orElseThrow().earliest());
    assertEquals(Optional.of(LocalDate.of(2023, 11, 17)), inspection.getOnSiteEnd().map(f -> f.earliest()));
    assertEquals(Optional.of(LocalDate.of(2024, 1, 30)), inspection.getPublishedOn().map(f -> f.earliest()));
    // The overview gives the stated range's last day (Suffolk's report states 21 to 23 January 2019).
    assertEquals(Optional.of(LocalDate.of(2019, 1, 23)),
        inspection.getPreviousInspectionAsStated().flatMap(p -> p.getOnSiteEnd()).map(f -> f.earliest()));
    assertEquals(Optional.empty(), inspection.getPreviousInspectionAsStated().flatMap(p -> p.getOnSiteStart()));
    assertEquals(Optional.of("A monitoring inspection will be carried out within approximately 18 months. The next"
        + " full reinspection will be within approximately three years."), inspection.getNextInspectionAsStated());
    assertTrue(inspection.isPriorityActionPlanRequired());
    assertEquals(Optional.empty(), inspection.numberOfAreasForPriorityAction(), "not in the file, so unknown");
    assertTrue(inspection.isAreasForImprovementNotRecorded());
    assertEquals(Optional.empty(), inspection.numberOfAreasForImprovement(), "not in the file, so unknown, not 0");
    assertEquals(List.of(new ScrapedNextInspection("E10000029", 2, Optional.of("18 months"),
        Optional.of(LocalDate.of(2025, 5, 13)), Optional.empty())), data.nextInspectionsAsScraped());
  }

  @Test
  void the_placeholder_1900_date_means_no_previous_inspection() {
    String[] row = suffolk();
    row[8] = "01/01/1900";
    AreaSendInspection inspection = (AreaSendInspection) convert(row).records().get(0).getInspections().get(0);
    assertEquals(Optional.empty(), inspection.getPreviousInspectionAsStated());
  }

  @Test
  void text_in_place_of_the_scrapers_date_is_kept_as_its_note_not_a_problem() {
    String[] row = suffolk();
    row[12] = "None";
    row[13] = "Next inspection time frame not found";
    ScrapedOverviewImport data = convert(row);
    assertEquals(List.of(), data.problems());
    assertEquals(new ScrapedNextInspection("E10000029", 2, Optional.empty(), Optional.empty(),
        Optional.of("Next inspection time frame not found")), data.nextInspectionsAsScraped().get(0));
  }

  @Test
  void a_shared_old_code_gives_each_successor_its_own_record_with_a_note() {
    String[] cumberland = suffolk();
    cumberland[2] = "NW";
    cumberland[3] = "E10000006";
    cumberland[5] = "cumberland";
    String[] westmorland = cumberland.clone();
    westmorland[5] = "westmorland and furness";
    ScrapedOverviewImport data = convert(cumberland, westmorland);
    assertEquals(List.of(), data.problems());
    assertEquals(List.of("Cumberland", "Westmorland and Furness"),
        data.records().stream().map(r -> r.getArea().getName()).toList());
    assertEquals(List.of("E06000063", "E06000064"), data.records().stream().map(r -> r.getArea().getCode()).toList());
    assertEquals(2, data.notes().size());
    assertTrue(data.notes().get(0).toString().startsWith("row 2, column D: code E10000006 is Cumbria's, which"
        + " Cumberland (E06000063) succeeded"), data.notes().get(0).toString());
  }

  @Test
  void a_code_contradicting_the_name_is_reported_and_the_code_kept() {
    String[] row = suffolk();
    row[5] = "essex";
    ScrapedOverviewImport data = convert(row);
    assertEquals(List.of("2 D code-matches-name: code E10000029 is Suffolk (E10000029) but the name given is 'essex',"
        + " which names Essex (E10000012)"), show(data));
    assertEquals("E10000029", data.records().get(0).getArea().getCode());
  }

  @Test
  void a_missing_start_date_is_reported_and_the_row_kept_with_its_first_day_not_recorded() {
    String[] row = suffolk();
    row[9] = "";
    assertProblemsKeepingTheRecord(row, "2 J value-present: 'inspection_start_date' is empty");
    AreaSendInspection inspection = (AreaSendInspection) convert(row).records().get(0).getInspections().get(0);
    assertEquals(Optional.empty(), inspection.getOnSiteStart());
    assertEquals(LocalDate.of(2023, 11, 17), inspection.begunBy().earliest(), "begun by its last day on site");
    assertEquals(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, inspection.getOutcome());
  }

  @Test
  void a_row_with_no_date_at_all_gives_no_record() {
    String[] row = suffolk();
    row[9] = "";
    row[10] = "";
    row[11] = "";
    assertProblems(row, "2 J value-present: 'inspection_start_date' is empty");
  }

  @Test
  void an_unreadable_date_is_reported_and_unrecorded() {
    String[] row = suffolk();
    row[11] = "30 January 2024";
    assertProblemsKeepingTheRecord(row, "2 L date-cell: 'publication_date' should be a date such as 04/02/25; found '30 January 2024'");
  }

  @Test
  void an_unknown_region_code_is_reported_and_the_record_takes_the_directorys_region() {
    String[] row = suffolk();
    row[2] = "nan";
    assertProblemsKeepingTheRecord(row, "2 C known-region-code: 'nan' is not a region code whose Ofsted region is"
        + " known; expected one of E, EM, GL, NE, NW, SE, SW, WM, YH; the record takes the area's region from the"
        + " area directory");
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, convert(row).records().get(0).getArea().getRegion());
  }

  @Test
  void a_missing_grade_and_an_outcome_text_stating_none_are_both_reported() {
    String[] row = suffolk();
    row[7] = "nan";
    row[15] = "Inspection outcome section not found.";
    assertProblems(row, "2 H outcome-grade: 'outcome_grade' should be 1, 2 or 3; found 'nan'",
        "2 P outcome-text-agrees: the outcome text states no outcome: 'Inspection outcome section not found.'");
  }

  @Test
  void an_outcome_text_of_another_outcome_than_the_grade_is_reported() {
    String[] row = suffolk();
    row[15] = OUTCOME_2;
    assertProblemsKeepingTheRecord(row, "2 P outcome-text-agrees: the grade is 3 but the outcome text states outcome 2: '"
        + OUTCOME_2.substring(0, 77) + "...'");
  }

  @Test
  void a_next_inspection_period_not_the_outcomes_is_reported() {
    String[] row = suffolk();
    row[12] = "3 years";
    assertEquals(Optional.empty(), convert(row).nextInspectionsAsScraped().get(0).period());
    assertProblemsKeepingTheRecord(row, "2 M next-inspection-agrees: outcome 3 has its next inspection in 18 months; found '3 years'");
  }

  @Test
  void a_second_row_of_one_area_is_reported_and_the_first_kept() {
    ScrapedOverviewImport data = convert(suffolk(), suffolk());
    assertEquals(1, data.records().size());
    assertEquals(List.of("3 D one-row-per-code: the row is of E10000029, as row 2 is; which row the area's"
        + " inspection is on is not known, so only row 2 gives a record"), show(data));
  }

  @Test
  void an_end_before_the_start_breaks_the_models_rule_at_its_column() {
    String[] row = suffolk();
    row[10] = "10/11/23";
    List<String> problems = problems(row);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("2 K period-in-order: "), problems.get(0));
    assertTrue(problems.get(0).endsWith("(record field inspections[0].onSiteEnd)"), problems.get(0));
  }

  @Test
  void a_code_that_is_not_an_ons_code_is_reported_and_the_name_gives_the_area() {
    String[] row = suffolk();
    row[3] = "935";
    assertProblemsKeepingTheRecord(row, "2 D code-matches-name: code 935 is not the code of any local area in"
        + " England since May 2016");
    assertEquals("E10000029", convert(row).records().get(0).getArea().getCode());
  }

  @Test
  void each_region_code_maps_to_its_ofsted_region() {
    assertEquals(Optional.of(OfstedRegion.NORTH_EAST_YORKSHIRE_AND_THE_HUMBER), RegionCodes.region("NE"));
    assertEquals(Optional.of(OfstedRegion.NORTH_EAST_YORKSHIRE_AND_THE_HUMBER), RegionCodes.region("YH"));
    assertEquals(Optional.of(OfstedRegion.LONDON), RegionCodes.region("GL"));
    assertEquals(Optional.empty(), RegionCodes.region("nan"));
  }

  @Test
  void a_table_without_a_needed_column_is_refused_naming_it() {
    List<String> header = new ArrayList<>(HEADER);
    header.set(3, "ons_code");
    TextTable table = new TextTable("overview", List.of(new TextRow(1, header), new TextRow(2, Arrays.asList(suffolk()))));
    TableFormatException error = assertThrows(TableFormatException.class,
        () -> ScrapedOverview.convert(table, ScrapedOverview.SOURCE));
    assertTrue(error.getMessage().startsWith("overview, row 1: no column headed 'ltla23cd'; found 'urn'"),
        error.getMessage());
  }

  private void assertProblems(String[] row, String... expected) {
    assertEquals(List.of(expected), problems(row));
  }

  private void assertProblemsKeepingTheRecord(String[] row, String... expected) {
    ScrapedOverviewImport data = convert(row);
    assertEquals(List.of(expected), show(data));
    assertEquals(1, data.records().size(), "a problem in one field never loses the row");
  }

  private static List<String> problems(String[] row) {
    ScrapedOverviewImport data = convert(row);
    assertEquals(List.of(), data.records(), "a row lacking its area, outcome or first day gives no record");
    return show(data);
  }

  private static List<String> show(ScrapedOverviewImport data) {
    return data.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.rule() + ": " + p.message())
        .collect(Collectors.toList());
  }

  private static ScrapedOverviewImport convert(String[]... rows) {
    List<TextRow> table = new ArrayList<>();
    table.add(new TextRow(1, HEADER));
    for (String[] row : rows) {
      table.add(new TextRow(table.size() + 1, Arrays.asList(row)));
    }
    return ScrapedOverview.convert(new TextTable("overview", table), ScrapedOverview.SOURCE);
  }
}
