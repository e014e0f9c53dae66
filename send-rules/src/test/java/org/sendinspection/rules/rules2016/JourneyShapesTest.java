package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sendinspection.rules.conclusion.DateRole;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.generate.Shape;
import java.util.Optional;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.journey.JourneyState;

/**
 * The journeys the seeds do not show, over generated records of each shape, seen from 1 June 2023, after
 * the 2016 revisit programme ended: a statement never submitted, one judged not fit for purpose, and
 * one accepted but never revisited.
 */
class JourneyShapesTest {
  private static final LocalDate AFTER_THE_PROGRAMME = LocalDate.of(2023, 6, 1);
  private static final int TRIES = 100;
  /** A record that lists every submission and revisit up to mid-2023, as one made from later sources does. */
  private static final Coverage KNOWN_UNTIL = Coverage.recordedUntil(DatedFact.of(LocalDate.of(2023, 5, 31)));

  @Test
  void a_statement_never_submitted_is_overdue_and_the_area_moves_to_the_2023_framework() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withShapes(Shape.STATEMENT_REQUIRED)).tries(TRIES).check(generated -> {
      AreaRecord record = recordedUntil(generated, KNOWN_UNTIL);
      Derivation derivation = Derivation.of(record, AFTER_THE_PROGRAMME);
      assertEquals(1, derivation.conclusions(ConclusionKind.WSOA_OVERDUE).size());
      assertEquals(1, derivation.conclusions(ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END).size());
      assertEquals(List.of(JourneyState.INSPECTED, JourneyState.AWAITING_WSOA, JourneyState.WSOA_OVERDUE,
          JourneyState.NOT_REVISITED_MOVES_TO_2023_FRAMEWORK), states(derivation));
      assertEquals(LocalDate.of(2023, 1, 1), derivation.journeys().get(0).steps().get(3).getDate());
    });
  }

  @Test
  void a_statement_with_no_submission_recorded_is_never_called_overdue() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withShapes(Shape.STATEMENT_REQUIRED)).tries(TRIES).check(generated -> {
      AreaRecord record = recordedUntil(generated, Coverage.notRecorded());
      Derivation derivation = Derivation.of(record, AFTER_THE_PROGRAMME);
      assertTrue(derivation.conclusions(ConclusionKind.WSOA_OVERDUE).isEmpty());
      assertTrue(derivation.conclusions(ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END).isEmpty());
      Conclusion unknown = derivation.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
          .filter(c -> c.getRuleId().equals(StatementDueRule.ID)).findFirst().orElseThrow();
      assertTrue(unknown.getReason().contains("The record lists no submission and does not record whether the"
          + " statement was submitted"), unknown.getReason());
      assertEquals(List.of("inspections[0].writtenStatement.submissions"), unknown.getMissingFacts());
      assertEquals(List.of(JourneyState.INSPECTED, JourneyState.AWAITING_WSOA), states(derivation));
    });
  }

  @Test
  void a_statement_judged_not_fit_for_purpose_must_be_resubmitted_and_the_reason_says_that_is_unverified() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withShapes(Shape.STATEMENT_NOT_FIT)).tries(TRIES).check(record -> {
      Derivation derivation = Derivation.of(record, AFTER_THE_PROGRAMME);
      Conclusion resubmit = derivation.conclusions(ConclusionKind.WSOA_TO_BE_RESUBMITTED).get(0);
      assertTrue(resubmit.getReason().contains("treating it as a resubmission is unverified"), resubmit.getReason());
      assertEquals("unverified-resubmission", resubmit.getCitations().get(1).getId());
      assertTrue(states(derivation).contains(JourneyState.WSOA_TO_BE_RESUBMITTED), states(derivation).toString());
      assertTrue(derivation.conclusions(ConclusionKind.REVISIT_DUE).isEmpty());
    });
  }

  @Test
  void a_statement_not_fit_then_fit_starts_the_revisit_clock_from_the_accepting_evaluation() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withShapes(Shape.NOT_FIT_THEN_FIT)).tries(TRIES).check(record -> {
      Derivation derivation = Derivation.of(record, AFTER_THE_PROGRAMME);
      LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
      LocalDate accepted = inspection.getWrittenStatement().orElseThrow().acceptance().orElseThrow()
          .getEvaluatedOn().earliest();
      beforeClosing(record, derivation);
      // Once the area's next full inspection (under 2023) has begun, no revisit is due.
      if (derivation.journeys().get(0).current() != JourneyState.CLOSED_BY_LATER_INSPECTION) {
        assertEquals(accepted.plusMonths(18),
            derivation.conclusions(ConclusionKind.REVISIT_DUE).get(0).date(DateRole.USUALLY_DUE_BY).orElseThrow());
      } else {
        assertTrue(derivation.conclusions(ConclusionKind.REVISIT_DUE).isEmpty(), derivation.report());
      }
      assertTrue(derivation.conclusions(ConclusionKind.WSOA_TO_BE_RESUBMITTED).get(0).getReason()
          .contains("It was submitted again on "));
    });
  }

  @Test
  void a_statement_accepted_but_never_revisited_ends_with_the_programme() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withShapes(Shape.AWAITING_REVISIT)).tries(TRIES).check(generated -> {
      AreaRecord record = recordedUntil(generated, KNOWN_UNTIL);
      Derivation derivation = Derivation.of(record, AFTER_THE_PROGRAMME);
      Conclusion moved = derivation.conclusions(ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END).get(0);
      assertEquals(LocalDate.of(2022, 12, 31), moved.date(DateRole.PROGRAMME_ENDED).orElseThrow());
      assertTrue(moved.getReason().contains("is next inspected under the 2023 area SEND framework. The 2016 revisit is"
          + " no longer due, and nothing in the record ends the quarterly support and challenge visits"),
          moved.getReason());
      assertEquals(JourneyState.NOT_REVISITED_MOVES_TO_2023_FRAMEWORK, derivation.journeys().get(0).current());
      assertEquals(1, derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_IN_FORCE).size(),
          "nothing recorded ended the visits");
    });
  }

  @Test
  void no_significant_weakness_means_no_statement_and_no_monitoring() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withoutGaps().withShapes(Shape.NO_WEAKNESSES)).tries(TRIES)
        .check(record -> {
      Derivation derivation = Derivation.of(record, AFTER_THE_PROGRAMME);
      // A 2023 inspection that followed has conclusions of its own; the 2016 one has these two only.
      String inspection2016 = record.getInspections().get(0).getId();
      assertEquals(List.of(ConclusionKind.WSOA_NOT_REQUIRED, ConclusionKind.JOURNEY_STATE),
          derivation.conclusions().stream().filter(c -> c.getInspectionId().equals(inspection2016))
              .map(Conclusion::getKind).collect(Collectors.toList()), derivation.report());
      assertEquals(JourneyState.NO_WSOA_REQUIRED, beforeClosing(record, derivation));
    });
  }

  @Test
  void weaknesses_not_recorded_leave_the_requirement_not_determinable_never_not_required() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withShapes(Shape.NO_WEAKNESSES)).tries(TRIES).check(generated -> {
      LocalAreaSendInspection first = (LocalAreaSendInspection) generated.getInspections().get(0);
      AreaRecord record = ImmutableAreaRecord.copyOf(generated).withInspections(LocalAreaSendInspection.builder()
          .from(first).significantWeaknesses(List.of()).significantWeaknessCount(Optional.empty())
          .weaknessesKnown(WeaknessesKnown.NOT_RECORDED).build());
      Derivation derivation = Derivation.of(record, AFTER_THE_PROGRAMME);
      assertTrue(derivation.conclusions(ConclusionKind.WSOA_NOT_REQUIRED).isEmpty());
      Conclusion unknown = derivation.conclusions(ConclusionKind.NOT_DETERMINABLE).get(0);
      assertEquals(StatementRequiredRule.ID, unknown.getRuleId());
      assertEquals(List.of("inspections[0].weaknessesKnown"), unknown.getMissingFacts());
    });
  }

  /** The generated record with its statement's submissions and its revisit known to that coverage. */
  private static AreaRecord recordedUntil(AreaRecord record, Coverage coverage) {
    LocalAreaSendInspection first = (LocalAreaSendInspection) record.getInspections().get(0);
    return ImmutableAreaRecord.copyOf(record).withInspections(LocalAreaSendInspection.builder().from(first)
        .writtenStatement(first.getWrittenStatement().map(w -> WrittenStatementOfAction.builder().from(w)
            .submissionCoverage(coverage).build()))
        .revisitCoverage(coverage)
        .build());
  }

  /**
   * The 2016 journey's state before a later inspection closed it, or its current state where none did;
   * only a record with a later inspection, begun by the day, has its 2016 journey closed.
   */
  private static JourneyState beforeClosing(AreaRecord record, Derivation derivation) {
    List<JourneyState> states = states(derivation);
    if (states.get(states.size() - 1) != JourneyState.CLOSED_BY_LATER_INSPECTION) {
      return states.get(states.size() - 1);
    }
    assertTrue(record.getInspections().size() > 1
        && !record.getInspections().get(1).begunBy().earliest().isAfter(AFTER_THE_PROGRAMME), derivation.report());
    return states.get(states.size() - 2);
  }

  private static List<JourneyState> states(Derivation derivation) {
    return derivation.journeys().get(0).steps().stream().map(s -> s.getState()).collect(Collectors.toList());
  }

}
