package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.rules.journey.JourneyState;

/**
 * A derivation as a value (equal when its record, day, settings and everything derived are), where the
 * area stands across both frameworks, and the registry and rules it is made with.
 */
class DerivationTest {
  private static final AreaRecord SUFFOLK = ExampleRecords.suffolk();
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @Test
  void derivations_of_the_same_record_day_and_settings_are_equal() {
    Derivation one = Derivation.of(SUFFOLK, DAY);
    Derivation same = Derivation.of(SUFFOLK, DAY, RuleSettings.defaults());
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertEquals(one, one);
    assertEquals(RuleSettings.defaults(), one.settings());
    RuleSettings latest = RuleSettings.defaults().withDisputedDatePolicy(DisputedDatePolicy.LATEST);
    assertEquals(latest, Derivation.of(SUFFOLK, DAY, latest).settings());
    assertNotEquals(one, Derivation.of(SUFFOLK, DAY.plusDays(1)));
    assertNotEquals(one.hashCode(), Derivation.of(SUFFOLK, DAY.plusDays(1)).hashCode());
    assertNotEquals(one, Derivation.of(ExampleRecords.essex(), DAY));
    assertNotEquals(one, Derivation.of(SUFFOLK, DAY, latest.withAreaSendWindowMonths(4)));
    assertFalse(one.equals(one.toString()));
  }

  @Test
  void derivations_with_other_rules_differ_by_their_conclusions() {
    RuleRegistry outcomeOnly = RuleRegistry.of(List.of(RuleRegistry.standard().rule(RuleIds.OUTCOME).orElseThrow()));
    Derivation fewer = Derivation.of(SUFFOLK, DAY, RuleSettings.defaults(), outcomeOnly);
    assertEquals(List.of(ConclusionKind.AREA_SEND_OUTCOME), fewer.conclusions().stream().map(c -> c.getKind()).toList());
    assertNotEquals(Derivation.of(SUFFOLK, DAY), fewer);
    assertEquals("registry", assertThrows(NullPointerException.class,
        () -> Derivation.of(SUFFOLK, DAY, RuleSettings.defaults(), null)).getMessage());
  }

  @Test
  void the_area_stands_where_the_latest_inspection_begun_by_the_day_leaves_it() {
    Derivation then = Derivation.of(SUFFOLK, DAY);
    assertEquals(JourneyState.PRIORITY_ACTION_PLAN, then.currentState());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 30)), then.currentStep().map(s -> s.getDate()));
    // Before the 2023 inspection the 2016 journey is where the area stands.
    Derivation before = Derivation.of(SUFFOLK, LocalDate.of(2023, 6, 1));
    assertEquals(JourneyState.NEXT_STEPS_WITH_DFE_AND_NHSE, before.currentState());
    assertEquals(1, before.summaries().size());
    Derivation never = Derivation.of(SUFFOLK, LocalDate.of(2016, 1, 1));
    assertEquals(Optional.empty(), never.currentStep());
    assertEquals(JourneyState.NOT_YET_INSPECTED, never.currentState());
  }

  @Test
  void a_record_with_no_inspection_derives_nothing_and_the_report_says_so() {
    AreaRecord none = AreaRecord.builder().from(SUFFOLK).inspections(List.of()).build();
    Derivation derivation = Derivation.of(none, DAY);
    assertEquals(List.of(), derivation.conclusions());
    assertEquals(List.of(), derivation.journeys());
    assertEquals("Suffolk (E10000029), as of 2024-06-01\n\nNo inspection is recorded.\n", derivation.report());
  }

  @Test
  void a_rule_names_itself_by_its_identifier_and_title_and_a_framework_by_its_version() {
    Rule outcome = RuleRegistry.standard().rule(RuleIds.OUTCOME).orElseThrow();
    assertEquals("The outcome of the area SEND inspection", outcome.title());
    assertEquals("2023.outcome: The outcome of the area SEND inspection", outcome.toString());
    assertEquals("Framework[area-send-2023]", Frameworks.of(FrameworkVersion.AREA_SEND_2023).toString());
    assertEquals(Optional.empty(), RuleRegistry.standard().rule("2023.no-such-rule"));
  }

  @Test
  void a_registry_refuses_a_rule_that_names_no_source() {
    Rule outcome = RuleRegistry.standard().rule(RuleIds.OUTCOME).orElseThrow();
    Rule unsourced = new Rule() {
      @Override
      public String id() {
        return "local.unsourced";
      }

      @Override
      public String title() {
        return "A rule of a user's own with no source";
      }

      @Override
      public FrameworkVersion framework() {
        return FrameworkVersion.AREA_SEND_2023;
      }

      @Override
      public List<RuleSource> sources() {
        return List.of();
      }

      @Override
      public List<org.sendinspection.rules.conclusion.Conclusion> derive(RuleContext context) {
        return List.of();
      }
    };
    assertEquals("rule 'local.unsourced' names no source", assertThrows(IllegalArgumentException.class,
        () -> RuleRegistry.of(List.of(outcome, unsourced))).getMessage());
  }

  @Test
  void the_rules_for_a_framework_are_a_copy_the_caller_may_change() {
    RuleRegistry registry = RuleRegistry.standard();
    List<Rule> rules = registry.rulesFor(FrameworkVersion.AREA_SEND_2023);
    rules.clear();
    assertEquals(8, registry.rulesFor(FrameworkVersion.AREA_SEND_2023).size());
    List<Rule> all = new ArrayList<>(registry.rules());
    assertTrue(all.containsAll(registry.rulesFor(FrameworkVersion.LOCAL_AREA_SEND_2016)));
  }
}
