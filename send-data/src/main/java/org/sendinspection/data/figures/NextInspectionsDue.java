package org.sendinspection.data.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.RuleIds;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRole;

/**
 * The next inspections due under the 2023 framework, as the rules derive them for the latest
 * inspection of each area: the next full inspection, and for outcome 3 the monitoring inspection, by
 * the calendar year of their usual date, with how many are overdue and how many windows are open on
 * the day derived as of.
 *
 * <p>Immutable and thread-safe. The periods and windows are the rules' ({@code 2023.next-full-inspection}
 * and {@code 2023.monitoring-inspection}: about five years after outcome 1, three after outcomes 2 and
 * 3, and 18 months to the monitoring inspection after outcome 3, counted from the partnership's receipt
 * of the report, the windows widened by the unverified setting {@code areaSendWindowMonths}); nothing
 * here re-states them. Which inspections count follows {@link FigureScope}: for each area in the region,
 * the last 2023-framework inspection in the record whose report counts as published by the as-of day.
 * The periods count from the partnership's receipt of the report: where the record dates that receipt
 * after the day (after the publication), the period has not begun on the day, the rules place no window,
 * and the inspection is not in {@code inspectionsCounted} until its receipt.
 * The day derived as of is the scope's as-of day; without one it is the latest date any fact in the
 * records bears (all records read, whatever the region), never the clock, so the same records give the
 * same figures. On that day an inspection is overdue when the rules conclude so (its window has closed
 * and no later inspection is recorded), and a window is open when the day falls within it, both ends
 * included, and the inspection it awaits is not recorded as begun. Example:
 * {@code NextInspectionsDue.of(records, FigureScope.national().asOf(LocalDate.of(2026, 6, 30)))}.
 *
 * @param derivedOn the day derived as of; empty when the records hold no dated fact
 * @param fromLatestFact whether that day is the latest date in the records, there being no as-of day
 * @param inspectionsCounted the areas' latest inspections with a derived next full inspection
 * @param fullByYear next full inspections by the year of their usual date; not null
 * @param fullOverdue next full inspections overdue on the day: the window closed and the record shows
 *     none had begun by then
 * @param fullOverdueNotDeterminable next full inspections whose window closed with none listed, where the
 *     record does not say whether one took place: not counted as overdue
 * @param fullWindowsOpen next full inspections whose window is open on the day and which have not begun
 * @param monitoringByYear outcome-3 monitoring inspections by the year of their usual date; not null
 * @param monitoringOverdue monitoring inspections overdue on the day, as the record shows
 * @param monitoringOverdueNotDeterminable monitoring inspections whose window closed with none listed,
 *     where the record does not say whether one took place
 * @param monitoringWindowsOpen monitoring inspections whose window is open on the day and which have
 *     not begun
 */
