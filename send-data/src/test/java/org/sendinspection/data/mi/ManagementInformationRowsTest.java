package org.sendinspection.data.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.data.table.TableFormatException;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.record.AreaRecord;

/** Each rule of the management information, broken by one row of a small file written here. */
class ManagementInformationRowsTest {
  private static final String HEADER = "\"\",\"Link.to.report.webpage.for.the.local.authority.and.local.area.partnership\","
      + "\"Local.area.partnership\",\"Ofsted.region\",\"Inspection.start.date\",\"Inspection.publication.date\","
      + "\"Inspection.outcome\",\"Priority.action.plan.required.\",\"Number.of.areas.for.priority.action\"";
  private static final String SOUND = "\"1\",\"Report webpage\",\"Southend-on-Sea\",\"East of England\",\"06/03/2023\","
      + "\"09/06/2023\",\"Inconsistent experiences and outcomes\",\"No\",NA";

  @TempDir
  Path directory;

  @Test
  void a_sound_row_gives_a_record_of_the_matched_code_with_cited_facts() throws IOException {
    ManagementInformationImport data = read(SOUND);
    assertEquals(List.of(), data.problems());
    assertEquals(1, data.dataRows());
    AreaRecord record = data.record("E06000033").orElseThrow();
    assertEquals("Southend-on-Sea", record.getArea().getName());
    AreaSendInspection inspection = (AreaSendInspection) record.getInspections().get(0);
    assertEquals(AreaSendOutcome.INCONSISTENT, inspection.getOutcome());
    assertEquals(Optional.of(0), inspection.numberOfAreasForPriorityAction());
    assertTrue(inspection.isStrategicPlanUpdateRequested());
    assertEquals(Optional.empty(), inspection.numberOfAreasForImprovement(), "not in the file, so unknown, not 0");
    assertEquals("2023-area-send-inspection", inspection.getId());
    assertEquals(Optional.of("mi.csv, row 2, column F (Inspection.publication.date)"),
        inspection.getPublishedOn().get().getClaims().get(0).getCitation().get().getLocator());
    assertEquals(List.of(ManagementInformation.SOURCE), record.getSources());
  }

  @Test
  void an_outcome_3_row_keeps_its_number_of_areas_as_a_count() throws IOException {
    ManagementInformationImport data = read("\"7\",\"Report webpage\",\"Hertfordshire\",\"East of England\","
        + "\"10/07/2023\",\"10/11/2023\",\"Widespread and/or systemic failings\",\"Yes\",2");
    AreaSendInspection inspection = (AreaSendInspection) data.records().get(0).getInspections().get(0);
    assertEquals(Optional.of(2), inspection.getAreasForPriorityActionCount());
    assertEquals(List.of(), inspection.getAreasForPriorityAction());
    assertTrue(inspection.isPriorityActionPlanRequired());
  }

  @Test
  void a_name_is_found_in_the_directory_with_a_note_and_written_as_the_directory_writes_it() throws IOException {
    ManagementInformationImport data = read(SOUND.replace("Southend-on-Sea", "telford & wrekin")
        .replace("East of England", "West Midlands"));
    assertEquals(List.of(), data.problems());
    assertEquals("Telford and Wrekin", data.record("E06000020").orElseThrow().getArea().getName());
    assertEquals(List.of("row 2, column C: 'telford & wrekin' is given without a code; the directory names it"
        + " Telford and Wrekin (E06000020) on 2023-03-06 [note]"), data.notes().stream().map(Object::toString).toList());
  }

  @Test
  void a_name_of_no_known_area_is_reported_not_guessed() throws IOException {
    assertProblems(SOUND.replace("Southend-on-Sea", "Atlantis"),
        "2 C area-known: 'Atlantis' is not the name of any local area in England since May 2016");
  }

  @Test
  void a_name_of_two_areas_is_the_one_existing_on_the_inspections_first_day() throws IOException {
    ManagementInformationImport data = read(SOUND.replace("Southend-on-Sea", "Dorset").replace("East of England",
        "South West"));
    assertEquals(List.of(), data.problems());
    assertEquals(List.of("E06000059"), data.records().stream().map(r -> r.getArea().getCode()).toList());
  }

