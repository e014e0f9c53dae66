package org.sendinspection.model.areasend;

import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.AreaSendInspection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.model.validation.RecordValidator;

/** Records with inspections under both frameworks, generated over 200 seeds. */
class AreaSendInspectionProperties {
  private static final AreaRecordGenerator BOTH = AreaRecordGenerator.any().withAreaSendInspections(100);
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  @Test
  void records_with_2023_inspections_are_valid_and_round_trip() {
    PropertyCheck.forAll(BOTH).tries(200).check(record -> {
      assertEquals(List.of(), RecordValidator.validate(record));
      assertEquals(record, CODEC.read(CODEC.write(record)));
      assertTrue(record.getInspections().get(record.getInspections().size() - 1).framework() == FrameworkVersion.AREA_SEND_2023);
    });
  }

  @Test
  void every_outcome_is_generated_with_the_requirements_it_carries() {
    List<AreaSendInspection> inspections = BOTH.generateMany(5L, 300).stream()
        .map(AreaSendInspectionProperties::latest).collect(Collectors.toList());
    Set<AreaSendOutcome> outcomes = inspections.stream().map(AreaSendInspection::getOutcome)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AreaSendOutcome.class)));
    assertEquals(EnumSet.allOf(AreaSendOutcome.class), outcomes);
    assertTrue(inspections.stream().anyMatch(i -> !i.getMonitoringInspections().isEmpty()));
    for (AreaSendInspection inspection : inspections) {
      boolean outcome3 = inspection.getOutcome() == AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS;
      assertEquals(outcome3, inspection.isPriorityActionPlanRequired());
      assertEquals(outcome3, !inspection.getAreasForPriorityAction().isEmpty());
      assertEquals(!outcome3, inspection.isStrategicPlanUpdateRequested());
    }
  }

  @Test
  void an_outcome_without_its_requirements_is_refused_with_the_rule_and_path() {
    PropertyCheck.forAll(BOTH).tries(100).check(record -> {
      AreaSendInspection inspection = latest(record);
      InvariantViolationException error = assertThrows(InvariantViolationException.class,
          () -> ImmutableAreaSendInspection.copyOf(inspection)
              .withPriorityActionPlanRequired(!inspection.isPriorityActionPlanRequired()));
      assertTrue(error.violations().stream().anyMatch(v -> v.path().equals("priorityActionPlanRequired")
          && v.rule().equals("outcome-matches-requirements")), error.getMessage());
    });
  }

  @Test
  void outcome_numbers_and_wording_follow_the_reports() {
    assertEquals(AreaSendOutcome.INCONSISTENT, AreaSendOutcome.ofNumber(2));
    assertTrue(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS.wording()
        .startsWith("There are widespread and/or systemic failings"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> AreaSendOutcome.ofNumber(4));
    assertEquals("an area SEND outcome is 1, 2 or 3; found 4", error.getMessage());
  }

  private static AreaSendInspection latest(AreaRecord record) {
    return (AreaSendInspection) record.getInspections().get(record.getInspections().size() - 1);
  }
}
