package org.sendinspection.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.examples.EssexDerivationTest.only;
import static org.sendinspection.rules.examples.EssexDerivationTest.paths;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
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
 * Southend-on-Sea (seed 002): four significant weaknesses, three with sufficient progress at the 2021
 * revisit, so the next steps fall to DfE and NHS England and Ofsted and CQC will not revisit again
 * unless the Secretary of State directs.
 */
class SouthendOnSeaDerivationTest {
  private static final AreaRecord SOUTHEND = SeedRecords.southendOnSea();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final Derivation NOW = Derivation.of(SOUTHEND, TODAY);

  @Test
  void a_statement_is_required_from_the_letter_of_5_december_2018_from_the_council_and_the_ccg() {
    Conclusion required = only(NOW, ConclusionKind.WSOA_REQUIRED);
    assertEquals(Optional.of(LocalDate.of(2018, 12, 5)), required.date("required from"));
    assertEquals(List.of("area.partners[0]", "area.partners[1]"), paths(required, "area.partners"));
    assertTrue(required.getReason().contains("Southend-on-Sea Borough Council and Southend Clinical Commissioning"
        + " Group are jointly responsible for it"), required.getReason());
  }

  @Test
  void the_statement_was_due_by_18_march_2019_counted_from_the_letter() {
    Conclusion due = only(NOW, ConclusionKind.WSOA_DUE);
    assertEquals(Optional.of(LocalDate.of(2019, 3, 18)), due.date("due by"));
    assertTrue(due.getReason().endsWith("The letters do not say when the report was received, so this takes the"
        + " letter's date; a record's reportReceivedOn overrides it."), due.getReason());
  }

  @Test
  void without_the_statement_s_submissions_the_rules_say_what_they_cannot_work_out() {
    List<String> reasons = NOW.conclusions(ConclusionKind.NOT_DETERMINABLE).stream().map(Conclusion::getReason)
        .collect(Collectors.toList());
    assertEquals(2, reasons.size(), reasons.toString());
    assertTrue(reasons.get(0).contains("the record gives no submission of the statement but records a revisit"),
        reasons.get(0));
    assertTrue(reasons.get(1).startsWith("A revisit is recorded but not when the written statement of action was"
        + " declared fit for purpose"), reasons.get(1));
    assertTrue(NOW.conclusions(ConclusionKind.WSOA_OVERDUE).isEmpty(), "absent history is not lateness");
  }

  @Test
  void three_of_four_sufficient_so_the_visits_do_not_cease_and_next_steps_are_with_dfe_and_nhse() {
    assertTrue(NOW.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
    assertEquals(Optional.of(LocalDate.of(2018, 12, 5)),
        only(NOW, ConclusionKind.QUARTERLY_VISITS_IN_FORCE).date("in force from"));
    Conclusion continuing = only(NOW, ConclusionKind.QUARTERLY_VISITS_CONTINUE);
    assertTrue(continuing.getReason().startsWith("The revisit found sufficient progress on 3 of 4 significant"
        + " weaknesses, so the quarterly visits do not cease"), continuing.getReason());
    Conclusion nextSteps = only(NOW, ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE);
    assertEquals(Optional.of(LocalDate.of(2021, 6, 14)), nextSteps.date("revisit outcome on"));
    assertEquals("As the revisit did not find sufficient progress on every significant weakness, it is for DfE and"
        + " NHS England to determine the next steps, which may include the Secretary of State using powers of"
        + " intervention.", nextSteps.getReason());
    assertEquals(List.of("seed-002", "dfe-next-steps-quoted"),
        nextSteps.getCitations().stream().map(c -> c.getId()).collect(Collectors.toList()));
  }

  @Test
  void no_further_revisit_unless_directed_and_a_progress_review_within_six_months_of_the_letter() {
    assertEquals("Ofsted and CQC will not carry out any further revisit unless directed to do so by the Secretary"
        + " of State.", only(NOW, ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED).getReason());
    Conclusion review = only(NOW, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE);
    assertEquals(Optional.of(LocalDate.of(2021, 12, 14)), review.date("review within"));
    assertEquals("pq-2021-05-27-accelerated-progress-plan", review.getCitations().get(0).getId());
  }

  @Test
  void the_weakness_that_remains_is_named_by_its_identifier_and_statement() {
    Conclusion remaining = only(NOW, ConclusionKind.WEAKNESSES_REMAINING);
    assertEquals(List.of("inspections[0].revisit.outcomes[0]"), paths(remaining, "inspections"));
    assertTrue(remaining.getReason().startsWith("1 of 4 significant weaknesses remains without sufficient progress:"
        + " 'leadership' (The emerging leadership of the Southend CCG"), remaining.getReason());
  }

  @Test
  void known_only_as_counts_the_remaining_weakness_is_counted_and_the_rule_says_which_is_not_known() {
    LocalAreaSendInspection detailed = (LocalAreaSendInspection) SOUTHEND.getInspections().get(0);
    LocalAreaSendInspection counted = LocalAreaSendInspection.builder().from(detailed)
        .significantWeaknesses(List.of())
        .significantWeaknessCount(4)
        .revisit(Revisit.builder().from(detailed.getRevisit().orElseThrow())
            .outcomes(List.of())
            .outcomeCounts(ProgressCounts.of(3, 1))
            .build())
        .build();
    Derivation derivation = Derivation.of(AreaRecord.builder().from(SOUTHEND).inspections(List.of(counted)).build(),
        TODAY);
    Conclusion remaining = only(derivation, ConclusionKind.WEAKNESSES_REMAINING);
    assertEquals("1 of 4 significant weaknesses remain without sufficient progress; the record gives the revisit's"
        + " outcome only as counts, so which ones is not known.", remaining.getReason());
    assertEquals(List.of("inspections[0].revisit.outcomeCounts"), paths(remaining, "inspections"));
    assertEquals(1, derivation.conclusions(ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE).size());
    assertTrue(derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
  }

  @Test
  void the_journey_ends_with_next_steps_and_the_summary_says_some() {
    List<JourneyState> states = NOW.journeys().get(0).steps().stream().map(JourneyStep::getState)
        .collect(Collectors.toList());
    assertEquals(List.of(JourneyState.INSPECTED, JourneyState.AWAITING_WSOA, JourneyState.REVISIT_UNDER_WAY,
        JourneyState.NEXT_STEPS_WITH_DFE_AND_NHSE), states);
    assertEquals(Optional.of(RevisitSummary.SOME), NOW.summaries().get(0).getRevisitOutcome());
    assertEquals(Optional.of(3), NOW.summaries().get(0).getWeaknessesWithSufficientProgress());
    assertEquals(Optional.empty(), NOW.summaries().get(0).getDaysToStatementAcceptance());
  }
}
