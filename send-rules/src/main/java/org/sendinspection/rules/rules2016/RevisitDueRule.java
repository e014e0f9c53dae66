package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.time.LocalDate;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;

/**
 * Rule {@code 2016.revisit-due}: a revisit usually takes place within 18 months of the statement being
 * declared fit for purpose; it is overdue once that passes with no revisit recorded; an area never
 * revisited by the end of the programme moves to the 2023 framework.
 *
 * <p>Sources: the parliamentary answer of 2021 ("usually ... within 18 months of their WSoA having
 * been accepted as fit for purpose"); the Essex council paper (Essex County Council, <i>SEND Ofsted
 * Inspection Update</i>, People and Families Scrutiny Committee, 2020, www.essex.gov.uk: "18 months"); the
 * suspension
 * of inspections for COVID-19 from 17 March 2020, revisits resuming from April 2021, which a reason
 * notes where the window overlaps it without moving the date (no source gives a rule for that); the
 * end of the programme (revisits continued to December 2022; an area not revisited is next inspected
 * under the 2023 framework). The period is a setting.
 */
final class RevisitDueRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.REVISIT_DUE;

  public RevisitDueRule() {
    super(ID, "When the revisit is due, and whether it is overdue",
        Sources2016.REVISIT_TIMING_ANSWER, Sources2016.ESSEX_SCRUTINY_PAPER, Sources2016.COVID_SUSPENSION,
        Sources2016.PROGRAMME_END);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    if (!facts.statementKnownRequired()) {
      return List.of();
    }
    RuleSettings settings = facts.settings();
    LocalDate end = settings.getRevisitProgrammeEnd();
    boolean revisitRecorded = facts.revisit().isPresent();
    Optional<ResolvedDate> revisitBegan = facts.revisit().map(RevisitFacts::began).filter(facts::happened);
    Optional<ResolvedDate> acceptance = facts.happened(facts.acceptance());
    if (acceptance.isEmpty()) {
      if (revisitBegan.isPresent() && facts.acceptance().isEmpty()) {
        return List.of(conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
            .addBasis(revisitBegan.get().reference())
            .addMissingFacts(facts.path() + ".writtenStatement.submissions")
            .reasoning(Reason.of("A revisit is recorded but not when the written statement of action was declared fit for"
                + " purpose, so when the revisit was due cannot be worked out."))
            .build());
      }
      Optional<ResolvedDate> requirement = facts.happened(facts.requirement());
      if (!revisitRecorded && facts.asOf().isAfter(end) && requirement.isPresent()
          && !requirement.get().getDate().isAfter(end) && facts.revisitCoverage().showsNoneOtherBy(end)) {
        return List.of(programmeEnded(facts, requirement.get(), "No written statement of action declared fit"
            + " for purpose and no revisit are recorded"));
      }
      return List.of();
    }
    ResolvedDate accepted = acceptance.get();
    int months = settings.getRevisitWithinMonths();
    LocalDate due = accepted.getDate().plusMonths(months);
    String covid = covidNote(settings, accepted.getDate(), revisitBegan.map(ResolvedDate::getDate).orElse(due));
    String afterEnd = due.isAfter(end) ? " That is after the 2016 revisit programme ended on " + Wording.date(end)
        + "." : "";
    String began = revisitBegan.map(b -> " The revisit began on " + Wording.date(b.getDate())
        + (b.getDate().isAfter(due) ? ", after that date." : ", by that date.")).orElse("");
    List<Conclusion> conclusions = new ArrayList<>();
    conclusions.add(conclusion(ConclusionKind.REVISIT_DUE, facts)
        .addDates(ConcernedDate.of(DateRole.USUALLY_DUE_BY, due))
        .addBasis(accepted.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("The written statement of action was declared fit for purpose on "
            + Wording.date(accepted.getDate()) + ", so a revisit usually follows within " + months
            + " months (a setting), by " + Wording.date(due) + "." + began + covid + afterEnd,
            List.of(acceptance, revisitBegan))))
        .build());
    // The programme's end, where the record shows no revisit by then, settles the question first.
    if (revisitBegan.isEmpty() && facts.asOf().isAfter(end) && !accepted.getDate().isAfter(end)
        && facts.revisitCoverage().showsNoneOtherBy(end)) {
      conclusions.add(programmeEnded(facts, accepted, "No revisit is recorded"));
    } else if (revisitBegan.isEmpty() && facts.asOf().isAfter(due)) {
      conclusions.add(notRevisitedByDue(facts, accepted, due, months, covid));
    }
    return conclusions;
  }

  /**
   * The usual date has passed with no revisit listed: overdue only where the record shows none by that
   * day and revisits could be made on it; after the programme's end, not revisited before it ended.
   */
  private Conclusion notRevisitedByDue(InspectionFacts facts, ResolvedDate accepted, LocalDate due, int months,
      String covid) {
    RuleSettings settings = facts.settings();
    Coverage coverage = facts.revisitCoverage();
    if (suspended(settings, facts.asOf()) || suspended(settings, due)) {
      return conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
          .addDates(ConcernedDate.of(DateRole.USUALLY_DUE_BY, due))
          .addBasis(accepted.reference())
          .addMissingFacts("a published rule for revisits that fell due while revisits were suspended")
          .reasoning(Reason.lazily(() -> Wording.withNotes("A revisit usually follows within " + months + " months of the statement being"
              + " declared fit for purpose on " + Wording.date(accepted.getDate()) + ", by " + Wording.date(due)
              + ", but revisits were suspended for COVID-19 from " + Wording.date(settings.getCovidSuspensionFrom())
              + " until they resumed from " + Wording.date(settings.getRevisitsResumedFrom()) + ", and no source found"
              + " says by when a revisit that fell due then was due instead, so whether it is overdue cannot be"
              + " settled.", accepted)))
          .build();
    }
    if (!coverage.showsNoneOtherBy(due)) {
      String silent = coverage.getUntil().map(u -> "lists revisits only until " + Wording.date(u.earliestPossible())
          + ", before the usual date").orElse("does not record whether a revisit took place");
      return conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
          .addDates(ConcernedDate.of(DateRole.USUALLY_DUE_BY, due))
          .addBasis(accepted.reference())
          .addMissingFacts(facts.path() + ".revisit")
          .reasoning(Reason.lazily(() -> Wording.withNotes("A revisit usually follows by " + Wording.date(due) + "; the record lists none and "
              + silent + ", so whether it is overdue cannot be settled.", accepted)))
          .build();
    }
    LocalDate until = coverage.getUntil().orElseThrow().earliestPossible();
    return conclusion(ConclusionKind.REVISIT_OVERDUE, facts)
        .addDates(ConcernedDate.of(DateRole.USUALLY_DUE_BY, due), ConcernedDate.of(DateRole.AS_OF, facts.asOf()))
        .addBasis(accepted.reference(), facts.coverageReference(facts.revisitCoveragePath(), coverage, "revisit", due))
        .reasoning(Reason.lazily(() -> Wording.withNotes("No revisit had taken place by " + Wording.date(due) + " (the record lists every"
            + " revisit until " + Wording.date(until) + "), though one usually follows within " + months + " months"
            + " of the statement being declared fit for purpose on " + Wording.date(accepted.getDate()) + "."
            + covid, accepted)))
        .build();
  }

  /** Whether revisits were suspended on the day: from the COVID-19 suspension until they resumed. */
  static boolean suspended(RuleSettings settings, LocalDate day) {
    return !day.isBefore(settings.getCovidSuspensionFrom()) && day.isBefore(settings.getRevisitsResumedFrom());
  }

  private Conclusion programmeEnded(InspectionFacts facts, ResolvedDate since, String what) {
    LocalDate end = facts.settings().getRevisitProgrammeEnd();
    return conclusion(ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END, facts)
        .addDates(ConcernedDate.of(DateRole.PROGRAMME_ENDED, end))
        .addBasis(since.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes(what + " by the end of the 2016 revisit programme on " + Wording.date(end)
            + ", so the area was not revisited and is next inspected under the 2023 area SEND framework."
            + " The 2016 revisit is no longer due, and nothing in the record ends the quarterly support and"
            + " challenge visits: they stand as the 2016 record leaves them.", since)))
        .build();
  }

  /** A note where the window from acceptance to the revisit (or its due date) overlaps the suspension. */
  private static String covidNote(RuleSettings settings, LocalDate from, LocalDate until) {
    LocalDate suspended = settings.getCovidSuspensionFrom();
    LocalDate resumed = settings.getRevisitsResumedFrom();
    if (from.isBefore(resumed) && !until.isBefore(suspended)) {
      return " The window overlapped the suspension of inspections and revisits for COVID-19 from "
          + Wording.date(suspended) + " until revisits resumed from " + Wording.date(resumed)
          + "; no source found gives a rule extending it, so the date is not moved.";
    }
    return "";
  }
}
