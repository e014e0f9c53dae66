package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendinspection.rules.rules2023.SuffolkVariants.AREA_SEND;
import static org.sendinspection.rules.rules2023.SuffolkVariants.SUFFOLK;
import static org.sendinspection.rules.rules2023.SuffolkVariants.until;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.ImmutableRuleSettings;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyStep;

/**
 * The journey {@link AreaSendJourneyTracer} traces after Suffolk's outcome-3 inspection (on site from 13
 * November 2023, published 30 January 2024; monitoring window to 30 October 2025; full reinspection
 * window 30 October 2026 to 30 April 2027), step by step.
 */
class AreaSendJourneyTracerTest {
  private static final String PUBLICATION_ASSUMED = "The report does not say when the partnership received it, so"
      + " this takes its publication on 30 January 2024; a record's reportReceivedOn overrides it.";

  private static Journey journey(AreaRecord record, LocalDate day) {
    List<Journey> journeys = Derivation.of(record, day).journeys();
    return journeys.get(journeys.size() - 1);
  }

  private static List<String> steps(Journey journey) {
    return journey.steps().stream().map(s -> s.getDate() + " " + s.getTrigger() + " " + s.getState())
        .collect(Collectors.toList());
  }

  private static MonitoringInspection monitoring(LocalDate start) {
    return MonitoringInspection.builder().onSiteStart(DatedFact.of(start)).build();
  }

  private static AreaRecord listedUntil(AreaRecord record, LocalDate day) {
    return AreaRecord.builder().from(record).inspectionCoverage(until(day)).build();
  }

