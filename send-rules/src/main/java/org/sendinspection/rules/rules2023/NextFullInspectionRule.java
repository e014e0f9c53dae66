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
 * Rule {@code 2023.next-full-inspection}: the next full inspection follows within approximately five
 * years after outcome 1 and three years after outcomes 2 and 3 (the full reinspection); it is overdue
 * once the window around that date closes with no later inspection recorded.
 *
 * <p>Sources: the area SEND framework and handbook; Southend-on-Sea's 2023 report ("The next full area
 * SEND inspection will be within approximately 3 years"); Suffolk's 2024 report ("The next full
 * reinspection will be within approximately three years"); the handbook as a parent carer forum quotes
 * it. No source found says from which date the years count: the rule counts them from the
 * partnership's receipt of the report, as the handbook counts the monitoring inspection's months, and
 * says so. The periods and the window's margin are settings, the margin unverified.
 */
final class NextFullInspectionRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.NEXT_FULL_INSPECTION;

  NextFullInspectionRule() {
    super(ID, "When the next full inspection is due, and whether it is overdue", Sources2023.FRAMEWORK_AND_HANDBOOK,
        Sources2023.SOUTHEND_REPORT_2023_TIMING, Sources2023.SUFFOLK_REPORT_2024_TIMING, Sources2023.TIMING_AS_QUOTED,
        Sources2023.WINDOW_UNVERIFIED);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    ResolvedDate report = facts.report();
    if (!facts.happened(report)) {
      return List.of();
    }
    InspectionWindow window = facts.nextFullInspection();
    Optional<ResolvedDate> later = facts.laterInspectionBegan().filter(facts::happened);
    String what = facts.outcome().requiresPriorityActionPlan() ? "the full reinspection" : "the next full inspection";
    String stated = facts.inspection().getNextInspectionAsStated().map(s -> " The report says: \"" + s + "\"")
        .orElse("");
    String began = later.map(l -> " The next full inspection began on " + Wording.date(l.getDate()) + ", "
        + window.placing(l.getDate()) + ".").orElse("");
    List<Conclusion> conclusions = new ArrayList<>();
    conclusions.add(conclusion(ConclusionKind.NEXT_FULL_INSPECTION_WINDOW, facts)
        .addDates(ConcernedDate.of(DateRole.COUNTED_FROM, report.getDate()), ConcernedDate.of(DateRole.WINDOW_OPENS, window.opens()),
            ConcernedDate.of(DateRole.ABOUT, window.about()), ConcernedDate.of(DateRole.WINDOW_CLOSES, window.closes()))
        .addBasis(report.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("With outcome " + facts.outcome().number() + ", " + what + " follows within"
            + " approximately " + years(facts) + ": " + window.describe() + "." + stated + began, report)))
        .build());
    Coverage coverage = facts.record().getInspectionCoverage();
    if (later.isEmpty() && facts.asOf().isAfter(window.closes()) && !coverage.showsNoneOtherBy(window.closes())) {
      conclusions.add(conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
          .addDates(ConcernedDate.of(DateRole.WINDOW_CLOSED, window.closes()))
          .addBasis(report.reference())
          .addMissingFacts("inspections")
          .reasoning(Reason.lazily(() -> Wording.withNotes("The window for " + what + " closed on " + Wording.date(window.closes())
              + "; the record lists no later full inspection and "
              + coverage.getUntil().map(u -> "lists inspections only until " + Wording.date(u.earliestPossible()))
                  .orElse("does not record whether one took place")
              + ", so whether it is overdue cannot be settled.", report)))
          .build());
    } else if (later.isEmpty() && facts.asOf().isAfter(window.closes())) {
      conclusions.add(conclusion(ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE, facts)
          .addDates(ConcernedDate.of(DateRole.WINDOW_CLOSED, window.closes()), ConcernedDate.of(DateRole.AS_OF, facts.asOf()))
          .addBasis(report.reference())
          .reasoning(Reason.lazily(() -> Wording.withNotes("No later full inspection had begun by " + Wording.date(window.closes())
              + " (the record lists every inspection until "
              + Wording.date(coverage.getUntil().orElseThrow().earliestPossible()) + "), though the window for " + what + " closed on " + Wording.date(window.closes()) + ": "
              + window.describe() + ".", report)))
          .build());
    }
    return conclusions;
  }

  private static String years(AreaSendFacts facts) {
    return Wording.count(facts.fullInspectionYears(), "year", "years");
  }
}
