package org.sendinspection.rules.rules2016;

import java.time.LocalDate;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.Remarks;
import org.sendinspection.rules.internal.ResolvedDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.rules.calendar.CalendarCoverageException;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStateMachine;
import org.sendinspection.rules.journey.JourneyStep;
import org.sendinspection.rules.journey.JourneyTrigger;

/**
 * Traces a 2016-framework inspection's journey: its recorded facts, in order, up to the as-of date,
 * with the deadlines that passed between them, as steps of the {@link JourneyStateMachine}.
 *
 * <p>A deadline passes on the day after it falls, unless the fact it waits for is recorded by then. The
 * journey closes on the first day of the area's next full inspection, under either framework, if that
 * has begun by the as-of date; no fact or deadline after that day is a step of it.
 * Steps never go back in time: where disputed dates, read under the settings' policy, would put a
 * later fact before an earlier one, the later step is dated with the earlier and says so. The trace
 * stops, rather than guess, at a fact the machine does not allow in the current state.
 */
final class JourneyTracer {
  private static final Set<JourneyState> AWAITING_REVISIT_OR_EARLIER = EnumSet.of(JourneyState.AWAITING_WSOA,
      JourneyState.WSOA_OVERDUE, JourneyState.WSOA_UNDER_EVALUATION, JourneyState.WSOA_TO_BE_RESUBMITTED,
      JourneyState.AWAITING_REVISIT, JourneyState.REVISIT_OVERDUE);

  private final InspectionFacts facts;
  private final JourneyStateMachine machine = JourneyStateMachine.framework2016();
  private final List<JourneyStep> steps = new ArrayList<>();
  private JourneyState state;
  private LocalDate last = LocalDate.MIN;
  private Optional<LocalDate> statementDue = Optional.empty();
  private Optional<ResolvedDate> receipt = Optional.empty();
  private Optional<ResolvedDate> acceptance = Optional.empty();

  private final Optional<ResolvedDate> closing;

  private JourneyTracer(InspectionFacts facts) {
    this.facts = facts;
    this.state = machine.initial();
    this.closing = facts.laterInspectionBegan().filter(facts::happened);
  }

  /**
   * The journey of an inspection up to the facts' as-of date.
   *
   * @param facts the inspection's facts; not null
   * @return the journey
   */
  public static Journey trace(InspectionFacts facts) {
    JourneyTracer tracer = new JourneyTracer(facts);
    tracer.run();
    tracer.close();
    return Journey.of(facts.id(), tracer.machine, tracer.steps);
  }

  /**
   * Closes the journey on the first day of the area's next full inspection, if it has begun: an area
   * with a statement never revisited is next inspected under the 2023 framework, and what the 2016
   * journey awaited is no longer awaited.
   */
  private void close() {
    if (closing.isEmpty() || state == machine.initial()) {
      return;
    }
    passTime(closing.get().getDate());
    move(JourneyTrigger.LATER_INSPECTION_BEGAN, closing.get(), Optional.of(Reason.of("The area's next full inspection"
        + " began, so nothing this journey awaited is awaited any more; that inspection's journey follows.")));
  }

  /**
   * Whether a fact has happened by the as-of date and before any later full inspection began: facts
   * after that belong to no step of this journey.
   */
  private boolean happened(ResolvedDate date) {
    return facts.happened(date) && closing.map(c -> date.getDate().isBefore(c.getDate())).orElse(true);
  }

  private void run() {
    ResolvedDate began = facts.onSiteStart();
    if (!happened(began) || !move(JourneyTrigger.INSPECTION_BEGAN, began, Optional.empty())) {
      return;
    }
    if (!report()) {
      return;
    }
    receipt = facts.receipt();
    statementDue = receipt.flatMap(this::due);
    if (!submissions() || !revisit()) {
      return;
    }
    passTime(facts.asOf().plusDays(1));
  }

  private boolean report() {
    Optional<Boolean> required = facts.statementRequired();
    if (required.isEmpty()) {
      return false;
    }
    int found = required.get() ? 1 : 0;
    Optional<ResolvedDate> requirement = facts.requirement();
    if (requirement.isPresent()) {
      return happened(requirement.get()) && move(found == 0
          ? JourneyTrigger.REPORT_WITHOUT_SIGNIFICANT_WEAKNESS : JourneyTrigger.REPORT_WITH_SIGNIFICANT_WEAKNESSES,
          requirement.get(), Optional.empty()) && found > 0;
    }
    if (found == 0) {
      return false;
    }
    // No date for the report: the requirement is implied by the first later fact, and dated with it.
    Optional<ResolvedDate> implied = facts.submissions().stream().findFirst().map(SubmissionFacts::submitted)
        .or(() -> facts.revisit().map(RevisitFacts::began)).filter(this::happened);
    return implied.isPresent() && move(JourneyTrigger.REPORT_WITH_SIGNIFICANT_WEAKNESSES, implied.get(),
        Optional.of(Reason.lazily(() -> "The record gives no date for the report; the requirement is implied by "
            + implied.get().getDescription() + ".")));
  }

  private boolean submissions() {
    for (SubmissionFacts submission : facts.submissions()) {
      if (!happened(submission.submitted())) {
        return true;
      }
      passTime(submission.submitted().getDate());
      if (!move(JourneyTrigger.WSOA_SUBMITTED, submission.submitted(), Optional.empty())) {
        return false;
      }
      Optional<ResolvedDate> evaluated = submission.evaluated().filter(this::happened);
      if (evaluated.isEmpty()) {
        return true;
      }
      passTime(evaluated.get().getDate());
      if (!move(submission.isFitForPurpose() ? JourneyTrigger.WSOA_FIT_FOR_PURPOSE
          : JourneyTrigger.WSOA_NOT_FIT_FOR_PURPOSE, evaluated.get(), Optional.empty())) {
        return false;
      }
      if (submission.isFitForPurpose()) {
        acceptance = evaluated;
      }
    }
    return true;
  }

