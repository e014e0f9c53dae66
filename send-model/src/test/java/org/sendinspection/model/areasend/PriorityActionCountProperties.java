package org.sendinspection.model.areasend;

import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.inspection.AreaSendInspection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.model.validation.RecordValidator;

/**
 * Areas for priority action held as a count, as Ofsted's management information gives them, or not at
 * all, as a scraped overview gives them: over generated 2023 inspections of every outcome.
 */
class PriorityActionCountProperties {
  private static final AreaRecordGenerator BOTH = AreaRecordGenerator.any().withAreaSendInspections(100);
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  @Test
  void areas_held_as_their_count_keep_their_number_and_round_trip() {
    PropertyCheck.forAll(BOTH).tries(200).check(record -> {
      AreaSendInspection detailed = latest(record);
      Optional<Integer> number = detailed.numberOfAreasForPriorityAction();
      assertEquals(Optional.of(detailed.getAreasForPriorityAction().size()), number);
      AreaSendInspection counted = ImmutableAreaSendInspection.copyOf(detailed)
          .withAreasForPriorityAction(List.of())
          .withAreasForPriorityActionCount(number.get());
      assertEquals(number, counted.numberOfAreasForPriorityAction());
      assertEquals(!detailed.getOutcome().requiresPriorityActionPlan(), counted.getAreasForPriorityActionCount()
          .equals(Optional.of(0)));
      AreaRecord changed = withLatest(record, counted);
      assertEquals(List.of(), RecordValidator.validate(changed));
      assertEquals(changed, CODEC.read(CODEC.write(changed)));
    });
  }

  @Test
  void outcome_3_with_neither_form_has_an_unknown_number_not_zero() {
    PropertyCheck.forAll(BOTH).tries(200).check(record -> {
      AreaSendInspection detailed = latest(record);
      AreaSendInspection bare = ImmutableAreaSendInspection.copyOf(detailed)
          .withAreasForPriorityAction(List.of());
      boolean outcome3 = detailed.getOutcome().requiresPriorityActionPlan();
      assertEquals(outcome3 ? Optional.empty() : Optional.of(0), bare.numberOfAreasForPriorityAction());
    });
  }

  @Test
  void a_count_beside_the_detailed_areas_is_refused_with_its_rule() {
    PropertyCheck.forAll(BOTH).tries(100).check(record -> {
      AreaSendInspection inspection = latest(record);
      if (inspection.getAreasForPriorityAction().isEmpty()) {
        return;
      }
      InvariantViolationException error = assertThrows(InvariantViolationException.class,
          () -> ImmutableAreaSendInspection.copyOf(inspection).withAreasForPriorityActionCount(1));
      assertTrue(error.violations().stream().anyMatch(v -> v.path().equals("areasForPriorityActionCount")
          && v.rule().equals("priority-actions-detailed-or-counted")), error.getMessage());
    });
  }

  @Test
  void a_count_that_contradicts_the_outcome_is_refused_with_its_rule() {
    PropertyCheck.forAll(BOTH).tries(100).check(record -> {
      AreaSendInspection inspection = ImmutableAreaSendInspection.copyOf(latest(record))
          .withAreasForPriorityAction(List.of());
      int wrong = inspection.getOutcome().requiresPriorityActionPlan() ? 0 : 2;
      InvariantViolationException error = assertThrows(InvariantViolationException.class,
          () -> ImmutableAreaSendInspection.copyOf(inspection).withAreasForPriorityActionCount(wrong));
      assertTrue(error.violations().stream().anyMatch(v -> v.path().equals("areasForPriorityActionCount")
          && v.rule().equals("outcome-matches-requirements")), error.getMessage());
    });
  }

  private static AreaSendInspection latest(AreaRecord record) {
    return (AreaSendInspection) record.getInspections().get(record.getInspections().size() - 1);
  }

  private static AreaRecord withLatest(AreaRecord record, AreaSendInspection replacement) {
    List<Inspection> inspections = new java.util.ArrayList<>(record.getInspections());
    inspections.set(inspections.size() - 1, replacement);
    return ImmutableAreaRecord.copyOf(record).withInspections(inspections);
  }
}