  @Test
  void a_region_other_than_the_areas_is_reported_and_the_record_takes_the_directorys() throws IOException {
    ManagementInformationImport data = read(SOUND.replace("East of England", "London"));
    assertEquals(List.of("2 D region-agrees: the row gives region London but Southend-on-Sea (E06000033) is in East"
        + " of England; the record takes the directory's"), show(data.problems()));
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, data.record("E06000033").orElseThrow().getArea().getRegion());
  }

  @Test
  void an_unknown_region_is_reported() throws IOException {
    assertProblemsKeepingTheRecord(SOUND.replace("East of England", "Essex"), "2 D known-region: 'Essex' is not an Ofsted region;"
        + " expected one of East Midlands, East of England, London, North East, Yorkshire and the Humber,"
        + " North West, South East, South West, West Midlands");
  }

  @Test
  void an_unknown_outcome_label_is_reported() throws IOException {
    assertProblems(SOUND.replace("Inconsistent experiences", "Mixed experiences"),
        "2 G outcome-label: 'Mixed experiences and outcomes' is not an outcome; expected one of 'Inconsistent"
            + " experiences and outcomes', 'Typically positive experiences and outcomes', 'Widespread and/or"
            + " systemic failings'");
  }

  @Test
  void the_plan_column_holds_yes_or_no() throws IOException {
    assertProblemsKeepingTheRecord(SOUND.replace("\"No\"", "\"N\""),
        "2 H yes-no-cell: 'Priority.action.plan.required.' should be Yes or No; found 'N'");
  }

  @Test
  void the_count_is_a_whole_number_or_na() throws IOException {
    assertProblemsKeepingTheRecord(SOUND.replace("\"No\",NA", "\"Yes\",two").replace("Inconsistent experiences and outcomes",
        "Widespread and/or systemic failings"),
        "2 I count-cell: 'Number.of.areas.for.priority.action' should be a whole number or NA; found 'two'");
  }

  @Test
  void a_plan_without_a_count_and_a_count_without_a_plan_are_reported() throws IOException {
    assertProblemsKeepingTheRecord(SOUND.replace("\"No\",NA", "\"Yes\",NA").replace("Inconsistent experiences and outcomes",
        "Widespread and/or systemic failings"), "2 I count-with-plan: a priority action plan is required but the"
        + " number of areas for priority action is NA");
    assertProblemsKeepingTheRecord(SOUND.replace("\"No\",NA", "\"No\",3"),
        "2 I count-with-plan: no priority action plan is required but 3 areas for priority action are counted");
  }

  @Test
  void a_plan_the_outcome_does_not_require_is_reported_and_the_record_follows_the_outcome() throws IOException {
    ManagementInformationImport data = read(SOUND.replace("\"No\",NA", "\"Yes\",2"));
    assertEquals(List.of("2 H outcome-matches-requirements: outcome 2 does not require a priority action plan; the"
        + " row says one is required; the record follows the outcome and leaves the number of areas for priority"
        + " action unrecorded"), show(data.problems()));
    AreaSendInspection inspection = (AreaSendInspection) data.records().get(0).getInspections().get(0);
    assertEquals(false, inspection.isPriorityActionPlanRequired());
    assertEquals(Optional.empty(), inspection.getAreasForPriorityActionCount());
  }

  @Test
  void a_publication_date_that_is_not_a_date_is_unrecorded_and_the_row_kept() throws IOException {
    ManagementInformationImport data = read(SOUND.replace("09/06/2023", "soon"));
    assertEquals(List.of("2 F date-cell: 'Inspection.publication.date' should be a date such as 31/05/2023; found"
        + " 'soon'"), show(data.problems()));
    assertEquals(Optional.empty(), data.records().get(0).getInspections().get(0).getPublishedOn());
  }

  @Test
  void dates_are_day_month_four_digit_year_and_the_start_is_required() throws IOException {
    assertProblems(SOUND.replace("06/03/2023", "2023-03-06"),
        "2 E date-cell: 'Inspection.start.date' should be a date such as 27/03/2023; found '2023-03-06'");
    assertProblems(SOUND.replace("\"06/03/2023\"", "\"\""), "2 E value-present: 'Inspection.start.date' is empty");
  }

  @Test
  void publication_before_the_inspection_began_breaks_the_models_rule() throws IOException {
    assertEquals(List.of("2 F published-after-on-site"), problems(SOUND.replace("09/06/2023", "01/03/2023")).stream()
        .map(p -> p.substring(0, p.indexOf(':'))).collect(Collectors.toList()));
  }

  @Test
  void a_second_row_of_an_area_is_reported() throws IOException {
    ManagementInformationImport data = read(SOUND, SOUND.replace("\"1\"", "\"2\""));
    assertEquals(1, data.records().size());
    assertEquals(List.of("3 C one-row-per-area: area E06000033 already has row 2"), show(data.problems()));
    assertEquals(2, data.notes().size(), "each row's area found by name");
  }

  @Test
  void a_file_without_a_needed_column_is_refused_naming_it() throws IOException {
    Path file = write(HEADER.replace("\"Inspection.outcome\"", "\"Outcome\""), SOUND);
    TableFormatException error = assertThrows(TableFormatException.class, () -> ManagementInformation.read(file));
    assertTrue(error.getMessage().startsWith("mi.csv, row 1: no column headed 'Inspection.outcome'; found"),
        error.getMessage());
  }

  private void assertProblems(String row, String... expected) throws IOException {
    assertEquals(List.of(expected), problems(row));
  }

  /** The row's problems are reported and its record still written, the field with the problem unrecorded. */
  private void assertProblemsKeepingTheRecord(String row, String... expected) throws IOException {
    ManagementInformationImport data = read(row);
    assertEquals(List.of(expected), show(data.problems()));
    assertEquals(1, data.records().size(), "a problem in one field never loses the row");
  }

  private List<String> problems(String row) throws IOException {
    ManagementInformationImport data = read(row);
    assertEquals(List.of(), data.records(), "a row with a problem gives no record");
    return show(data.problems());
  }

  private static List<String> show(List<ImportProblem> problems) {
    return problems.stream().map(p -> p.row() + " " + p.column() + " " + p.rule() + ": " + p.message())
        .collect(Collectors.toList());
  }

  private ManagementInformationImport read(String... rows) throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(HEADER);
    lines.addAll(List.of(rows));
    return ManagementInformation.read(write(lines.toArray(new String[0])));
  }

  private Path write(String... lines) throws IOException {
    Path file = directory.resolve("mi.csv");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }
}
