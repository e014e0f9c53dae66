package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.data.ofsted.StatisticsCsv.awaitingRevisit;
import static org.sendinspection.data.ofsted.StatisticsCsv.noStatement;
import static org.sendinspection.data.ofsted.StatisticsCsv.revisited;
import static org.sendinspection.data.ofsted.StatisticsCsv.with;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row that breaks a rule gives no record but a problem naming its row, column and rule; the other
 * rows are read as usual. Synthetic CSV files, one broken row each.
 */
class RowProblemsTest {
  @TempDir
  Path dir;

  /** Reads a file whose row 7 is the given row, between two sound rows, and returns row 7's problems. */
  private List<ImportProblem> problemsOf(String[] row) throws IOException {
    Path csv = new StatisticsCsv().row(noStatement("E99000001")).row(row).row(awaitingRevisit("E99000003"))
        .write(dir.resolve("sheet.csv"));
    OfstedImport result = OfstedStatistics.read(csv);
    assertEquals(3, result.dataRows());
    assertEquals(List.of("E99000001", "E99000003"),
        result.records().stream().map(r -> r.getArea().getCode()).collect(Collectors.toList()),
        "the sound rows still give records; the broken one does not");
    assertTrue(result.problems().stream().allMatch(p -> p.row() == 7), result.problems().toString());
    return result.problems();
  }

  private void assertOnlyProblem(String[] row, String column, String rule) throws IOException {
    List<ImportProblem> problems = problemsOf(row);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(column, problems.get(0).column(), problems.toString());
    assertEquals(rule, problems.get(0).rule(), problems.toString());
  }

  @Test
  void counts_that_do_not_add_up_break_the_models_rule_on_the_revisit_counts() throws IOException {
    String[] row = with(revisited("E99000002"), 'L', "2");
    assertOnlyProblem(row, "L-M", "revisit-counts-add-up");
    assertTrue(problemsOf(row).get(0).message().contains("2 with sufficient progress + 1 without = 3, but "
        + "the inspection found 4"), problemsOf(row).toString());
  }

  @Test
  void a_revisit_before_the_inspection_is_reported_on_the_revisit_start() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'I', "01/09/2018"), "I",
        "revisit-after-wsoa-fit-for-purpose");
  }

  @Test
  void weaknesses_without_a_statement_are_reported_on_the_count() throws IOException {
    assertOnlyProblem(with(noStatement("E99000002"), 'H', "3"), "H", "weaknesses-only-with-wsoa");
  }

  @Test
  void a_statement_without_weaknesses_breaks_the_models_rule() throws IOException {
    String[] row = with(with(with(with(with(revisited("E99000002"), 'H', "0"), 'I', ""), 'K', ""), 'L', ""),
        'M', "");
    row = with(row, 'J', "");
    assertOnlyProblem(row, "G", "wsoa-needs-significant-weakness");
  }

  @Test
  void an_unknown_region_is_reported_with_the_regions_there_are() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'D', "Wessex"), "D", "known-region");
    assertTrue(problemsOf(with(revisited("E99000002"), 'D', "Wessex")).get(0).message()
        .contains("'Wessex' is not an Ofsted region; expected one of East Midlands, East of England"));
  }

  @Test
  void a_bad_date_is_reported_with_what_was_found() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'E', "31/02/2018"), "E", "date-cell");
    assertTrue(problemsOf(with(revisited("E99000002"), 'E', "31/02/2018")).get(0).message()
        .contains("found '31/02/2018'"));
  }

  @Test
  void publication_before_the_inspection_began_is_reported_on_the_publication_date() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'F', "01/09/2018"), "F", "published-after-on-site");
  }

  @Test
  void a_revisit_outcome_that_disagrees_with_the_counts_is_reported_not_corrected() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'K', "Yes"), "K", "revisit-outcome-agrees-with-counts");
    assertTrue(problemsOf(with(revisited("E99000002"), 'K', "Yes")).get(0).message().contains(
        "says 'Yes', but the counts (3 with sufficient progress, 1 without) make it 'Some'"));
  }

  @Test
  void an_outcome_other_than_yes_some_or_no_is_reported() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'K', "Mostly"), "K", "revisit-outcome-label");
  }

  @Test
  void a_wsoa_cell_other_than_yes_or_no_is_reported() throws IOException {
    assertOnlyProblem(with(noStatement("E99000002"), 'G', "Maybe"), "G", "yes-no-cell");
  }

  @Test
  void a_count_that_is_not_a_whole_number_is_reported() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'H', "four"), "H", "count-cell");
  }

  @Test
  void a_malformed_area_code_breaks_the_models_field_constraint() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'B', "X123"), "B", "area-code-format");
  }

  @Test
  void an_empty_area_name_is_reported() throws IOException {
    assertOnlyProblem(with(revisited("E99000002"), 'C', ""), "C", "value-present");
  }

  @Test
  void not_revisited_yet_with_revisit_counts_is_reported() throws IOException {
    assertOnlyProblem(with(awaitingRevisit("E99000002"), 'L', "2"), "L", "revisit-row-complete");
  }

  @Test
  void a_revisit_without_its_counts_is_reported_for_each_missing_cell() throws IOException {
    List<ImportProblem> problems = problemsOf(with(with(revisited("E99000002"), 'L', ""), 'M', ""));
    assertEquals(List.of("L", "M"), problems.stream().map(ImportProblem::column).collect(Collectors.toList()));
    assertTrue(problems.stream().allMatch(p -> p.rule().equals("revisit-row-complete")));
  }

  @Test
  void a_second_row_of_the_same_area_is_reported_and_the_first_kept() throws IOException {
    Path csv = new StatisticsCsv().row(revisited("E99000001")).row(noStatement("E99000001"))
        .write(dir.resolve("sheet.csv"));
    OfstedImport result = OfstedStatistics.read(csv);
    assertEquals(1, result.records().size());
    assertEquals(List.of(new ImportProblem(7, "B", "one-row-per-area", "area E99000001 already has row 6")),
        result.problems());
  }

  @Test
  void a_problem_reads_as_row_column_message_and_rule() {
    assertEquals("row 7, column H: found 'four' [count-cell]",
        new ImportProblem(7, "H", "count-cell", "found 'four'").toString());
    assertEquals("row 7: found nothing [value-present]",
        new ImportProblem(7, "", "value-present", "found nothing").toString());
  }

  @Test
  void a_file_without_the_header_row_is_not_the_statistics() throws IOException {
    Path csv = dir.resolve("other.csv");
    Files.writeString(csv, "Local authority code,Area name\nE99000001,Synthetic\n");
    StatisticsFormatException e = assertThrows(StatisticsFormatException.class, () -> OfstedStatistics.read(csv));
    assertTrue(e.getMessage().contains("lacks the column(s) 'Ofsted region', 'Inspection start date'"),
        e.getMessage());
  }

  @Test
  void a_file_of_another_kind_is_refused_by_its_extension() throws IOException {
    Path xlsx = Files.writeString(dir.resolve("statistics.xlsx"), "");
    StatisticsFormatException e = assertThrows(StatisticsFormatException.class, () -> OfstedStatistics.read(xlsx));
    assertTrue(e.getMessage().contains("expected an OpenDocument spreadsheet (.ods) or a CSV export"));
  }

  @Test
  void a_file_named_ods_that_is_not_a_spreadsheet_is_refused() throws IOException {
    Path ods = Files.writeString(dir.resolve("statistics.ods"), "not a spreadsheet");
    assertThrows(StatisticsFormatException.class, () -> OfstedStatistics.read(ods));
  }
}
