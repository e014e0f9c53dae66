package org.sendinspection.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sendinspection.rules.conclusion.DateRole;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.examples.EssexDerivationTest.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.journey.JourneyState;

/**
 * Suffolk, the model's example record: its 2016 journey known only from the official statistics (four
 * weaknesses, one sufficient at the 2019 revisit), then its 2023-framework inspection (on site 13 to 17
 * November 2023, published 30 January 2024): outcome 3, two areas for priority action, a monitoring
 * inspection about 18 months on and a full reinspection within about three years.
 */
class SuffolkDerivationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static Derivation now;

  @BeforeAll
  static void derive() {
    now = Derivation.of(ExampleRecords.suffolk(), LocalDate.of(2026, 11, 25));
  }

  @Test
  void the_statement_was_due_70_working_days_after_publication_on_17_february_2017() {
    // Good Friday, Easter Monday, the early May and the spring bank holidays of 2017 fall in the period.
    assertEquals(Optional.of(LocalDate.of(2017, 6, 1)), only(now, ConclusionKind.WSOA_DUE).date(DateRole.DUE_BY));
  }

  @Test
  void three_of_four_weaknesses_remain_counted_not_named() {
    Conclusion remaining = only(now, ConclusionKind.WEAKNESSES_REMAINING);
    assertEquals("3 of 4 significant weaknesses remain without sufficient progress; the record gives the revisit's"
        + " outcome only as counts, so which ones is not known.", remaining.getReason());
    // Before the 2023 framework's inspection (from 13 November 2023) the 2016 obligations were in force; from it
    // they are superseded.
    Derivation before = Derivation.of(ExampleRecords.suffolk(), LocalDate.of(2023, 10, 31));
    assertEquals(Optional.of(LocalDate.of(2019, 9, 4)),
        only(before, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE).date(DateRole.REVIEW_WITHIN));
    assertTrue(before.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
    assertEquals(1, before.conclusions(ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED).size());
    assertEquals(1, before.conclusions(ConclusionKind.QUARTERLY_VISITS_IN_FORCE).size());
    assertTrue(now.conclusions(ConclusionKind.QUARTERLY_VISITS_IN_FORCE).isEmpty());
    assertTrue(now.conclusions(ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED).isEmpty());
    assertEquals(1, now.conclusions(ConclusionKind.OBLIGATIONS_SUPERSEDED).size());
  }

  @Test
  void the_statistics_give_no_statement_history_so_its_timeliness_and_the_revisit_s_due_date_are_not_determinable() {
    assertEquals(List.of("2016.wsoa-due", "2016.revisit-due", "2023.monitoring-inspection"),
        now.conclusions(ConclusionKind.NOT_DETERMINABLE).stream().map(Conclusion::getRuleId)
            .collect(Collectors.toList()));
  }

  @Test
  void outcome_3_requires_a_priority_action_plan_for_two_areas_naming_the_council_and_both_icbs() {
    Conclusion plan = only(now, ConclusionKind.PRIORITY_ACTION_PLAN_REQUIRED);
    assertEquals("2023.priority-action-plan", plan.getRuleId());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 30)), plan.date(DateRole.REQUIRED_FROM));
    assertEquals(List.of("inspections[1].publishedOn", "inspections[1].areasForPriorityAction[0]",
        "inspections[1].areasForPriorityAction[1]"), plan.getBasis().stream().map(f -> f.getPath())
        .collect(Collectors.toList()));
    assertTrue(plan.getReason().startsWith("With outcome 3, HMCI requires the local area partnership to prepare and"
        + " submit a priority action plan (area SEND) addressing its 2 areas for priority action: "), plan.getReason());
    // The report's table spells one ICB two ways; the rule keeps its words rather than merge them.
    assertTrue(plan.getReason().contains("'strategic-planning' (responsible: Suffolk County Council, NHS Suffolk and"
        + " North East Essex ICB and NHS Norfolk and Waveney area ICB) and 'ehc-plan-processes' (responsible: Suffolk"
        + " County Council, NHS Suffolk and North East Essex ICB and NHS Norfolk and Waveney ICB). The report's table"
        + " names as responsible, as it spells them: Suffolk County Council, NHS Suffolk and North East Essex ICB, NHS"
        + " Norfolk and Waveney area ICB and NHS Norfolk and Waveney ICB."), plan.getReason());
    assertTrue(plan.getReason().contains("so this takes its publication on 30 January 2024; a record's"
        + " reportReceivedOn overrides it."), plan.getReason());
    assertTrue(now.conclusions(ConclusionKind.STRATEGIC_PLAN_UPDATE_REQUESTED).isEmpty());
  }

  @Test
  void areas_for_priority_action_known_only_as_a_count_or_not_at_all_are_not_named_and_the_rule_says_so() {
    AreaRecord suffolk = ExampleRecords.suffolk();
    AreaSendInspection detailed = (AreaSendInspection) suffolk.getInspections().get(1);
    AreaSendInspection counted = AreaSendInspection.builder().from(detailed).areasForPriorityAction(List.of())
        .areasForPriorityActionCount(detailed.getAreasForPriorityAction().size()).build();
    Conclusion fromCount = only(Derivation.of(AreaRecord.builder().from(suffolk)
        .inspections(List.of(suffolk.getInspections().get(0), counted)).build(), TODAY),
        ConclusionKind.PRIORITY_ACTION_PLAN_REQUIRED);
    assertTrue(fromCount.getReason().contains("addressing its 2 areas for priority action; the record gives them only"
        + " as a count, so which areas they are and which bodies are responsible for each is not known."),
        fromCount.getReason());
    assertEquals("inspections[1].areasForPriorityActionCount", fromCount.getBasis().get(1).getPath());
    AreaSendInspection unrecorded = AreaSendInspection.builder().from(detailed).areasForPriorityAction(List.of())
        .build();
    Conclusion unknown = only(Derivation.of(AreaRecord.builder().from(suffolk)
        .inspections(List.of(suffolk.getInspections().get(0), unrecorded)).build(), TODAY),
        ConclusionKind.PRIORITY_ACTION_PLAN_REQUIRED);
    assertTrue(unknown.getReason().contains("the record does not give them, so how many there are, what they are and"
        + " which bodies are responsible is not known."), unknown.getReason());
  }

  @Test
  void the_monitoring_inspection_is_usually_due_18_months_from_30_january_2024_in_a_window_around_july_2025() {
    Conclusion window = only(now, ConclusionKind.MONITORING_INSPECTION_WINDOW);
    assertEquals(Optional.of(LocalDate.of(2024, 1, 30)), window.date(DateRole.COUNTED_FROM));
    assertEquals(Optional.of(LocalDate.of(2025, 7, 30)), window.date(DateRole.ABOUT));
    assertEquals(Optional.of(LocalDate.of(2025, 4, 30)), window.date(DateRole.WINDOW_OPENS));
    assertEquals(Optional.of(LocalDate.of(2025, 10, 30)), window.date(DateRole.WINDOW_CLOSES));
    assertTrue(window.getReason().contains("about 30 July 2025, 18 months from 30 January 2024 (the area SEND"
        + " report's publication)"), window.getReason());
    assertTrue(window.getReason().contains("the margin is unverified; it is the setting areaSendWindowMonths"),
        window.getReason());
    // The record lists no monitoring inspection and does not say whether one took place (it was made from
    // the 2024 report): after the window closed, whether it is overdue is not determinable, never "overdue".
    assertTrue(now.conclusions(ConclusionKind.MONITORING_INSPECTION_OVERDUE).isEmpty());
    Conclusion unknown = now.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
        .filter(c -> c.getRuleId().equals("2023.monitoring-inspection")).findFirst().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2025, 10, 30)), unknown.date(DateRole.WINDOW_CLOSED));
    assertEquals(List.of("inspections[1].monitoringInspections"), unknown.getMissingFacts());
    Derivation inWindow = Derivation.of(ExampleRecords.suffolk(), LocalDate.of(2025, 8, 1));
    assertTrue(inWindow.conclusions(ConclusionKind.MONITORING_INSPECTION_OVERDUE).isEmpty());
    assertEquals(JourneyState.PRIORITY_ACTION_PLAN, inWindow.currentState());
    assertEquals(JourneyState.PRIORITY_ACTION_PLAN,
        Derivation.of(ExampleRecords.suffolk(), LocalDate.of(2026, 1, 15)).currentState());
    assertEquals(JourneyState.NEXT_FULL_INSPECTION_DUE, now.currentState(), "the full reinspection's window is open");
  }

  @Test
  void the_full_reinspection_is_due_about_three_years_from_the_report_in_a_window_around_january_2027() {
    Conclusion full = only(now, ConclusionKind.NEXT_FULL_INSPECTION_WINDOW);
    assertEquals(Optional.of(LocalDate.of(2027, 1, 30)), full.date(DateRole.ABOUT));
    assertEquals(Optional.of(LocalDate.of(2026, 10, 30)), full.date(DateRole.WINDOW_OPENS));
    assertEquals(Optional.of(LocalDate.of(2027, 4, 30)), full.date(DateRole.WINDOW_CLOSES));
    assertTrue(full.getReason().startsWith("With outcome 3, the full reinspection follows within approximately 3"
        + " years: about 30 January 2027"), full.getReason());
    assertTrue(full.getReason().contains("The report says: \"A monitoring inspection will be carried out within"
        + " approximately 18 months. The next full reinspection will be within approximately three years.\""),
        full.getReason());
    assertTrue(now.conclusions(ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE).isEmpty());
  }

  @Test
  void the_report_states_the_2019_revisit_as_its_previous_inspection_not_the_2016_inspection() {
    Conclusion differs = only(now, ConclusionKind.PREVIOUS_INSPECTION_DIFFERS_FROM_RECORD);
    assertEquals("The report states its previous inspection as from 21 January 2019, which is the record's revisit"
        + " of 'inspection-2016' (from 21 January 2019), not the full inspection, which began on 12 December 2016."
        + " The record keeps both as the sources give them.", differs.getReason());
    assertEquals(List.of("inspections[1].previousInspectionAsStated.onSiteStart", "inspections[0].revisit.onSiteStart",
        "inspections[0].onSiteStart"), differs.getBasis().stream().map(f -> f.getPath()).collect(Collectors.toList()));
    assertTrue(now.conclusions(ConclusionKind.PREVIOUS_INSPECTION_AS_RECORDED).isEmpty());
  }

  @Test
  void the_2023_inspection_closes_the_2016_journey_which_stood_at_next_steps_with_dfe_and_nhse() {
    Conclusion handover = only(now, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertEquals(Optional.of(LocalDate.of(2023, 11, 13)), handover.date(DateRole.CLOSED_ON));
    assertTrue(handover.getReason().startsWith("This area SEND inspection began on 13 November 2023, so the journey"
        + " of the 2016-framework inspection 'inspection-2016' closes that day; it stood at \"next steps with DfE and"
        + " NHS England\" since 4 March 2019."), handover.getReason());
    assertEquals(2, now.journeys().size(), "a journey for each inspection");
    assertEquals(JourneyState.CLOSED_BY_LATER_INSPECTION, now.journeys().get(0).current());
    assertEquals(LocalDate.of(2023, 11, 13), now.journeys().get(0).steps().get(now.journeys().get(0).steps().size() - 1)
        .getDate());
  }

  @Test
  void the_report_covers_the_2023_inspection_and_ends_with_where_the_area_stands() {
    String report = now.report();
    assertTrue(report.contains("(area-send-2023)\n  PREVIOUS_FRAMEWORK_JOURNEY_CLOSED [2023.framework-handover]"
        + "  closed on 2023-11-13\n"), report);
    assertTrue(report.contains("  MONITORING_INSPECTION_WINDOW [2023.monitoring-inspection]  counted from 2024-01-30,"
        + " window opens 2025-04-30, about 2025-07-30, window closes 2025-10-30\n"), report);
    assertTrue(report.endsWith("\nWhere the area stands: \"next full inspection due: its window is open\", since"
        + " 2026-10-30.\n"), report);
  }
}
