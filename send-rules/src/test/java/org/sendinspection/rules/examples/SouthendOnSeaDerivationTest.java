package org.sendinspection.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sendinspection.rules.conclusion.DateRole;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.examples.EssexDerivationTest.only;
import static org.sendinspection.rules.examples.EssexDerivationTest.paths;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStep;

/**
 * Southend-on-Sea's 2016-framework journey, from the model's example record (seed 002, the official
 * statistics and the 2023 report): four significant weaknesses; a statement known only by its
 * evaluation, fit for purpose on 14 May 2019; three weaknesses with sufficient progress at the 2021
 * revisit, so the next steps fall to DfE and NHS England and Ofsted and CQC will not revisit again
 * unless the Secretary of State directs.
 */
class SouthendOnSeaDerivationTest {
  private static final AreaRecord SOUTHEND = ExampleRecords.southendOnSea();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final Derivation NOW = Derivation.of(SOUTHEND, TODAY);
  /** Before the 2023 inspection began on 6 March 2023, while the 2016 obligations were in force. */
  private static final Derivation BEFORE_2023 = Derivation.of(SOUTHEND, LocalDate.of(2022, 12, 31));

  @Test
  void a_statement_is_required_from_the_letter_of_5_december_2018_from_the_council_and_the_ccg() {
    Conclusion required = only(NOW, ConclusionKind.WSOA_REQUIRED);
    assertEquals(Optional.of(LocalDate.of(2018, 12, 5)), required.date(DateRole.REQUIRED_FROM));
    assertEquals(List.of("area.partners[0]", "area.partners[2]"), paths(required, "area.partners"));
    assertTrue(required.getReason().contains("Southend-on-Sea Borough Council and Southend Clinical Commissioning"
        + " Group are jointly responsible for it"), required.getReason());
    assertTrue(required.getReason().contains("(the letter names Southend-on-Sea Borough Council and Southend Clinical"
        + " Commissioning Group)"), required.getReason());
  }

  @Test
  void the_statement_was_due_by_18_march_2019_counted_from_the_letter() {
    Conclusion due = only(NOW, ConclusionKind.WSOA_DUE);
    assertEquals(Optional.of(LocalDate.of(2019, 3, 18)), due.date(DateRole.DUE_BY));
    assertTrue(due.getReason().endsWith("The letters do not say when the report was received, so this takes the"
        + " letter's date; a record's reportReceivedOn overrides it."), due.getReason());
  }

  @Test
  void the_submission_date_is_unknown_so_whether_it_was_in_time_is_not_determinable_and_not_called_late() {
    List<Conclusion> unknowns = NOW.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
        .filter(c -> c.getRuleId().equals("2016.wsoa-due")).collect(Collectors.toList());
    assertEquals(1, unknowns.size(), NOW.report());
    Conclusion unknown = unknowns.get(0);
    assertTrue(unknown.getReason().startsWith("No source says when the statement was first submitted; it was evaluated"
        + " on 14 May 2019, so it had been submitted by 14 May 2019 at the latest, and it was due by 18 March 2019,"
        + " so whether it was made in time cannot be settled"), unknown.getReason());
    assertEquals(List.of("inspections[0].writtenStatement.submissions[0].submittedOn"), unknown.getMissingFacts());
    for (ConclusionKind absent : List.of(ConclusionKind.WSOA_OVERDUE, ConclusionKind.WSOA_SUBMITTED_LATE,
        ConclusionKind.WSOA_SUBMITTED_IN_TIME)) {
      assertTrue(NOW.conclusions(absent).isEmpty(), absent.name());
    }
  }

  @Test
  void the_statement_was_fit_for_purpose_on_14_may_2019_with_no_source_dating_its_submission() {
    Conclusion fit = only(NOW, ConclusionKind.WSOA_FIT_FOR_PURPOSE);
    assertEquals(Optional.of(LocalDate.of(2019, 5, 14)), fit.date(DateRole.FIT_FOR_PURPOSE_ON));
    assertTrue(fit.getReason().startsWith("Ofsted and CQC judged the statement (no source dates its submission) fit"
        + " for purpose on 14 May 2019"), fit.getReason());
  }