  @Test
  void with_everything_listed_and_nothing_after_the_report_each_window_passes_in_turn() {
    AreaRecord record = listedUntil(with(b -> b.monitoringCoverage(until(LocalDate.of(2026, 12, 31)))),
        LocalDate.of(2027, 12, 31));
    Journey journey = journey(record, LocalDate.of(2027, 6, 1));
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2025-10-31 MONITORING_WINDOW_PASSED MONITORING_INSPECTION_OVERDUE",
        "2026-10-30 FULL_INSPECTION_WINDOW_OPENED NEXT_FULL_INSPECTION_DUE",
        "2027-05-01 FULL_INSPECTION_WINDOW_PASSED NEXT_FULL_INSPECTION_OVERDUE"), steps(journey));
    List<JourneyStep> steps = journey.steps();
    assertEquals(Optional.empty(), steps.get(0).getNote());
    assertEquals("inspections[1].onSiteStart", steps.get(0).getBasis().getPath());
    assertEquals(Optional.of(PUBLICATION_ASSUMED), steps.get(1).getNote());
    assertEquals(Optional.of("The monitoring inspection's window closed on 30 October 2025."), steps.get(2).getNote());
    assertEquals(Optional.of("The next full inspection's window opened on 30 October 2026; it is due about 30 January"
        + " 2027."), steps.get(3).getNote());
    assertEquals(Optional.of("The next full inspection's window closed on 30 April 2027."), steps.get(4).getNote());
    // The windows' steps rest on the report they count from.
    for (JourneyStep step : steps.subList(1, 5)) {
      assertEquals("inspections[1].publishedOn", step.getBasis().getPath());
    }
    // On the day before each window event the journey has not taken it yet.
    assertEquals(3, journey(record, LocalDate.of(2026, 10, 29)).steps().size());
    assertEquals(2, journey(record, LocalDate.of(2025, 10, 30)).steps().size());
    assertEquals(4, journey(record, LocalDate.of(2027, 4, 30)).steps().size());
    // On the day itself it has.
    assertEquals(4, journey(record, LocalDate.of(2026, 10, 30)).steps().size());
    assertEquals(3, journey(record, LocalDate.of(2025, 10, 31)).steps().size());
  }

  @Test
  void where_the_settings_open_the_full_inspection_s_window_first_the_monitoring_window_is_no_longer_awaited() {
    // A monitoring inspection 30 months on, a full reinspection 2 years on: its window opens on 30 October 2025.
    RuleSettings settings = ImmutableRuleSettings.copyOf(RuleSettings.defaults())
        .withMonitoringInspectionAfterMonths(30).withFullInspectionYearsAfterOutcome3(2);
    AreaRecord record = listedUntil(with(b -> b.monitoringCoverage(until(LocalDate.of(2027, 12, 31)))),
        LocalDate.of(2027, 12, 31));
    List<Journey> journeys = Derivation.of(record, LocalDate.of(2027, 6, 1), settings).journeys();
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2025-10-30 FULL_INSPECTION_WINDOW_OPENED NEXT_FULL_INSPECTION_DUE",
        "2026-05-01 FULL_INSPECTION_WINDOW_PASSED NEXT_FULL_INSPECTION_OVERDUE"), steps(journeys.get(1)));
  }

  @Test
  void where_the_record_does_not_list_every_monitoring_or_full_inspection_no_window_is_passed() {
    Journey journey = journey(SUFFOLK, LocalDate.of(2027, 6, 1));
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2026-10-30 FULL_INSPECTION_WINDOW_OPENED NEXT_FULL_INSPECTION_DUE"), steps(journey));
  }

  @Test
  void a_monitoring_inspection_moves_to_monitored_and_then_the_full_inspection_s_window_opens() {
    AreaRecord record = with(b -> b.addMonitoringInspections(monitoring(LocalDate.of(2025, 6, 2))));
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2025-06-02 MONITORING_INSPECTION_BEGAN MONITORED",
        "2026-10-30 FULL_INSPECTION_WINDOW_OPENED NEXT_FULL_INSPECTION_DUE"),
        steps(journey(record, LocalDate.of(2026, 12, 1))));
    assertEquals("inspections[1].monitoringInspections[0].onSiteStart",
        journey(record, LocalDate.of(2026, 12, 1)).steps().get(2).getBasis().getPath());
  }

  @Test
  void a_monitoring_inspection_after_the_monitoring_window_passed_follows_the_overdue_step() {
    AreaRecord record = with(b -> b.monitoringCoverage(until(LocalDate.of(2025, 12, 31)))
        .addMonitoringInspections(monitoring(LocalDate.of(2026, 1, 12))));
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2025-10-31 MONITORING_WINDOW_PASSED MONITORING_INSPECTION_OVERDUE",
        "2026-01-12 MONITORING_INSPECTION_BEGAN MONITORED"), steps(journey(record, LocalDate.of(2026, 6, 1))));
  }

  @Test
  void a_monitoring_inspection_after_the_full_inspection_s_window_opened_leaves_it_due() {
    AreaRecord record = with(b -> b.addMonitoringInspections(monitoring(LocalDate.of(2026, 11, 16))));
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2026-10-30 FULL_INSPECTION_WINDOW_OPENED NEXT_FULL_INSPECTION_DUE",
        "2026-11-16 MONITORING_INSPECTION_BEGAN NEXT_FULL_INSPECTION_DUE"),
        steps(journey(record, LocalDate.of(2027, 1, 1))));
  }

  @Test
  void a_monitoring_inspection_recorded_before_the_report_s_receipt_is_dated_with_it_and_says_so() {
    // The sources disagree on the monitoring inspection's first day; the earliest is taken.
    MonitoringInspection disputed = MonitoringInspection.builder().onSiteStart(DatedFact.builder()
        .addClaims(DateClaim.of(LocalDate.of(2024, 2, 15)), DateClaim.of(LocalDate.of(2024, 2, 16))).build()).build();
    AreaRecord record = with(b -> b.reportReceivedOn(DatedFact.of(LocalDate.of(2024, 3, 1)))
        .addMonitoringInspections(disputed));
    Journey journey = Derivation.of(record, LocalDate.of(2024, 6, 1), RuleSettings.defaults()
        .withDisputedDatePolicy(DisputedDatePolicy.EARLIEST)).journeys().get(1);
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-03-01 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2024-03-01 MONITORING_INSPECTION_BEGAN MONITORED"), steps(journey));
    assertEquals(Optional.empty(), journey.steps().get(1).getNote(), "a recorded receipt needs no note");
    assertEquals(Optional.of("The sources disagree on the first day of the monitoring inspection: 15 February 2024"
        + " or 16 February 2024; the rules take the earliest (15 February 2024), as the settings' disputed-date policy"
        + " directs. Recorded as 15 February 2024, before the previous step; dated with it."),
        journey.steps().get(2).getNote());
  }

  @Test
  void outcomes_1_and_2_ask_for_the_strategic_plan_and_then_the_full_inspection_s_window_opens() {
    for (AreaSendOutcome outcome : List.of(AreaSendOutcome.POSITIVE, AreaSendOutcome.INCONSISTENT)) {
      AreaRecord record = with(b -> b.outcome(outcome).priorityActionPlanRequired(false)
          .strategicPlanUpdateRequested(true).areasForPriorityAction(List.of()));
      String trigger = outcome == AreaSendOutcome.POSITIVE ? "OUTCOME_POSITIVE_REPORTED" : "OUTCOME_INCONSISTENT_REPORTED";
      String opens = outcome == AreaSendOutcome.POSITIVE ? "2028-10-30" : "2026-10-30";
      assertEquals(List.of(
          "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
          "2024-01-30 " + trigger + " STRATEGIC_PLAN_UPDATE",
          opens + " FULL_INSPECTION_WINDOW_OPENED NEXT_FULL_INSPECTION_DUE"),
          steps(journey(record, LocalDate.of(2029, 1, 1))), outcome.name());
    }
  }

  @Test
  void a_later_full_inspection_closes_the_journey_and_what_came_after_it_is_not_a_step() {
    AreaSendInspection later = AreaSendInspection.builder().id("area-send-2026").outcome(AreaSendOutcome.INCONSISTENT)
        .priorityActionPlanRequired(false).strategicPlanUpdateRequested(true)
        .onSiteStart(DatedFact.of(LocalDate.of(2026, 3, 2))).build();
    // A monitoring inspection recorded after the later inspection began belongs to no step of this journey.
    AreaSendInspection monitored = AreaSendInspection.builder().from(AREA_SEND)
        .addMonitoringInspections(monitoring(LocalDate.of(2026, 4, 13))).build();
    AreaRecord record = SuffolkVariants.only(SUFFOLK.getInspections().get(0), monitored, later);
    Journey journey = Derivation.of(record, LocalDate.of(2027, 6, 1)).journeys().get(1);
    assertEquals(List.of(
        "2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN",
        "2026-03-02 LATER_INSPECTION_BEGAN CLOSED_BY_LATER_INSPECTION"), steps(journey));
    assertEquals(Optional.of("The area's next full inspection began, so nothing this journey awaited is awaited any"
        + " more; that inspection's journey follows."), journey.steps().get(2).getNote());
    assertEquals("inspections[2].onSiteStart", journey.steps().get(2).getBasis().getPath());
  }

  @Test
  void an_inspection_known_by_its_publication_begins_on_it_and_says_the_first_day_is_not_recorded() {
    AreaRecord record = SuffolkVariants.only(AreaSendInspection.builder().from(AREA_SEND)
        .onSiteStart(Optional.empty()).onSiteEnd(Optional.empty()).previousInspectionAsStated(Optional.empty()).build());
    Journey journey = journey(record, LocalDate.of(2024, 6, 1));
    assertEquals(List.of(
        "2024-01-30 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED",
        "2024-01-30 OUTCOME_FAILINGS_REPORTED PRIORITY_ACTION_PLAN"), steps(journey));
    assertEquals(Optional.of("The record gives no first day on site of the area SEND inspection"
        + " (inspections[0].onSiteStart is not recorded); it had begun by the publication of the area SEND inspection,"
        + " the day taken here."), journey.steps().get(0).getNote());
  }

  @Test
  void before_the_report_the_journey_waits_for_it_and_before_the_inspection_it_has_no_step() {
    assertEquals(List.of("2023-11-13 AREA_SEND_INSPECTION_BEGAN AREA_SEND_INSPECTED"),
        steps(journey(SUFFOLK, LocalDate.of(2024, 1, 29))));
    assertEquals(List.of(), steps(journey(SUFFOLK, LocalDate.of(2023, 11, 12))));
  }
}
