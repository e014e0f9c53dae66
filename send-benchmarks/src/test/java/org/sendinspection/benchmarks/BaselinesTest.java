package org.sendinspection.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.RuleRegistry;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.RuleIds;

/**
 * The hand-written baselines compute what the library computes, so that a ratio against them compares
 * like with like; when the rules or figures change, this says the baselines must follow.
 */
class BaselinesTest {

  @Test
  void the_hand_pass_counts_what_the_national_figures_count() {
    List<AreaRecord> records = AreaRecordGenerator.framework2016().generateMany(Records.SEED, 600);
    for (LocalDate day : List.of(LocalDate.of(2018, 6, 30), LocalDate.of(2019, 12, 31), LocalDate.of(2026, 1, 1))) {
      for (DisputedDatePolicy policy : DisputedDatePolicy.values()) {
        NationalFigures n = NationalFigures.of(records, FigureScope.national().asOf(day).withClaims(policy));
        int[] library = {n.areasInspected(), n.inspectionsPublished(), n.writtenStatementsRequired(),
            n.significantWeaknesses(), n.revisitsCarriedOut(), n.revisitsPublished(), n.revisitsAllSufficient(),
            n.revisitsSomeSufficient(), n.revisitsNoneSufficient(), n.weaknessesSufficientProgress(),
            n.weaknessesNotSufficientProgress(), n.awaitingRevisit()};
        assertArrayEquals(library, HandFigures.of(records, day, policy), day + " " + policy);
      }
    }
  }

  @Test
  void the_hand_loop_concludes_what_the_two_rules_conclude() {
    RuleRegistry two = RuleRegistry.of(List.of(RuleRegistry.standard().rule(RuleIds.STATEMENT_REQUIRED).orElseThrow(),
        RuleRegistry.standard().rule(RuleIds.QUARTERLY_VISITS).orElseThrow()));
    List<AreaRecord> records = new java.util.ArrayList<>(AreaRecordGenerator.framework2016().generateMany(Records.SEED, 300));
    records.add(Records.named("essex"));
    for (AreaRecord record : records) {
      for (LocalDate day : List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2021, 6, 30), LocalDate.of(2026, 6, 30))) {
        List<String> library = Derivation.of(record, day, RuleSettings.defaults(), two).conclusions().stream()
            .filter(c -> HandDerivation.KINDS.contains(c.getKind()))
            .map(c -> c.getKind() + " " + c.getDates().stream().findFirst().map(d -> d.getDate().toString()).orElse("-"))
            .collect(Collectors.toList());
        List<String> hand = HandDerivation.of(record, day, DisputedDatePolicy.MOST_CORROBORATED).stream()
            .map(c -> c.kind() + " " + (c.date() == null ? "-" : c.date().toString()))
            .collect(Collectors.toList());
        assertEquals(library, hand, record.getArea().getCode() + " as of " + day);
      }
    }
  }

  @Test
  void the_conclusions_built_again_are_those_the_derivation_returned() {
    List<AreaRecord> records = new java.util.ArrayList<>(AreaRecordGenerator.framework2016().generateMany(Records.SEED, 100));
    records.add(Records.named("essex"));
    for (AreaRecord record : records) {
      List<org.sendinspection.rules.conclusion.Conclusion> concluded =
          Derivation.of(record, DerivationBenchmark.AS_OF).conclusions();
      assertEquals(concluded, ConclusionsBuiltAgain.of(concluded), record.getArea().getCode());
    }
  }

  @Test
  void the_table_gives_medians_and_ratios_to_the_baseline_of_the_same_parameters() {
    String json = "[" + result("CodecBenchmark.readStrict", "essex", 30, 10, 20, 1000)
        + "," + result("CodecBenchmark.readPlainBinding", "essex", 10, 8, 12, 9) + "]";
    String table = ResultsTable.table(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json));
    assertTrue(table.contains("| CodecBenchmark.readStrict | record=essex | 25.00 us/op | readPlainBinding"
        + " | 9.50 us/op | 2.63x | within 1.5x |"), table);
  }

  private static String result(String name, String record, double... raw) {
    StringBuilder values = new StringBuilder();
    for (double v : raw) {
      values.append(values.length() == 0 ? "" : ",").append(v);
    }
    return "{\"benchmark\":\"org.sendinspection.benchmarks." + name + "\",\"params\":{\"record\":\"" + record
        + "\"},\"primaryMetric\":{\"scoreUnit\":\"us/op\",\"rawData\":[[" + values + "]]}}";
  }
}
