package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2023.SuffolkVariants.MONITORING_CLOSES;
import static org.sendinspection.rules.rules2023.SuffolkVariants.byRule;
import static org.sendinspection.rules.rules2023.SuffolkVariants.kinds;
import static org.sendinspection.rules.rules2023.SuffolkVariants.one;
import static org.sendinspection.rules.rules2023.SuffolkVariants.until;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.PriorityActionProgress;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * Rule {@code 2023.monitoring-inspection} on Suffolk's outcome-3 inspection (published 30 January 2024;
 * monitoring window 30 April to 30 October 2025): a recorded monitoring inspection, one never recorded
 * where the record lists them all, and one the record cannot speak for.
 */
class MonitoringInspectionRuleTest {
  private static final String RULE = MonitoringInspectionRule.ID;

  private static MonitoringInspection monitoring(LocalDate start, PriorityActionProgress... progress) {
    return MonitoringInspection.builder().onSiteStart(DatedFact.of(start)).onSiteEnd(DatedFact.of(start.plusDays(2)))
        .addProgress(progress).build();
  }

  @Test
  void a_monitoring_inspection_in_its_window_is_carried_out_and_its_judgements_of_progress_are_named() {
    AreaRecord record = with(b -> b.addMonitoringInspections(monitoring(LocalDate.of(2025, 6, 2),
        PriorityActionProgress.of("strategic-planning", Progress.SUFFICIENT),
        PriorityActionProgress.of("ehc-plan-processes", Progress.NOT_SUFFICIENT))));
    Derivation then = Derivation.of(record, LocalDate.of(2026, 1, 15));
    assertEquals(List.of(ConclusionKind.MONITORING_INSPECTION_WINDOW, ConclusionKind.MONITORING_INSPECTION_CARRIED_OUT),
        kinds(then, RULE));
    Conclusion window = one(then, RULE, ConclusionKind.MONITORING_INSPECTION_WINDOW);
    assertTrue(window.getReason().startsWith("With outcome 3, a monitoring inspection usually follows 18 months from the"
        + " date the partnership receives its final report: about 30 July 2025"), window.getReason());
    assertTrue(window.getReason().contains(". The monitoring inspection began on 2 June 2025, within the time the"
        + " report gives."), window.getReason());
    Conclusion carriedOut = one(then, RULE, ConclusionKind.MONITORING_INSPECTION_CARRIED_OUT);
    assertEquals(Optional.of(LocalDate.of(2025, 6, 2)), carriedOut.date(DateRole.BEGAN_ON));
    assertEquals(List.of("inspections[1].monitoringInspections[0].onSiteStart"),
        carriedOut.getBasis().stream().map(FactReference::getPath).toList());
    assertEquals(List.of(Sources2023.TIMING_AS_QUOTED), carriedOut.getCitations(), "only the quoted timing");
    assertTrue(carriedOut.getReason().startsWith("A monitoring inspection began on 2 June 2025; the full reinspection"
        + " follows within approximately 3 years of the report. It judged the progress on the areas for priority"
        + " action: 'strategic-planning': sufficient-progress and 'ehc-plan-processes': not-sufficient-progress."),
        carriedOut.getReason());
    assertTrue(byRule(then, RULE).stream().noneMatch(c -> c.getKind() == ConclusionKind.NOT_DETERMINABLE));
  }

  @Test
  void a_monitoring_inspection_without_recorded_judgements_claims_none() {
    Derivation then = Derivation.of(with(b -> b.addMonitoringInspections(monitoring(LocalDate.of(2025, 6, 2)))),
        LocalDate.of(2026, 1, 15));
    String reason = one(then, RULE, ConclusionKind.MONITORING_INSPECTION_CARRIED_OUT).getReason();
    assertTrue(reason.startsWith("A monitoring inspection began on 2 June 2025; the full reinspection follows within"
        + " approximately 3 years of the report."), reason);
    assertFalse(reason.contains("judged"), reason);
  }

  @Test
  void the_first_monitoring_inspection_begun_by_the_day_counts_whatever_the_record_s_order() {
    // Listed latest first; the third had not begun on the day asked about.
    AreaRecord record = with(b -> b.addMonitoringInspections(monitoring(LocalDate.of(2025, 12, 1)),
        monitoring(LocalDate.of(2025, 11, 3)), monitoring(LocalDate.of(2026, 9, 1))));
    Derivation then = Derivation.of(record, LocalDate.of(2026, 1, 15));
    Conclusion carriedOut = one(then, RULE, ConclusionKind.MONITORING_INSPECTION_CARRIED_OUT);
    assertEquals(Optional.of(LocalDate.of(2025, 11, 3)), carriedOut.date(DateRole.BEGAN_ON));
    assertEquals("inspections[1].monitoringInspections[1].onSiteStart", carriedOut.getBasis().get(0).getPath());
    // 3 November 2025 is after the window closed on 30 October 2025.
    assertTrue(one(then, RULE, ConclusionKind.MONITORING_INSPECTION_WINDOW).getReason()
        .contains(" The monitoring inspection began on 3 November 2025, after the window closed."));
    // Before any had begun, none is carried out, and the record does not say whether one is overdue.
    Derivation before = Derivation.of(record, LocalDate.of(2025, 11, 2));
    assertEquals(List.of(ConclusionKind.MONITORING_INSPECTION_WINDOW, ConclusionKind.NOT_DETERMINABLE),
        kinds(before, RULE));
  }

