package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;

/**
 * The next inspections due on hand-built records, with the rules' default periods (about 5 years after
 * outcome 1, 3 after outcomes 2 and 3, 18 months to a monitoring inspection) and window of 3 months
 * either side, each counted from the report's publication since no record gives its receipt.
 */
class NextInspectionsDueTest {
  /** Outcome 3 published 1 August 2023: monitoring about 1 February 2025, full about 1 August 2026. */
  private static final AreaRecord FAILINGS = record("E10000001", OfstedRegion.EAST_OF_ENGLAND,
      inspection("area-send", AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, "2023-06-05", "2023-08-01").build());
  /** Outcome 2 published 2 May 2023: full about 2 May 2026, window 2 February to 2 August 2026. */
  private static final AreaRecord INCONSISTENT = record("E10000002", OfstedRegion.SOUTH_WEST,
      inspection("area-send", AreaSendOutcome.INCONSISTENT, "2023-03-06", "2023-05-02").build());
  /** Outcome 1 published 3 April 2023: full about 3 April 2028. */
  private static final AreaRecord POSITIVE = record("E10000003", OfstedRegion.EAST_OF_ENGLAND,
      inspection("area-send", AreaSendOutcome.POSITIVE, "2023-02-06", "2023-04-03").build());
  /**
   * Outcome 3 published 1 March 2023, monitored on 1 July 2024, reinspected from 12 January 2026 with
   * outcome 2 published 20 March 2026 (full about 20 March 2029).
   */
  private static final AreaRecord REINSPECTED = record("E10000004", OfstedRegion.LONDON,
      inspection("first", AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, "2023-01-09", "2023-03-01")
          .addMonitoringInspections(MonitoringInspection.builder().onSiteStart(DatedFact.of(day("2024-07-01")))
              .build())
          .build(),
      inspection("second", AreaSendOutcome.INCONSISTENT, "2026-01-12", "2026-03-20").build());

  private static final List<AreaRecord> ALL = List.of(FAILINGS, INCONSISTENT, POSITIVE, REINSPECTED);
  /** The same records, each listing every inspection and monitoring inspection up to the end of 2027. */
  private static final List<AreaRecord> KNOWN = ALL.stream().map(NextInspectionsDueTest::recordedTo2027)
      .collect(java.util.stream.Collectors.toList());

  @Test
  void in_mid_2026_two_full_inspection_windows_are_open_and_one_monitoring_inspection_is_overdue() {
    NextInspectionsDue due = NextInspectionsDue.of(KNOWN, FigureScope.national().asOf(day("2026-06-30")));
    assertEquals(Optional.of(day("2026-06-30")), due.derivedOn());
    assertFalse(due.fromLatestFact());
    assertEquals(4, due.inspectionsCounted());
    assertEquals(Map.of(2026, 2, 2028, 1, 2029, 1), due.fullByYear(), "the reinspection's own next one counts");
    assertEquals(0, due.fullOverdue());
    assertEquals(2, due.fullWindowsOpen());
    assertEquals(Map.of(2025, 1), due.monitoringByYear());
    assertEquals(1, due.monitoringOverdue());
    assertEquals(0, due.monitoringOverdueNotDeterminable());
    assertEquals(0, due.monitoringWindowsOpen());
  }

  @Test
  void where_the_records_do_not_say_whether_an_inspection_took_place_overdue_is_not_determinable() {
    NextInspectionsDue due = NextInspectionsDue.of(ALL, FigureScope.national().asOf(day("2027-01-01")));
    assertEquals(0, due.fullOverdue());
    assertEquals(2, due.fullOverdueNotDeterminable());
    assertEquals(0, due.monitoringOverdue());
    assertEquals(1, due.monitoringOverdueNotDeterminable());
  }

  @Test
  void before_the_reinspection_is_published_its_predecessor_counts_but_its_window_awaits_nothing() {
    NextInspectionsDue due = NextInspectionsDue.of(KNOWN, FigureScope.national().asOf(day("2026-02-28")));
    assertEquals(Map.of(2026, 3, 2028, 1), due.fullByYear());
    assertEquals(1, due.fullWindowsOpen(), "the reinspection began on 12 January, inside its window");
    assertEquals(0, due.fullOverdue());
    assertEquals(Map.of(2024, 1, 2025, 1), due.monitoringByYear());
    assertEquals(1, due.monitoringOverdue(), "the monitoring inspection of July 2024 was carried out");
    assertEquals(0, due.monitoringWindowsOpen());
  }

