package org.sendinspection.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sendinspection.rules.conclusion.DateRole;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.examples.EssexDerivationTest.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStep;

/**
 * Southend-on-Sea's history across both frameworks, explained on a day in each of 2019, 2021, 2024 and
 * 2026 (issue 6): the statement fit for purpose on 14 May 2019 (Ofsted and CQC, <i>Joint area SEND revisit in
 * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk), the 2021 revisit with three
 * of four weaknesses improved (Ofsted and CQC, <i>Joint area SEND revisit in Southend-on-Sea</i>, 14 June
 * 2021, reports.ofsted.gov.uk), and the 2023 area SEND inspection, on site 6 to 10 March 2023
 * and published 9 June 2023 with outcome 2 (its report; Ofsted's management information).
 */
class SouthendOnSeaHistoryTest {
  private static final AreaRecord SOUTHEND = ExampleRecords.southendOnSea();

  @Test
  void on_1_june_2019_the_area_awaits_its_revisit_usually_due_by_14_november_2020() {
    Derivation then = Derivation.of(SOUTHEND, LocalDate.of(2019, 6, 1));
    assertEquals(JourneyState.AWAITING_REVISIT, then.currentState());
    assertEquals(LocalDate.of(2019, 5, 14), then.currentStep().orElseThrow().getDate());
    assertEquals(Optional.of(LocalDate.of(2020, 11, 14)), only(then, ConclusionKind.REVISIT_DUE).date(DateRole.USUALLY_DUE_BY));
    assertTrue(then.report().contains("2023-area-send-inspection (area-send-2023)\n  No conclusions: the inspection had"
        + " not begun by that date.\n"), then.report());
    assertTrue(then.conclusions().stream().allMatch(c -> c.getRuleId().startsWith("2016.")));
  }

  @Test
  void on_1_july_2021_after_three_of_four_weaknesses_improved_the_next_steps_are_with_dfe_and_nhse() {
    Derivation then = Derivation.of(SOUTHEND, LocalDate.of(2021, 7, 1));
    assertEquals(JourneyState.NEXT_STEPS_WITH_DFE_AND_NHSE, then.currentState());
    assertEquals(LocalDate.of(2021, 6, 14), then.currentStep().orElseThrow().getDate());
    assertEquals(1, then.conclusions(ConclusionKind.QUARTERLY_VISITS_CONTINUE).size());
    assertEquals(1, then.conclusions(ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED).size());
    assertEquals(Optional.of(LocalDate.of(2021, 12, 14)),
        only(then, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE).date(DateRole.REVIEW_WITHIN));
  }

