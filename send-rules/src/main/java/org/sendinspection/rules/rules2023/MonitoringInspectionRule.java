package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.model.provenance.Coverage;
import java.util.List;
import java.util.Optional;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.Wording;

/**
 * Rule {@code 2023.monitoring-inspection}: after outcome 3, a monitoring inspection usually takes place
 * 18 months from the date the partnership receives its final report; it is overdue once the window
 * around that date closes with no monitoring inspection recorded.
 *
 * <p>Sources: the area SEND handbook, as a parent carer forum quotes it ("usually 18 months from the
 * date when the local area partnership receives its final full inspection report"); Suffolk's 2024
 * report ("A monitoring inspection will be carried out within approximately 18 months"). The date of
 * receipt is the record's {@code reportReceivedOn}, else the publication; the period and the window's
 * margin are settings, the margin unverified.
 */
final class MonitoringInspectionRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.MONITORING_INSPECTION;

  MonitoringInspectionRule() {
    super(ID, "When the monitoring inspection after outcome 3 is due, and whether it is overdue",
        Sources2023.TIMING_AS_QUOTED, Sources2023.SUFFOLK_REPORT_2024_TIMING, Sources2023.FRAMEWORK_AND_HANDBOOK,
        Sources2023.WINDOW_UNVERIFIED);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    ResolvedDate report = facts.report();
    if (!facts.outcome().requiresPriorityActionPlan() || !facts.happened(report)) {
      return List.of();
    }
    InspectionWindow window = facts.monitoringInspection();
    Optional<ResolvedDate> monitored = facts.firstMonitoringInspection();
    String began = monitored.map(m -> " The monitoring inspection began on " + Wording.date(m.getDate()) + ", "
        + window.placing(m.getDate()) + ".").orElse("");
    List<Conclusion> conclusions = new ArrayList<>();
    conclusions.add(conclusion(ConclusionKind.MONITORING_INSPECTION_WINDOW, facts)
        .addDates(ConcernedDate.of(DateRole.COUNTED_FROM, report.getDate()), ConcernedDate.of(DateRole.WINDOW_OPENS, window.opens()),
            ConcernedDate.of(DateRole.ABOUT, window.about()), ConcernedDate.of(DateRole.WINDOW_CLOSES, window.closes()))
        .addBasis(report.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("With outcome 3, a monitoring inspection usually follows "
            + facts.settings().getMonitoringInspectionAfterMonths() + " months from the date the partnership receives"
            + " its final report: " + window.describe() + "." + began, report)))
        .build());
    if (monitored.isPresent()) {
      conclusions.add(conclusion(ConclusionKind.MONITORING_INSPECTION_CARRIED_OUT, facts,
          Sources2023.TIMING_AS_QUOTED)
          .addDates(ConcernedDate.of(DateRole.BEGAN_ON, monitored.get().getDate()))
          .addBasis(monitored.get().reference())
          .reasoning(Reason.lazily(() -> Wording.withNotes("A monitoring inspection began on " + Wording.date(monitored.get().getDate())
              + "; the full reinspection follows within approximately "
              + facts.settings().getFullInspectionYearsAfterOutcome3() + " years of the report."
              + progressRecorded(facts), monitored.get())))
          .build());
    } else if (facts.asOf().isAfter(window.closes())) {
      Coverage coverage = facts.inspection().getMonitoringCoverage();
      if (coverage.showsNoneOtherBy(window.closes())) {
        conclusions.add(conclusion(ConclusionKind.MONITORING_INSPECTION_OVERDUE, facts)
            .addDates(ConcernedDate.of(DateRole.WINDOW_CLOSED, window.closes()), ConcernedDate.of(DateRole.AS_OF, facts.asOf()))
            .addBasis(report.reference())
            .reasoning(Reason.lazily(() -> Wording.withNotes("No monitoring inspection had begun by " + Wording.date(window.closes())
                + ", when its window closed (the record lists every monitoring inspection until "
                + Wording.date(coverage.getUntil().orElseThrow().earliestPossible()) + "): " + window.describe()
                + ".", report)))
            .build());
      } else {
        conclusions.add(conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
            .addDates(ConcernedDate.of(DateRole.WINDOW_CLOSED, window.closes()))
            .addBasis(report.reference())
            .addMissingFacts(facts.path() + ".monitoringInspections")
            .reasoning(Reason.lazily(() -> Wording.withNotes("The monitoring inspection's window closed on " + Wording.date(window.closes())
                + "; the record lists no monitoring inspection and "
                + coverage.getUntil().map(u -> "lists them only until " + Wording.date(u.earliestPossible()))
                    .orElse("does not record whether one took place")
                + ", so whether it is overdue cannot be settled.", report)))
            .build());
      }
    }
    return conclusions;
  }

  /** The monitoring inspections' judgements of progress on the areas for priority action, as a sentence. */
  private static String progressRecorded(AreaSendFacts facts) {
    List<String> judged = facts.inspection().getMonitoringInspections().stream()
        .flatMap(m -> m.getProgress().stream())
        .map(p -> "'" + p.getAreaForPriorityAction() + "': " + p.getProgress().wireName())
        .collect(java.util.stream.Collectors.toList());
    return judged.isEmpty() ? "" : " It judged the progress on the areas for priority action: "
        + Wording.and(judged) + ".";
  }
}