  @Test
  void once_the_windows_close_with_no_inspection_recorded_the_rules_call_them_overdue() {
    NextInspectionsDue due = NextInspectionsDue.of(KNOWN, FigureScope.national().asOf(day("2027-01-01")));
    assertEquals(2, due.fullOverdue());
    assertEquals(0, due.fullOverdueNotDeterminable());
    assertEquals(0, due.fullWindowsOpen());
    assertEquals(1, due.monitoringOverdue());
  }

  @Test
  void without_an_as_of_day_it_derives_as_of_the_latest_date_in_all_the_records_whatever_the_region() {
    NextInspectionsDue due = NextInspectionsDue.of(KNOWN, FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND));
    assertEquals(Optional.of(day("2026-03-20")), due.derivedOn());
    assertTrue(due.fromLatestFact());
    assertEquals("as of 2026-03-20, the latest date in the records", due.describeDay());
    assertEquals(2, due.inspectionsCounted());
    assertEquals(Map.of(2026, 1, 2028, 1), due.fullByYear());
    assertEquals(0, due.fullWindowsOpen(), "the outcome-3 area's full inspection window opens on 1 May 2026");
    assertEquals(1, due.monitoringOverdue());
  }

  @Test
  void an_inspection_not_published_by_the_day_is_not_yet_due_anything() {
    NextInspectionsDue due = NextInspectionsDue.of(ALL, FigureScope.national().asOf(day("2023-04-30")));
    assertEquals(2, due.inspectionsCounted(), "the reports of August and 2 May 2023 were not yet out");
    assertEquals(new TreeMap<>(Map.of(2026, 1, 2028, 1)), due.fullByYear());
    assertEquals(Map.of(2024, 1), due.monitoringByYear());
  }

  @Test
  void records_without_dated_facts_give_nothing_to_derive_from() {
    NextInspectionsDue due = NextInspectionsDue.of(List.of(), FigureScope.national());
    assertEquals(Optional.empty(), due.derivedOn());
    assertEquals(0, due.fullDue());
    assertEquals("no dated fact in the records", due.describeDay());
  }

  @Test
  void lines_give_each_year_and_the_day() {
    List<String> lines = NextInspectionsDue.of(KNOWN, FigureScope.national().asOf(day("2026-06-30"))).lines();
    assertEquals("Next inspections due, 2023 framework (latest inspection of each area), as of 2026-06-30",
        lines.get(0));
    assertEquals("  next full inspection usually due in 2026: 2", lines.get(1));
    assertEquals("  monitoring inspection usually due in 2025: 1", lines.get(7));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static ImmutableAreaSendInspection.Builder inspection(String id, AreaSendOutcome outcome, String start,
      String published) {
    return AreaSendInspection.builder()
        .id(id)
        .onSiteStart(DatedFact.of(day(start)))
        .publishedOn(DatedFact.of(day(published)))
        .outcome(outcome)
        .priorityActionPlanRequired(outcome.requiresPriorityActionPlan())
        .strategicPlanUpdateRequested(outcome.asksForStrategicPlanUpdate());
  }

  private static AreaRecord recordedTo2027(AreaRecord record) {
    Coverage until = Coverage.recordedUntil(DatedFact.of(day("2027-12-31")));
    return AreaRecord.builder().from(record).inspectionCoverage(until)
        .inspections(record.getInspections().stream()
            .map(i -> (Inspection) AreaSendInspection.builder().from((AreaSendInspection) i).monitoringCoverage(until)
                .build())
            .collect(java.util.stream.Collectors.toList()))
        .build();
  }

  private static AreaRecord record(String code, OfstedRegion region, AreaSendInspection... inspections) {
    return AreaRecord.builder().area(LocalArea.builder().code(code).name(code).region(region).build())
        .addInspections(inspections).build();
  }
}
