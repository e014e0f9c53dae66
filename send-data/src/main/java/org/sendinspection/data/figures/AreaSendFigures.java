package org.sendinspection.data.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.record.AreaRecord;

/**
 * Headline figures of area SEND inspections under the 2023 framework, computed from area records:
 * inspections by outcome, priority action plans required and areas for priority action, in a
 * {@link FigureScope} (a region, and what was known by a day).
 *
 * <p>Immutable and thread-safe. The as-of semantics are those of {@link FigureScope}: an
 * inspection counts as begun from its first day on site, and its outcome and requirements from the
 * report's publication; a fact with no recorded date counts only in figures without an as-of day. Each
 * inspection counts once, so an area inspected twice under the framework counts twice. Areas for
 * priority action are summed from whichever form a record holds (listed, or counted as in Ofsted's
 * management information); an outcome-3 inspection whose areas are not recorded (as in a scraped
 * overview) adds nothing to the sum and is counted in {@link #outcome3WithoutAreaCount()} instead, so
 * the sum is never a guess. Next inspections due are the rules' to derive, and {@link NextInspectionsDue} counts them. Example:
 *
 * <pre>{@code
 * AreaSendFigures.of(records, FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND))
 * }</pre>
 *
 * @param scope what was counted; not null
 * @param inspectionsBegun 2023-framework inspections begun
 * @param reportsPublished of those, the inspections whose report was published
 * @param positive published with outcome 1, typically positive experiences and outcomes
 * @param inconsistent published with outcome 2, inconsistent experiences and outcomes
 * @param widespreadOrSystemicFailings published with outcome 3, widespread and/or systemic failings
 * @param priorityActionPlansRequired published inspections for which HMCI requires a priority action plan
 * @param strategicPlanUpdatesRequested published inspections asking for the strategic plan to be updated
 * @param areasForPriorityAction areas for priority action of the published inspections, where recorded
 * @param outcome3WithoutAreaCount published outcome-3 inspections whose areas for priority action are
 *     not recorded, in detail or as a count
 */
public record AreaSendFigures(
    FigureScope scope,
    int inspectionsBegun,
    int reportsPublished,
    int positive,
    int inconsistent,
    int widespreadOrSystemicFailings,
    int priorityActionPlansRequired,
    int strategicPlanUpdatesRequested,
    int areasForPriorityAction,
    int outcome3WithoutAreaCount) {

  public AreaSendFigures {
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Computes the figures.
   *
   * @param records the records; not null
   * @param scope what to count; not null
   * @return the figures
   */
  public static AreaSendFigures of(List<AreaRecord> records, FigureScope scope) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(scope, "scope");
    int begun = 0, published = 0, plans = 0, strategic = 0, areas = 0, uncounted = 0;
    int[] byOutcome = new int[AreaSendOutcome.values().length];
    for (AreaRecord record : records) {
      if (!scope.includes(record.getArea().getRegion())) {
        continue;
      }
      for (Inspection inspection : record.getInspections()) {
        Optional<AreaSendInspection> typed = inspection.asAreaSend2023();
        if (typed.isEmpty() || !scope.counts(inspection.begunBy())) {
          continue;
        }
        begun++;
        AreaSendInspection areaSend = typed.get();
        if (!scope.counts(areaSend.getPublishedOn())) {
          continue;
        }
        published++;
        byOutcome[areaSend.getOutcome().ordinal()]++;
        plans += areaSend.isPriorityActionPlanRequired() ? 1 : 0;
        strategic += areaSend.isStrategicPlanUpdateRequested() ? 1 : 0;
        Optional<Integer> number = areaSend.numberOfAreasForPriorityAction();
        areas += number.orElse(0);
        uncounted += number.isEmpty() ? 1 : 0;
      }
    }
    return new AreaSendFigures(scope, begun, published, byOutcome[AreaSendOutcome.POSITIVE.ordinal()],
        byOutcome[AreaSendOutcome.INCONSISTENT.ordinal()],
        byOutcome[AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS.ordinal()], plans, strategic, areas, uncounted);
  }

  /** The number of published inspections with the given outcome. */
  public int withOutcome(AreaSendOutcome outcome) {
    switch (Objects.requireNonNull(outcome, "outcome")) {
      case POSITIVE: return positive;
      case INCONSISTENT: return inconsistent;
      default: return widespreadOrSystemicFailings;
    }
  }

  /** The figures as lines of text, one figure a line, for a terminal. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Area SEND inspections, 2023 framework: " + scope.describe());
    lines.add("  inspections begun:                                   " + inspectionsBegun);
    lines.add("  reports published:                                   " + reportsPublished);
    lines.add("    outcome 1, typically positive:                     " + positive);
    lines.add("    outcome 2, inconsistent:                           " + inconsistent);
    lines.add("    outcome 3, widespread and/or systemic failings:    " + widespreadOrSystemicFailings);
    lines.add("  priority action plans required:                      " + priorityActionPlansRequired);
    lines.add("  strategic plan updates requested:                    " + strategicPlanUpdatesRequested);
    lines.add("  areas for priority action (where recorded):          " + areasForPriorityAction);
    lines.add("  outcome 3 with areas for priority action unrecorded: " + outcome3WithoutAreaCount);
    return lines;
  }

  @Override
  public String toString() {
    return String.join(System.lineSeparator(), lines());
  }
}