  @Test
  void the_2023_inspection_ends_the_2016_obligations_on_its_first_day_on_site_and_not_before() {
    Conclusion superseded = only(Derivation.of(SOUTHEND, LocalDate.of(2024, 6, 1)),
        ConclusionKind.OBLIGATIONS_SUPERSEDED);
    assertEquals("2016.superseded", superseded.getRuleId());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), superseded.date(DateRole.SUPERSEDED_ON));
    assertTrue(superseded.getReason().startsWith("The area's next full inspection began on 6 March 2023"),
        superseded.getReason());
    assertTrue(Derivation.of(SOUTHEND, LocalDate.of(2023, 3, 5)).conclusions(ConclusionKind.OBLIGATIONS_SUPERSEDED)
        .isEmpty(), "the day before the 2023 inspection began");
  }

  @Test
  void on_1_june_2024_outcome_2_asks_for_the_strategic_plan_and_the_next_full_inspection_is_due_around_june_2026() {
    Derivation then = Derivation.of(SOUTHEND, LocalDate.of(2024, 6, 1));
    assertEquals(JourneyState.STRATEGIC_PLAN_UPDATE, then.currentState());
    assertEquals(LocalDate.of(2023, 6, 9), then.currentStep().orElseThrow().getDate());
    Conclusion outcome = only(then, ConclusionKind.AREA_SEND_OUTCOME);
    assertTrue(outcome.getReason().startsWith("Outcome 2 of 3: \"The local area partnership's arrangements lead to"
        + " inconsistent experiences and outcomes for children and young people with SEND. The local area partnership"
        + " must work jointly to make improvements.\" The report lists 6 areas for improvement."), outcome.getReason());
    Conclusion plan = only(then, ConclusionKind.STRATEGIC_PLAN_UPDATE_REQUESTED);
    assertEquals(Optional.of(LocalDate.of(2023, 6, 9)), plan.date(DateRole.REQUESTED_ON));
    assertEquals(7, plan.getBasis().size(), "the report and its six areas for improvement");
    Conclusion full = only(then, ConclusionKind.NEXT_FULL_INSPECTION_WINDOW);
    assertEquals(Optional.of(LocalDate.of(2023, 6, 9)), full.date(DateRole.COUNTED_FROM));
    assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), full.date(DateRole.WINDOW_OPENS));
    assertEquals(Optional.of(LocalDate.of(2026, 6, 9)), full.date(DateRole.ABOUT));
    assertEquals(Optional.of(LocalDate.of(2026, 9, 9)), full.date(DateRole.WINDOW_CLOSES));
    assertTrue(full.getReason().startsWith("With outcome 2, the next full inspection follows within approximately 3"
        + " years: about 9 June 2026, 3 years from 9 June 2023 (the area SEND report's publication); the window runs"
        + " from 9 March 2026 to 9 September 2026, 3 months either side"), full.getReason());
    assertTrue(full.getReason().contains("The report says: \"The next full area SEND inspection will be within"
        + " approximately 3 years.\""), full.getReason());
    for (ConclusionKind absent : List.of(ConclusionKind.PRIORITY_ACTION_PLAN_REQUIRED,
        ConclusionKind.MONITORING_INSPECTION_WINDOW, ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE)) {
      assertTrue(then.conclusions(absent).isEmpty(), absent.name());
    }
  }

  @Test
  void on_1_june_2024_the_2016_journey_is_closed_and_the_report_s_previous_inspection_is_the_record_s() {
    Derivation then = Derivation.of(SOUTHEND, LocalDate.of(2024, 6, 1));
    Conclusion handover = only(then, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), handover.date(DateRole.CLOSED_ON));
    assertTrue(handover.getReason().contains("it stood at \"next steps with DfE and NHS England\" since 14 June 2021."
        + " The 2016 revisit left weaknesses without sufficient progress"), handover.getReason());
    assertEquals(JourneyState.CLOSED_BY_LATER_INSPECTION, then.journeys().get(0).current());
    Conclusion previous = only(then, ConclusionKind.PREVIOUS_INSPECTION_AS_RECORDED);
    assertEquals("The report states its previous inspection as from 1 October 2018, the first day of the record's"
        + " previous inspection, '2018-inspection'.", previous.getReason());
  }

  @Test
  void the_area_s_states_across_both_frameworks_in_order() {
    Derivation now = Derivation.of(SOUTHEND, LocalDate.of(2026, 11, 25));
    List<JourneyState> states2023 = now.journeys().get(1).steps().stream().map(JourneyStep::getState)
        .collect(Collectors.toList());
    // The window closed on 9 September 2026; the record does not say whether a later inspection took place,
    // so the journey stays "due" and the rules say "not determinable", never "overdue".
    assertEquals(List.of(JourneyState.AREA_SEND_INSPECTED, JourneyState.STRATEGIC_PLAN_UPDATE,
        JourneyState.NEXT_FULL_INSPECTION_DUE), states2023);
    assertEquals(List.of(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 6, 9), LocalDate.of(2026, 3, 9)),
        now.journeys().get(1).steps().stream().map(JourneyStep::getDate).collect(Collectors.toList()));
    assertTrue(now.conclusions(ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE).isEmpty());
    Conclusion unknown = now.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
        .filter(c -> c.getRuleId().equals("2023.next-full-inspection")).findFirst().orElseThrow();
    assertTrue(unknown.getReason().startsWith("The window for the next full inspection closed on 9 September 2026;"
        + " the record lists no later full inspection and does not record whether one took place"), unknown.getReason());
    assertEquals(List.of("inspections"), unknown.getMissingFacts());
  }

  @Test
  void a_wider_window_is_a_setting_and_the_reason_names_it() {
    Derivation wider = Derivation.of(SOUTHEND, LocalDate.of(2024, 6, 1), RuleSettings.defaults().withAreaSendWindowMonths(6));
    Conclusion full = only(wider, ConclusionKind.NEXT_FULL_INSPECTION_WINDOW);
    assertEquals(Optional.of(LocalDate.of(2025, 12, 9)), full.date(DateRole.WINDOW_OPENS));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 9)), full.date(DateRole.WINDOW_CLOSES));
    assertTrue(full.getReason().contains("6 months either side"), full.getReason());
  }
}