  @Test
  void with_every_monitoring_inspection_listed_and_none_by_the_window_s_close_it_is_overdue() {
    AreaRecord record = with(b -> b.monitoringCoverage(until(LocalDate.of(2026, 1, 1))));
    // On the day the window closes it is not yet overdue.
    assertEquals(List.of(ConclusionKind.MONITORING_INSPECTION_WINDOW),
        kinds(Derivation.of(record, MONITORING_CLOSES), RULE));
    Derivation after = Derivation.of(record, LocalDate.of(2026, 2, 1));
    assertEquals(List.of(ConclusionKind.MONITORING_INSPECTION_WINDOW, ConclusionKind.MONITORING_INSPECTION_OVERDUE),
        kinds(after, RULE));
    Conclusion overdue = one(after, RULE, ConclusionKind.MONITORING_INSPECTION_OVERDUE);
    assertEquals(Optional.of(MONITORING_CLOSES), overdue.date(DateRole.WINDOW_CLOSED));
    assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), overdue.date(DateRole.AS_OF));
    assertEquals("inspections[1].publishedOn", overdue.getBasis().get(0).getPath());
    assertTrue(overdue.getReason().startsWith("No monitoring inspection had begun by 30 October 2025, when its window"
        + " closed (the record lists every monitoring inspection until 1 January 2026): about 30 July 2025, 18 months"
        + " from 30 January 2024"), overdue.getReason());
  }

  @Test
  void where_the_record_lists_monitoring_inspections_only_until_before_the_close_whether_it_is_overdue_is_not_determinable() {
    Derivation after = Derivation.of(with(b -> b.monitoringCoverage(until(LocalDate.of(2025, 9, 1)))),
        LocalDate.of(2026, 2, 1));
    Conclusion unknown = one(after, RULE, ConclusionKind.NOT_DETERMINABLE);
    assertEquals(List.of("inspections[1].monitoringInspections"), unknown.getMissingFacts());
    assertEquals(Optional.of(MONITORING_CLOSES), unknown.date(DateRole.WINDOW_CLOSED));
    assertTrue(unknown.getReason().startsWith("The monitoring inspection's window closed on 30 October 2025; the record"
        + " lists no monitoring inspection and lists them only until 1 September 2025, so whether it is overdue cannot"
        + " be settled."), unknown.getReason());
    assertTrue(kinds(after, RULE).stream().noneMatch(k -> k == ConclusionKind.MONITORING_INSPECTION_OVERDUE));
    // Where the record does not say at all, it says so.
    Conclusion silent = one(Derivation.of(SuffolkVariants.SUFFOLK, LocalDate.of(2026, 2, 1)), RULE,
        ConclusionKind.NOT_DETERMINABLE);
    assertTrue(silent.getReason().contains("the record lists no monitoring inspection and does not record whether one"
        + " took place, so whether it is overdue cannot be settled."), silent.getReason());
  }

  @Test
  void the_months_come_from_the_settings() {
    RuleSettings settings = RuleSettings.defaults().withMonitoringInspectionAfterMonths(12);
    Conclusion window = one(Derivation.of(SuffolkVariants.SUFFOLK, LocalDate.of(2024, 6, 1), settings), RULE,
        ConclusionKind.MONITORING_INSPECTION_WINDOW);
    assertEquals(Optional.of(LocalDate.of(2025, 1, 30)), window.date(DateRole.ABOUT));
    assertTrue(window.getReason().startsWith("With outcome 3, a monitoring inspection usually follows 12 months"),
        window.getReason());
  }

  @Test
  void nothing_is_concluded_before_the_report_or_after_an_outcome_other_than_3() {
    // On site 13 to 17 November 2023, published 30 January 2024.
    assertEquals(List.of(), byRule(Derivation.of(SuffolkVariants.SUFFOLK, LocalDate.of(2024, 1, 29)), RULE));
    assertEquals(1, byRule(Derivation.of(SuffolkVariants.SUFFOLK, LocalDate.of(2024, 1, 30)), RULE).size());
    AreaRecord inconsistent = with(b -> b.outcome(AreaSendOutcome.INCONSISTENT).priorityActionPlanRequired(false)
        .strategicPlanUpdateRequested(true).areasForPriorityAction(List.of()));
    assertEquals(List.of(), byRule(Derivation.of(inconsistent, LocalDate.of(2026, 2, 1)), RULE));
  }
}