  @Test
  void the_revisit_was_usually_due_by_14_november_2020_and_began_after_it_on_5_may_2021() {
    Conclusion due = only(NOW, ConclusionKind.REVISIT_DUE);
    assertEquals(Optional.of(LocalDate.of(2020, 11, 14)), due.date(DateRole.USUALLY_DUE_BY));
    assertTrue(due.getReason().contains("The revisit began on 5 May 2021, after that date."), due.getReason());
    assertTrue(due.getReason().contains("suspension of inspections and revisits for COVID-19"), due.getReason());
    // The usual date fell while revisits were suspended for COVID-19: never "overdue" then, and no source
    // says when such a revisit was due instead.
    Derivation suspended = Derivation.of(SOUTHEND, LocalDate.of(2021, 1, 15));
    assertTrue(suspended.conclusions(ConclusionKind.REVISIT_OVERDUE).isEmpty(), suspended.report());
    Conclusion unknown = suspended.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
        .filter(c -> c.getRuleId().equals("2016.revisit-due")).findFirst().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2020, 11, 14)), unknown.date(DateRole.USUALLY_DUE_BY));
    assertTrue(unknown.getReason().contains("revisits were suspended for COVID-19 from 17 March 2020"),
        unknown.getReason());
    assertEquals(JourneyState.AWAITING_REVISIT, suspended.currentState());
  }

  @Test
  void three_of_four_sufficient_so_the_visits_do_not_cease_and_next_steps_are_with_dfe_and_nhse() {
    assertTrue(BEFORE_2023.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
    assertEquals(Optional.of(LocalDate.of(2018, 12, 5)),
        only(BEFORE_2023, ConclusionKind.QUARTERLY_VISITS_IN_FORCE).date(DateRole.IN_FORCE_FROM));
    Conclusion continuing = only(BEFORE_2023, ConclusionKind.QUARTERLY_VISITS_CONTINUE);
    assertTrue(continuing.getReason().startsWith("The revisit found sufficient progress on 3 of 4 significant"
        + " weaknesses, so the quarterly visits do not cease"), continuing.getReason());
    Conclusion nextSteps = only(NOW, ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE);
    assertEquals(Optional.of(LocalDate.of(2021, 6, 14)), nextSteps.date(DateRole.REVISIT_OUTCOME_ON));
    assertEquals("As the revisit did not find sufficient progress on every significant weakness, it is for DfE and"
        + " NHS England to determine the next steps, which may include the Secretary of State using powers of"
        + " intervention.", nextSteps.getReason());
    assertEquals(List.of("seed-002", "dfe-next-steps-quoted"),
        nextSteps.getCitations().stream().map(c -> c.getId()).collect(Collectors.toList()));
  }

  @Test
  void no_further_revisit_unless_directed_and_a_progress_review_within_six_months_of_the_letter() {
    assertEquals("Ofsted and CQC will not carry out any further revisit unless directed to do so by the Secretary"
        + " of State.", only(BEFORE_2023, ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED).getReason());
    Conclusion review = only(BEFORE_2023, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE);
    assertEquals(Optional.of(LocalDate.of(2021, 12, 14)), review.date(DateRole.REVIEW_WITHIN));
    assertEquals("pq-2021-05-27-accelerated-progress-plan", review.getCitations().get(0).getId());
  }

  @Test
  void from_the_2023_inspection_the_2016_obligations_are_superseded_and_not_stated_as_in_force() {
    for (ConclusionKind ended : List.of(ConclusionKind.QUARTERLY_VISITS_IN_FORCE, ConclusionKind.QUARTERLY_VISITS_CONTINUE,
        ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE)) {
      assertTrue(NOW.conclusions(ended).isEmpty(), ended.name());
    }
    Conclusion superseded = only(NOW, ConclusionKind.OBLIGATIONS_SUPERSEDED);
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), superseded.date(DateRole.SUPERSEDED_ON));
    assertTrue(superseded.getReason().startsWith("The area's next full inspection began on 6 March 2023"),
        superseded.getReason());
    assertTrue(BEFORE_2023.conclusions(ConclusionKind.OBLIGATIONS_SUPERSEDED).isEmpty());
  }

  @Test
  void the_weakness_that_remains_is_named_by_its_identifier_and_statement() {
    Conclusion remaining = only(NOW, ConclusionKind.WEAKNESSES_REMAINING);
    assertEquals(List.of("inspections[0].revisit.outcomes[0]"), paths(remaining, "inspections"));
    assertTrue(remaining.getReason().startsWith("1 of 4 significant weaknesses remains without sufficient progress:"
        + " 'leadership-and-joint-commissioning' (The emerging leadership of the Southend CCG"), remaining.getReason());
  }

  @Test
  void known_only_as_counts_the_remaining_weakness_is_counted_and_the_rule_says_which_is_not_known() {
    LocalAreaSendInspection detailed = (LocalAreaSendInspection) SOUTHEND.getInspections().get(0);
    LocalAreaSendInspection counted = LocalAreaSendInspection.builder().from(detailed)
        .significantWeaknesses(List.of())
        .weaknessesKnown(WeaknessesKnown.COUNTED)
        .significantWeaknessCount(4)
        .revisit(Revisit.builder().from(detailed.getRevisit().orElseThrow())
            .outcomes(List.of())
            .outcomeCounts(ProgressCounts.of(3, 1))
            .build())
        .build();
    Derivation derivation = Derivation.of(AreaRecord.builder().from(SOUTHEND)
        .inspections(List.of(counted, SOUTHEND.getInspections().get(1))).build(), TODAY);
    Conclusion remaining = only(derivation, ConclusionKind.WEAKNESSES_REMAINING);
    assertEquals("1 of 4 significant weaknesses remain without sufficient progress; the record gives the revisit's"
        + " outcome only as counts, so which ones is not known.", remaining.getReason());
    assertEquals(List.of("inspections[0].revisit.outcomeCounts"), paths(remaining, "inspections"));
    assertEquals(1, derivation.conclusions(ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE).size());
    assertTrue(derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
  }

  @Test
  void the_2016_journey_ends_with_next_steps_until_the_2023_inspection_closes_it_and_the_summary_says_some() {
    List<JourneyState> states = NOW.journeys().get(0).steps().stream().map(JourneyStep::getState)
        .collect(Collectors.toList());
    assertEquals(List.of(JourneyState.INSPECTED, JourneyState.AWAITING_WSOA, JourneyState.WSOA_UNDER_EVALUATION,
        JourneyState.AWAITING_REVISIT, JourneyState.REVISIT_UNDER_WAY,
        JourneyState.NEXT_STEPS_WITH_DFE_AND_NHSE, JourneyState.CLOSED_BY_LATER_INSPECTION), states);
    assertEquals(LocalDate.of(2023, 3, 6), NOW.journeys().get(0).steps().get(6).getDate(),
        "closed when the 2023 inspection began");
    assertEquals(Optional.of(RevisitSummary.SOME), NOW.summaries().get(0).getRevisitOutcome());
    assertEquals(Optional.of(3), NOW.summaries().get(0).getWeaknessesWithSufficientProgress());
    assertEquals(Optional.of(225L), NOW.summaries().get(0).getDaysToStatementAcceptance(),
        "1 October 2018 to 14 May 2019");
    assertEquals(Optional.of(947L), NOW.summaries().get(0).getDaysToRevisit(), "1 October 2018 to 5 May 2021");
  }
}
