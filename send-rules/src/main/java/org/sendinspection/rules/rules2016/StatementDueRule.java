package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.time.LocalDate;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.rules.calendar.CalendarCoverageException;
import org.sendinspection.rules.calendar.WorkingDayCalendar;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.rules.conclusion.Certainty;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.ImmutableConclusion;

/**
 * Rule {@code 2016.wsoa-due}: the written statement of action is due within 70 working days of the
 * principal authority receiving the report; whether the first submission met that; whether it is
 * overdue.
 *
 * <p>Source: regulation 4 of the Children Act 2004 (Joint Area Reviews) Regulations 2015 (the
 * explanatory note: "within 70 working days of receiving the report"); a working day as the 2005
 * Regulations define it, counted with the settings' calendar. The letters do not say when the report
 * was received: the rule takes the letter's date, else the publication date, and says so; a record's
 * {@code reportReceivedOn} overrides both. Essex: published 23 December 2019, due 2 April 2020,
 * submitted 27 March 2020, 66 working days after publication.
 */
final class StatementDueRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.STATEMENT_DUE;

  public StatementDueRule() {
    super(ID, "When the written statement of action is due, and whether it was made in time",
        Sources2016.JOINT_AREA_REVIEWS_REGULATIONS_2015, Sources2016.WORKING_DAY_DEFINITION);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    if (!facts.statementKnownRequired()) {
      return List.of();
    }
    Optional<ResolvedDate> receipt = facts.receipt();
    if (receipt.isEmpty()) {
      return List.of(cite(conclusion(ConclusionKind.NOT_DETERMINABLE, facts), facts)
          .addAllBasis(facts.weaknesses())
          .addMissingFacts(facts.path() + ".reportReceivedOn", facts.path() + ".letterDate",
              facts.path() + ".publishedOn")
          .reasoning(Reason.of("The record gives no date for the report's receipt, its letter or its publication, so when"
              + " the written statement of action is due cannot be worked out."))
          .build());
    }
    ResolvedDate received = receipt.get();
    if (!facts.happened(received)) {
      return List.of();
    }
    WorkingDayCalendar calendar = facts.settings().getCalendar();
    int workingDays = facts.settings().getStatementWorkingDays();
    LocalDate due;
    try {
      due = calendar.plusWorkingDays(received.getDate(), workingDays);
    } catch (CalendarCoverageException e) {
      return List.of(notDeterminable(facts, received, "the working days cannot be counted: " + e.getMessage(),
          "a working-day calendar covering " + received.getDate().getYear()));
    }
    List<Conclusion> conclusions = new ArrayList<>();
    conclusions.add(cite(conclusion(ConclusionKind.WSOA_DUE, facts), facts)
        .addDates(ConcernedDate.of(DateRole.DUE_BY, due))
        .addBasis(received.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("The principal authorities must make the written statement of action within "
            + workingDays + " working days of receiving the report, so it is due by " + Wording.date(due)
            + ", the report being taken as received on " + Wording.date(received.getDate()) + "."
            + alternatives(received, calendar, workingDays), received)))
        .build());
    Optional<SubmissionFacts> first = facts.submissions().stream().findFirst();
    if (first.isPresent() && first.get().isDated()) {
      conclusions.add(submission(facts, received, due, first.get().submitted()));
    } else if (first.isPresent()) {
      conclusions.add(knownByEvaluation(facts, received, due, first.get().submitted()));
    } else if (facts.asOf().isAfter(due)) {
      conclusions.add(noSubmissionListed(facts, received, due));
    }
    return conclusions;
  }

  private Conclusion submission(InspectionFacts facts, ResolvedDate received, LocalDate due, ResolvedDate submitted) {
    if (submitted.getDate().isBefore(received.getDate())) {
      return cite(conclusion(ConclusionKind.NOT_DETERMINABLE, facts), facts)
          .addBasis(received.reference(), submitted.reference())
          .addMissingFacts(facts.path() + ".reportReceivedOn")
          .reasoning(Reason.lazily(() -> Wording.withNotes("The record dates the submission (" + Wording.date(submitted.getDate())
              + ") before the day taken as the report's receipt (" + Wording.date(received.getDate())
              + "), so whether it was made in time cannot be judged; record the report's receipt"
              + " (reportReceivedOn) to settle it.", received, submitted)))
          .build();
    }
    boolean inTime = !submitted.getDate().isAfter(due);
    return cite(conclusion(inTime ? ConclusionKind.WSOA_SUBMITTED_IN_TIME : ConclusionKind.WSOA_SUBMITTED_LATE,
        facts), facts)
        .addDates(ConcernedDate.of(DateRole.SUBMITTED_ON, submitted.getDate()))
        .addBasis(received.reference(), submitted.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("The statement was submitted on " + Wording.date(submitted.getDate())
            + elapsed(facts, received, submitted)
            + (inTime ? ", within the time allowed (due by " : ", after it was due (by ")
            + Wording.date(due) + ").", received, submitted)))
        .build();
  }

  /** How many working days after receipt the statement was submitted, as words; empty beyond the calendar. */
  private static String elapsed(InspectionFacts facts, ResolvedDate received, ResolvedDate submitted) {
    try {
      int days = facts.settings().getCalendar().workingDaysBetween(received.getDate(), submitted.getDate());
      return ", " + Wording.count(days, "working day", "working days") + " after receipt";
    } catch (CalendarCoverageException e) {
      return "";
    }
  }

  /**
   * A first submission no source dates, known by its evaluation: it was made on or before that day,
   * which settles "in time" only where that day is itself within the time allowed.
   */
  private Conclusion knownByEvaluation(InspectionFacts facts, ResolvedDate received, LocalDate due,
      ResolvedDate evaluated) {
    LocalDate by = evaluated.getDate();
    String known = "No source says when the statement was first submitted; it was evaluated on "
        + Wording.date(by) + ", so it had been submitted by " + Wording.date(by) + " at the latest";
    if (!by.isAfter(due)) {
      return cite(conclusion(ConclusionKind.WSOA_SUBMITTED_IN_TIME, facts), facts)
          .certainty(Certainty.BOUNDED)
          .addDates(ConcernedDate.of(DateRole.SUBMITTED_BY, by))
          .addBasis(received.reference(), evaluated.reference())
          .reasoning(Reason.lazily(() -> Wording.withNotes(known + ", within the time allowed (due by " + Wording.date(due) + ").",
              received)))
          .build();
    }
    return cite(conclusion(ConclusionKind.NOT_DETERMINABLE, facts), facts)
        .addBasis(received.reference(), evaluated.reference())
        .addMissingFacts(facts.path() + ".writtenStatement.submissions[0].submittedOn")
        .reasoning(Reason.lazily(() -> Wording.withNotes(known + ", and it was due by " + Wording.date(due) + ", so whether it was"
            + " made in time cannot be settled; the day it was submitted (submittedOn) would settle it.", received)))
        .build();
  }

  /**
   * No submission listed after the due day: overdue only where the record shows that none had been made
   * by the due day; otherwise the record is silent, and so is the rule.
   */
  private Conclusion noSubmissionListed(InspectionFacts facts, ResolvedDate received, LocalDate due) {
    Coverage coverage = facts.submissionCoverage();
    if (coverage.showsNoneOtherBy(due)) {
      LocalDate until = coverage.getUntil().orElseThrow().earliestPossible();
      return cite(conclusion(ConclusionKind.WSOA_OVERDUE, facts), facts)
          .addDates(ConcernedDate.of(DateRole.DUE_BY, due), ConcernedDate.of(DateRole.AS_OF, facts.asOf()))
          .addBasis(received.reference(), facts.coverageReference(facts.submissionCoveragePath(), coverage,
              "submission", due))
          .reasoning(Reason.lazily(() -> Wording.withNotes("The written statement of action was due by " + Wording.date(due)
              + ", and the record, which lists every submission until " + Wording.date(until)
              + ", lists none: it had not been submitted when it was due.", received)))
          .build();
    }
    String silent = coverage.getUntil().map(u -> "lists the statement's submissions only until "
        + Wording.date(u.earliestPossible()) + ", before it was due")
        .orElse("does not record whether the statement was submitted (as Ofsted's official statistics, which"
            + " have no column for it, do not)");
    return cite(conclusion(ConclusionKind.NOT_DETERMINABLE, facts), facts)
        .addBasis(received.reference())
        .addMissingFacts(facts.path() + ".writtenStatement.submissions")
        .reasoning(Reason.lazily(() -> Wording.withNotes("The written statement of action was due by " + Wording.date(due)
            + ". The record lists no submission and " + silent + ", so whether it was submitted in time, late"
            + " or not at all cannot be settled.", received)))
        .build();
  }

  private Conclusion notDeterminable(InspectionFacts facts, ResolvedDate received, String why, String missing) {
    return cite(conclusion(ConclusionKind.NOT_DETERMINABLE, facts), facts)
        .addBasis(received.reference())
        .addMissingFacts(missing)
        .reasoning(Reason.lazily(() -> Wording.withNotes("When the written statement of action is due, or whether it was made in time,"
            + " cannot be settled: " + why + ".", received)))
        .build();
  }

  /** Where sources disagree on the receipt, the due date counted from each claim. */
  private static String alternatives(ResolvedDate received, WorkingDayCalendar calendar, int workingDays) {
    if (received.getClaimedDates().size() < 2) {
      return "";
    }
    try {
      return " Counted from each claimed date it would be due by " + Wording.and(received.getClaimedDates()
          .stream().map(d -> Wording.date(calendar.plusWorkingDays(d, workingDays)) + " (from " + Wording.date(d) + ")")
          .collect(Collectors.toList())) + ".";
    } catch (CalendarCoverageException e) {
      return "";
    }
  }

  /** The rule's sources and the calendar's. */
  private static ImmutableConclusion.Builder cite(
      ImmutableConclusion.Builder conclusion, InspectionFacts facts) {
    return conclusion.addAllCitations(facts.settings().getCalendar().sources());
  }
}