  private boolean revisit() {
    Optional<RevisitFacts> revisit = facts.revisit();
    if (revisit.isEmpty() || !happened(revisit.get().began())) {
      return true;
    }
    passTime(revisit.get().began().getDate());
    if (!move(JourneyTrigger.REVISIT_BEGAN, revisit.get().began(), Optional.empty())) {
      return false;
    }
    ResolvedDate known = revisit.get().outcomeKnown();
    return !happened(known) || move(revisit.get().allSufficient() ? JourneyTrigger.REVISIT_ALL_SUFFICIENT
        : JourneyTrigger.REVISIT_NOT_ALL_SUFFICIENT, known, Optional.empty());
  }

  /** Moves through every deadline that passes before the given day, earliest first. */
  private void passTime(LocalDate until) {
    LocalDate before = closing.map(ResolvedDate::getDate).filter(c -> c.isBefore(until)).orElse(until);
    while (true) {
      Optional<Deadline> next = nextDeadline().filter(d -> d.passes.isBefore(before));
      if (next.isEmpty()) {
        return;
      }
      Deadline deadline = next.get();
      step(deadline.trigger, deadline.passes, deadline.basis, Optional.of(deadline.note));
    }
  }

  private Optional<Deadline> nextDeadline() {
    List<Deadline> candidates = new ArrayList<>();
    // A deadline passes only where the record shows the fact it waits for had not happened by then:
    // a submission or revisit that is not recorded may still have been made.
    if (state == JourneyState.AWAITING_WSOA && statementDue.isPresent() && noSubmissionBy(statementDue.get())) {
      candidates.add(new Deadline(JourneyTrigger.WSOA_DEADLINE_PASSED, statementDue.get().plusDays(1),
          receipt.get().reference(), Reason.lazily(() -> "Due by " + Wording.date(statementDue.get()) + ", "
              + facts.settings().getStatementWorkingDays() + " working days after the report's receipt;"
              + " the record shows no submission by then.")));
    }
    if (state == JourneyState.AWAITING_REVISIT && acceptance.isPresent()) {
      LocalDate due = acceptance.get().getDate().plusMonths(facts.settings().getRevisitWithinMonths());
      boolean noneByThen = facts.revisitCoverage().showsNoneOtherBy(due)
          || facts.revisit().filter(r -> r.began().getDate().isAfter(due)).isPresent();
      if (noneByThen && !RevisitDueRule.suspended(facts.settings(), due)) {
        candidates.add(new Deadline(JourneyTrigger.REVISIT_DEADLINE_PASSED, due.plusDays(1),
            acceptance.get().reference(), Reason.lazily(() -> "Usually due by " + Wording.date(due) + "; the record shows no revisit"
                + " by then.")));
      }
    }
    LocalDate end = facts.settings().getRevisitProgrammeEnd();
    if (AWAITING_REVISIT_OR_EARLIER.contains(state) && facts.revisit().isEmpty() && !last.isAfter(end)
        && facts.inspection().getRevisitCoverage().showsNoneOtherBy(end)) {
      candidates.add(new Deadline(JourneyTrigger.REVISIT_PROGRAMME_ENDED, end.plusDays(1),
          steps.get(steps.size() - 1).getBasis(), Reason.lazily(() -> "The 2016 revisit programme ended on " + Wording.date(end) + ".")));
    }
    return candidates.stream().min((a, b) -> a.passes.compareTo(b.passes));
  }

  /**
   * Whether the record shows no submission by the day: its first submission is dated after it, or none
   * is listed and the list is complete until then. A first submission known only by its evaluation
   * may have been made by any day before that evaluation.
   */
  private boolean noSubmissionBy(LocalDate day) {
    Optional<SubmissionFacts> first = facts.submissions().stream().findFirst();
    if (first.isPresent()) {
      return first.get().isDated() && first.get().submitted().getDate().isAfter(day);
    }
    return facts.submissionCoverage().showsNoneOtherBy(day);
  }

  private Optional<LocalDate> due(ResolvedDate received) {
    try {
      return Optional.of(facts.settings().getCalendar()
          .plusWorkingDays(received.getDate(), facts.settings().getStatementWorkingDays()));
    } catch (CalendarCoverageException e) {
      return Optional.empty();
    }
  }

  private boolean move(JourneyTrigger trigger, ResolvedDate date, Optional<Reason> note) {
    return step(trigger, date.getDate(), date.reference(), Remarks.of(note, date, last));
  }

  private boolean step(JourneyTrigger trigger, LocalDate date, FactReference basis, Optional<Reason> note) {
    Optional<JourneyState> next = machine.next(state, trigger);
    if (next.isEmpty()) {
      return false;
    }
    LocalDate on = date.isBefore(last) ? last : date;
    steps.add(JourneyStep.builder().date(on).trigger(trigger).state(next.get()).basis(basis).remark(note).build());
    state = next.get();
    last = on;
    return true;
  }

  private static final class Deadline {
    final JourneyTrigger trigger;
    final LocalDate passes;
    final FactReference basis;
    final Reason note;

    Deadline(JourneyTrigger trigger, LocalDate passes, FactReference basis, Reason note) {
      this.trigger = trigger;
      this.passes = passes;
      this.basis = basis;
      this.note = note;
    }
  }
}
