package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;

/**
 * What the compiler cannot check about the frameworks: that each version has one framework, that its
 * rules are its own, and that the derivation finds every inspection's framework from its type.
 */
class FrameworksTest {

  @Test
  void every_version_has_one_framework_whose_rules_all_name_that_version() {
    for (FrameworkVersion version : FrameworkVersion.values()) {
      Framework framework = Frameworks.of(version);
      assertEquals(version, framework.version());
      assertSame(framework, Frameworks.of(version));
      assertTrue(!framework.rules().isEmpty(), version + " has no rules");
      framework.rules().forEach(rule -> assertEquals(version, rule.framework(), rule.id()));
    }
    assertEquals(List.of(FrameworkVersion.values()),
        Frameworks.all().stream().map(Framework::version).collect(Collectors.toList()));
  }

  @Test
  void the_standard_registry_holds_the_frameworks_rules_in_order_and_nothing_else() {
    assertEquals(Frameworks.all().stream().flatMap(f -> f.rules().stream()).collect(Collectors.toList()),
        RuleRegistry.standard().rules());
    for (FrameworkVersion version : FrameworkVersion.values()) {
      assertEquals(Frameworks.of(version).rules(), RuleRegistry.standard().rulesFor(version));
    }
  }

  @Test
  void an_inspections_framework_found_from_its_type_is_the_one_it_states() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withAreaSendInspections(50)).tries(100).check(record -> {
      for (Inspection inspection : record.getInspections()) {
        assertEquals(inspection.framework(), Frameworks.of(inspection).version(), inspection.getId());
      }
    });
  }

  @Test
  void a_framework_refuses_an_inspection_of_another_framework_with_the_path_and_both_frameworks() {
    AreaRecord suffolk = ExampleRecords.suffolk();
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    for (int i = 0; i < suffolk.getInspections().size(); i++) {
      RuleContext context = RuleContext.of(suffolk, i, asOf, RuleSettings.defaults());
      FrameworkVersion own = suffolk.getInspections().get(i).framework();
      for (Framework other : Frameworks.all()) {
        if (other.version() == own) {
          continue;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.journey(context));
        assertTrue(e.getMessage().startsWith("inspections[" + i + "] is a " + own.wireName() + " inspection, not a"),
            e.getMessage());
        assertTrue(e.getMessage().contains(other.version().wireName()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> other.summary(context));
      }
    }
  }
}
