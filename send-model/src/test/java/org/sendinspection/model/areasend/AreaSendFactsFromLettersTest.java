package org.sendinspection.model.areasend;

import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.inspection.AreaSendInspection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.validation.InvariantViolationException;

/**
 * The facts of 2023-framework reports and letters a record can hold: a letter date apart from the
 * publication, "not previously inspected", the priority action plan's submission and acceptance, and a
 * monitoring inspection's judgement per area for priority action; and the rules that tie them together.
 */
class AreaSendFactsFromLettersTest {

  private static ImmutableAreaSendInspection.Builder outcome3() {
    return AreaSendInspection.builder().id("area-send-2024")
        .onSiteStart(DatedFact.of(LocalDate.of(2023, 11, 13)))
        .onSiteEnd(DatedFact.of(LocalDate.of(2023, 11, 17)))
        .publishedOn(DatedFact.of(LocalDate.of(2024, 1, 30)))
        .outcome(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS)
        .priorityActionPlanRequired(true)
        .strategicPlanUpdateRequested(false)
        .addAreasForPriorityAction(AreaForPriorityAction.builder().id("ehc-plan-processes")
            .addResponsibleBodies("A council").statement("Plans are late.").build());
  }

  private static List<String> rules(InvariantViolationException e) {
    return e.violations().stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList());
  }

  @Test
  void a_report_holds_its_letter_date_its_plan_and_the_monitoring_progress_per_area() {
    AreaSendInspection inspection = outcome3()
        .letterDate(DatedFact.of(LocalDate.of(2024, 1, 24)))
        .priorityActionPlan(PriorityActionPlan.builder().submittedOn(DatedFact.of(LocalDate.of(2024, 4, 1)))
            .acceptedOn(DatedFact.of(LocalDate.of(2024, 5, 1))).build())
        .addMonitoringInspections(MonitoringInspection.builder().onSiteStart(DatedFact.of(LocalDate.of(2025, 6, 2)))
            .addProgress(PriorityActionProgress.of("ehc-plan-processes", Progress.NOT_SUFFICIENT)).build())
        .build();
    assertEquals(LocalDate.of(2024, 1, 24), inspection.getLetterDate().orElseThrow().earliest());
    assertEquals(Progress.NOT_SUFFICIENT,
        inspection.getMonitoringInspections().get(0).getProgress().get(0).getProgress());
  }

  @Test
  void a_monitoring_inspection_before_the_report_is_published_is_refused() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> outcome3()
        .addMonitoringInspections(MonitoringInspection.builder().onSiteStart(DatedFact.of(LocalDate.of(2024, 1, 8)))
            .build()).build());
    assertTrue(rules(e).contains("monitoringInspections[0].onSiteStart monitoring-after-report"), rules(e).toString());
  }

  @Test
  void progress_on_an_area_the_inspection_did_not_name_is_refused() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> outcome3()
        .addMonitoringInspections(MonitoringInspection.builder().onSiteStart(DatedFact.of(LocalDate.of(2025, 6, 2)))
            .addProgress(PriorityActionProgress.of("waiting-times", Progress.SUFFICIENT)).build()).build());
    assertEquals(List.of("monitoringInspections[0].progress[0].areaForPriorityAction revisit-outcome-for-found-weakness"),
        rules(e));
  }

  @Test
  void a_plan_follows_outcome_3_and_its_report_and_is_accepted_after_it_is_submitted() {
    InvariantViolationException early = assertThrows(InvariantViolationException.class, () -> outcome3()
        .priorityActionPlan(PriorityActionPlan.builder().submittedOn(DatedFact.of(LocalDate.of(2024, 1, 2))).build())
        .build());
    assertEquals(List.of("priorityActionPlan.submittedOn monitoring-after-report"), rules(early));
    InvariantViolationException order = assertThrows(InvariantViolationException.class, () -> PriorityActionPlan
        .builder().submittedOn(DatedFact.of(LocalDate.of(2024, 4, 1))).acceptedOn(DatedFact.of(LocalDate.of(2024, 3, 1)))
        .build());
    assertEquals(List.of("acceptedOn period-in-order"), rules(order));
  }

  @Test
  void a_report_cannot_state_both_a_previous_inspection_and_none() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> outcome3()
        .statedNotPreviouslyInspected(Citation.of("report", "Date of previous inspection: not previously inspected"))
        .previousInspectionAsStated(StatedPreviousInspection.builder()
            .onSiteStart(DatedFact.of(LocalDate.of(2016, 12, 12))).build())
        .build());
    assertEquals(List.of("statedNotPreviouslyInspected outcome-matches-requirements"), rules(e));
  }

  @Test
  void a_letter_dated_after_publication_is_refused() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> outcome3()
        .letterDate(DatedFact.of(LocalDate.of(2024, 2, 5))).build());
    assertEquals(List.of("publishedOn published-after-letter"), rules(e));
  }
}