public record NextInspectionsDue(
    Optional<LocalDate> derivedOn,
    boolean fromLatestFact,
    int inspectionsCounted,
    SortedMap<Integer, Integer> fullByYear,
    int fullOverdue,
    int fullOverdueNotDeterminable,
    int fullWindowsOpen,
    SortedMap<Integer, Integer> monitoringByYear,
    int monitoringOverdue,
    int monitoringOverdueNotDeterminable,
    int monitoringWindowsOpen) {

  public NextInspectionsDue {
    Objects.requireNonNull(derivedOn, "derivedOn");
    fullByYear = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(fullByYear, "fullByYear")));
    monitoringByYear = Collections.unmodifiableSortedMap(
        new TreeMap<>(Objects.requireNonNull(monitoringByYear, "monitoringByYear")));
  }

  /**
   * Derives the figures with the rules' default settings, dating disputed facts by the scope's policy.
   *
   * @param records the records; not null
   * @param scope what to count; not null
   * @return the figures
   */
  public static NextInspectionsDue of(List<AreaRecord> records, FigureScope scope) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(scope, "scope");
    return of(records, scope, scope.asOf().or(() -> LatestFact.in(records)));
  }

  /**
   * Derives the figures as of a day found beforehand: the scope's as-of day, or the latest date in a
   * larger set of records than those given, as {@link SummaryTally} finds while it streams.
   */
  static NextInspectionsDue of(List<AreaRecord> records, FigureScope scope, Optional<LocalDate> day) {
    boolean fromLatestFact = scope.asOf().isEmpty() && day.isPresent();
    SortedMap<Integer, Integer> fullByYear = new TreeMap<>();
    SortedMap<Integer, Integer> monitoringByYear = new TreeMap<>();
    int counted = 0, fullOverdue = 0, fullUnknown = 0, fullOpen = 0;
    int monitoringOverdue = 0, monitoringUnknown = 0, monitoringOpen = 0;
    if (day.isPresent()) {
      RuleSettings settings = RuleSettings.defaults().withDisputedDatePolicy(scope.claims());
      for (AreaRecord record : records) {
        if (!scope.includes(record.getArea().getRegion())) {
          continue;
        }
        Optional<Integer> latest = latestPublished(record, scope);
        if (latest.isEmpty()) {
          continue;
        }
        String id = record.getInspections().get(latest.get()).getId();
        Derivation derivation = Derivation.of(record, day.get(), settings);
        Optional<Conclusion> full = one(derivation, ConclusionKind.NEXT_FULL_INSPECTION_WINDOW, id);
        if (full.isEmpty()) {
          continue;
        }
        counted++;
        count(fullByYear, full.get());
        fullOverdue += one(derivation, ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE, id).isPresent() ? 1 : 0;
        fullUnknown += notDeterminable(derivation, RuleIds.NEXT_FULL_INSPECTION, id) ? 1 : 0;
        fullOpen += open(full.get(), day.get()) && !laterBegun(record, latest.get(), day.get(), scope) ? 1 : 0;
        Optional<Conclusion> monitoring = one(derivation, ConclusionKind.MONITORING_INSPECTION_WINDOW, id);
        if (monitoring.isPresent()) {
          count(monitoringByYear, monitoring.get());
          monitoringOverdue += one(derivation, ConclusionKind.MONITORING_INSPECTION_OVERDUE, id).isPresent() ? 1 : 0;
          monitoringUnknown += notDeterminable(derivation, RuleIds.MONITORING_INSPECTION, id) ? 1 : 0;
          monitoringOpen += open(monitoring.get(), day.get())
              && one(derivation, ConclusionKind.MONITORING_INSPECTION_CARRIED_OUT, id).isEmpty() ? 1 : 0;
        }
      }
    }
    return new NextInspectionsDue(day, fromLatestFact, counted, fullByYear, fullOverdue, fullUnknown, fullOpen,
        monitoringByYear, monitoringOverdue, monitoringUnknown, monitoringOpen);
  }

  /** The index of the record's last 2023-framework inspection whose report counts as published in the scope. */
  private static Optional<Integer> latestPublished(AreaRecord record, FigureScope scope) {
    List<Inspection> inspections = record.getInspections();
    for (int i = inspections.size() - 1; i >= 0; i--) {
      Inspection inspection = inspections.get(i);
      if (inspection.framework() == FrameworkVersion.AREA_SEND_2023 && scope.counts(inspection.getPublishedOn())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Whether the rule could not settle, for the inspection, whether what it awaits is overdue. */
  private static boolean notDeterminable(Derivation derivation, String ruleId, String inspectionId) {
    return derivation.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
        .anyMatch(c -> c.getRuleId().equals(ruleId) && c.getInspectionId().equals(inspectionId));
  }

  private static Optional<Conclusion> one(Derivation derivation, ConclusionKind kind, String inspectionId) {
    return derivation.conclusions(kind).stream().filter(c -> c.getInspectionId().equals(inspectionId)).findFirst();
  }

  private static void count(Map<Integer, Integer> byYear, Conclusion window) {
    byYear.merge(required(window, DateRole.ABOUT).getYear(), 1, Integer::sum);
  }

  private static boolean open(Conclusion window, LocalDate day) {
    return window.window().orElseThrow(() -> new IllegalStateException("conclusion " + window.getKind()
        + " of rule " + window.getRuleId() + " has no window; found " + window.getDates())).contains(day);
  }

  /** Whether the record's next inspection after the given one had begun by the day: the one the window awaits. */
  private static boolean laterBegun(AreaRecord record, int index, LocalDate day, FigureScope scope) {
    return index + 1 < record.getInspections().size()
        && !scope.dateOf(record.getInspections().get(index + 1).begunBy()).isAfter(day);
  }

  private static LocalDate required(Conclusion window, DateRole role) {
    return window.date(role).orElseThrow(() -> new IllegalStateException("conclusion " + window.getKind()
        + " of rule " + window.getRuleId() + " has no date '" + role + "'; found " + window.getDates()));
  }

  /** All next inspections due, whatever the year. */
  public int fullDue() {
    return fullByYear.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** All monitoring inspections due, whatever the year. */
  public int monitoringDue() {
    return monitoringByYear.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The day in words: {@code as of 2026-06-30}, or {@code as of 2025-03-12, the latest date in the records}. */
  public String describeDay() {
    return derivedOn.map(d -> "as of " + d + (fromLatestFact ? ", the latest date in the records" : ""))
        .orElse("no dated fact in the records");
  }

  /** The figures as lines of text, for a terminal. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Next inspections due, 2023 framework (latest inspection of each area), " + describeDay());
    fullByYear.forEach((year, n) -> lines.add("  next full inspection usually due in " + year + ": " + n));
    lines.add("  next full inspections overdue: " + fullOverdue);
    lines.add("  next full inspections overdue: not determinable: " + fullOverdueNotDeterminable);
    lines.add("  next full inspection windows open: " + fullWindowsOpen);
    monitoringByYear.forEach((year, n) -> lines.add("  monitoring inspection usually due in " + year + ": " + n));
    lines.add("  monitoring inspections overdue: " + monitoringOverdue);
    lines.add("  monitoring inspections overdue: not determinable: " + monitoringOverdueNotDeterminable);
    lines.add("  monitoring inspection windows open: " + monitoringWindowsOpen);
    return lines;
  }
}
