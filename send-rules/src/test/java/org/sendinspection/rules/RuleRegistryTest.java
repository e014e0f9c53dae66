package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.model.examples.ExampleRecords;

class RuleRegistryTest {

  @Test
  void the_standard_registry_lists_the_2016_then_the_2023_rules_in_journey_order_each_with_sources() {
    RuleRegistry registry = RuleRegistry.standard();
    assertEquals(List.of("2016.wsoa-required", "2016.wsoa-due", "2016.wsoa-evaluation", "2016.revisit-due",
            "2016.quarterly-visits", "2016.next-steps", "2016.superseded", "2016.journey-state"),
        registry.rulesFor(FrameworkVersion.LOCAL_AREA_SEND_2016).stream().map(Rule::id).collect(Collectors.toList()));
    assertEquals(List.of("2023.framework-handover", "2023.previous-inspection", "2023.outcome", "2023.strategic-plan",
            "2023.priority-action-plan", "2023.monitoring-inspection", "2023.next-full-inspection",
            "2023.journey-state"),
        registry.rulesFor(FrameworkVersion.AREA_SEND_2023).stream().map(Rule::id).collect(Collectors.toList()));
    assertEquals(16, registry.rules().size());
    for (Rule rule : registry.rules()) {
      assertFalse(rule.sources().isEmpty(), rule.id());
      assertEquals(rule, registry.rule(rule.id()).orElseThrow());
    }
  }

  @Test
  void rule_ids_names_every_standard_rule_once_and_nothing_else() throws IllegalAccessException {
    java.util.Set<String> constants = new java.util.TreeSet<>();
    for (java.lang.reflect.Field field : RuleIds.class.getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        assertTrue(constants.add((String) field.get(null)), "two constants hold " + field.get(null));
      }
    }
    assertEquals(RuleRegistry.standard().rules().stream().map(Rule::id).collect(Collectors.toCollection(
        java.util.TreeSet::new)), constants);
  }

  @Test
  void describe_lists_every_rule_with_its_title_and_every_source() {
    String text = RuleRegistry.standard().describe();
    for (Rule rule : RuleRegistry.standard().rules()) {
      assertTrue(text.contains(rule.id() + ": " + rule.title() + "\n"), rule.id());
      for (RuleSource source : rule.sources()) {
        assertTrue(text.contains("  - " + source.describe() + "\n"), source.getId());
      }
    }
  }

  @Test
  void of_refuses_two_rules_with_one_identifier() {
    Rule rule = RuleRegistry.standard().rules().get(0);
    assertEquals("two rules share the identifier '2016.wsoa-required'",
        assertThrows(IllegalArgumentException.class, () -> RuleRegistry.of(List.of(rule, rule))).getMessage());
  }

  @Test
  void a_registry_of_fewer_rules_derives_only_their_conclusions() {
    RuleRegistry one = RuleRegistry.of(List.of(RuleRegistry.standard().rule("2016.quarterly-visits").orElseThrow()));
    Derivation derivation = Derivation.of(ExampleRecords.essex(), LocalDate.of(2026, 11, 25), RuleSettings.defaults(), one);
    assertEquals(List.of("2016.quarterly-visits"),
        derivation.conclusions().stream().map(c -> c.getRuleId()).distinct().collect(Collectors.toList()));
  }

  @Test
  void derivation_names_the_missing_argument() {
    LocalDate day = LocalDate.of(2026, 11, 25);
    assertEquals("record", assertThrows(NullPointerException.class, () -> Derivation.of(null, day)).getMessage());
    assertEquals("asOf", assertThrows(NullPointerException.class,
        () -> Derivation.of(ExampleRecords.essex(), null)).getMessage());
    assertEquals("settings", assertThrows(NullPointerException.class,
        () -> Derivation.of(ExampleRecords.essex(), day, null)).getMessage());
  }

  @Test
  void before_the_inspection_there_are_no_conclusions_and_the_journey_has_not_begun() {
    Derivation before = Derivation.of(ExampleRecords.essex(), LocalDate.of(2019, 9, 29));
    assertEquals(List.of(), before.conclusions());
    assertEquals(List.of(), before.summaries());
    assertTrue(before.journeys().get(0).steps().isEmpty());
    assertTrue(before.report().contains("No conclusions: the inspection had not begun by that date."));
    assertEquals("Derivation[Essex as of 2019-09-29, 0 conclusions]", before.toString());
  }
}
