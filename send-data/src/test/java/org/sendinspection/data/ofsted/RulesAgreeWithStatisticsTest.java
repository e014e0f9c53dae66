package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * For every revisited area in Ofsted's 2022 file, what the rules derive from the imported counts agrees
 * with the spreadsheet's own revisit outcome column: the quarterly visits cease exactly for "Yes", and
 * for "Some" and "No" the next steps lie with DfE and NHS England with the file's number of weaknesses
 * remaining.
 */
class RulesAgreeWithStatisticsTest {
  /** The day the statistics were published: everything in the file had happened by then. */
  private static final LocalDate PUBLISHED = LocalDate.of(2022, 11, 17);

  private static Map<String, AreaRecord> records;
  private static List<RawStatistics.Row> raw;

  @BeforeEach
  void read() {
    if (records == null) {
      var file = OfficialFile.require();
      records = OfstedStatistics.read(file).records().stream()
          .collect(Collectors.toMap(r -> r.getArea().getCode(), Function.identity()));
      raw = RawStatistics.rows(file);
    }
  }

  @Test
  void the_rules_conclude_from_counts_what_the_outcome_column_says_for_every_revisited_area() {
    List<String> disagreements = new ArrayList<>();
    int revisited = 0;
    for (RawStatistics.Row row : raw) {
      String outcome = row.text(RawStatistics.OUTCOME);
      if (!List.of("Yes", "Some", "No").contains(outcome)) {
        continue;
      }
      revisited++;
      Derivation derivation = Derivation.of(records.get(row.text(RawStatistics.CODE)), PUBLISHED);
      boolean ceased = !derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty();
      boolean nextSteps = !derivation.conclusions(ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE).isEmpty();
      String remaining = derivation.conclusions(ConclusionKind.WEAKNESSES_REMAINING).stream()
          .map(c -> c.getReason()).findFirst().orElse("");
      boolean agrees = outcome.equals("Yes")
          ? ceased && !nextSteps && remaining.isEmpty()
          : !ceased && nextSteps
              && remaining.startsWith(row.count(RawStatistics.NOT_SUFFICIENT) + " of "
                  + row.count(RawStatistics.WEAKNESSES) + " significant weaknesses remain");
      if (!agrees) {
        disagreements.add("row " + row.number + " (" + row.text(RawStatistics.NAME) + ", " + outcome
            + "): ceased=" + ceased + ", next steps=" + nextSteps + ", remaining='" + remaining + "'");
      }
    }
    assertEquals(46, revisited, "revisited areas in the file");
    assertEquals(List.of(), disagreements);
  }

  @Test
  void an_area_with_a_statement_not_yet_revisited_still_has_its_quarterly_visits_in_force() {
    // The file marks these "Not revisited yet" across the revisit columns: a statement, no revisit outcome.
    long notRevisited = raw.stream().filter(r -> r.text(RawStatistics.WSOA).equals("Yes")
            && !List.of("Yes", "Some", "No").contains(r.text(RawStatistics.OUTCOME)))
        .peek(row -> {
          Derivation derivation = Derivation.of(records.get(row.text(RawStatistics.CODE)), PUBLISHED);
          assertTrue(derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty(), row.text(2));
          assertEquals(1, derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_IN_FORCE).size(), row.text(2));
        })
        .count();
    assertEquals(36, notRevisited);
  }
}
