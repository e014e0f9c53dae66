package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.record.AreaRecord;

/** Properties of the next inspections due over generated records, every area inspected under the 2023 framework. */
class NextInspectionsDueProperties {
  private static final int TRIES = 40;
  private static final Gen<List<AreaRecord>> NATIONS =
      AreaRecordGenerator.any().withAreaSendInspections(100).list(0, 40);
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2023, 8, 31), LocalDate.of(2024, 12, 31),
      LocalDate.of(2026, 6, 30), LocalDate.of(2030, 1, 1));

  private static final List<ToIntFunction<NextInspectionsDue>> ALL = List.of(
      NextInspectionsDue::inspectionsCounted, NextInspectionsDue::fullDue, NextInspectionsDue::fullOverdue,
      NextInspectionsDue::fullWindowsOpen, NextInspectionsDue::monitoringDue, NextInspectionsDue::monitoringOverdue,
      NextInspectionsDue::monitoringWindowsOpen);

  @Test
  void each_area_with_a_report_received_is_due_one_full_inspection_and_after_outcome_3_one_monitoring() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        FigureScope scope = FigureScope.national().asOf(day);
        NextInspectionsDue due = NextInspectionsDue.of(records, scope);
        int published = 0, outcome3 = 0;
        for (AreaRecord record : records) {
          AreaSendInspection latest = null;
          for (Inspection inspection : record.getInspections()) {
            if (inspection.framework() == FrameworkVersion.AREA_SEND_2023 && scope.counts(inspection.getPublishedOn())) {
              latest = (AreaSendInspection) inspection;
            }
          }
          // The periods count from the partnership's receipt of the report (its publication where no receipt
          // is recorded): a report published by the day but recorded as received after it starts no period yet.
          boolean received = latest != null && scope.counts(latest.getReportReceivedOn().or(latest::getPublishedOn));
          published += received ? 1 : 0;
          outcome3 += received && latest.getOutcome() == AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS ? 1 : 0;
        }
        assertEquals(published, due.inspectionsCounted(), day.toString());
        assertEquals(published, due.fullDue(), day.toString());
        assertEquals(outcome3, due.monitoringDue(), day.toString());
        assertTrue(due.fullOverdue() + due.fullWindowsOpen() <= due.fullDue(), "overdue and open are apart: " + due);
        assertTrue(due.monitoringOverdue() + due.monitoringWindowsOpen() <= due.monitoringDue(), due.toString());
        assertTrue(due.fullByYear().keySet().stream().allMatch(y -> y > 2023 && y <= 2035), due.toString());
      }
    });
  }

  @Test
  void the_regions_figures_add_up_to_the_national_ones() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        NextInspectionsDue nation = NextInspectionsDue.of(records, FigureScope.national().asOf(day));
        for (ToIntFunction<NextInspectionsDue> figure : ALL) {
          int sum = 0;
          for (OfstedRegion region : OfstedRegion.values()) {
            sum += figure.applyAsInt(NextInspectionsDue.of(records, FigureScope.national().inRegion(region).asOf(day)));
          }
          assertEquals(figure.applyAsInt(nation), sum, day.toString());
        }
      }
    });
  }

  @Test
  void without_an_as_of_day_the_figures_are_those_as_of_the_latest_date_in_the_records() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      NextInspectionsDue implicit = NextInspectionsDue.of(records, FigureScope.national());
      implicit.derivedOn().ifPresent(day -> {
        NextInspectionsDue explicit = NextInspectionsDue.of(records, FigureScope.national().asOf(day));
        for (ToIntFunction<NextInspectionsDue> figure : ALL) {
          assertEquals(figure.applyAsInt(explicit), figure.applyAsInt(implicit), day.toString());
        }
        assertEquals(explicit.fullByYear(), implicit.fullByYear());
      });
    });
  }
}
