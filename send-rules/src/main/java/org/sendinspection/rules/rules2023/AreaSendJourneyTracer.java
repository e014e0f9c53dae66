package org.sendinspection.rules.rules2023;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStateMachine;
import org.sendinspection.rules.journey.JourneyStep;
import org.sendinspection.rules.journey.JourneyTrigger;
import org.sendinspection.rules.internal.Remarks;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.Wording;

/**
 * Traces a 2023-framework inspection's journey up to the as-of date: the inspection, its outcome, the
 * monitoring inspection after outcome 3 and the windows that open and close, as steps of {@link
 * JourneyStateMachine#framework2023()}, until a later full inspection closes it.
 *
 * <p>A window opens on its first day and has passed on the day after its last, unless the inspection it
 * waits for is recorded by then. Steps never go back in time: a fact recorded before the previous
 * step is dated with it and says so.
 */
final class AreaSendJourneyTracer {
  private static final Set<JourneyState> AWAITING_FULL_INSPECTION = EnumSet.of(JourneyState.STRATEGIC_PLAN_UPDATE,
      JourneyState.PRIORITY_ACTION_PLAN, JourneyState.MONITORING_INSPECTION_OVERDUE, JourneyState.MONITORED);

  private final AreaSendFacts facts;
  private final JourneyStateMachine machine = JourneyStateMachine.framework2023();
  private final List<JourneyStep> steps = new ArrayList<>();
  private final Optional<ResolvedDate> closing;
  private JourneyState state;
  private LocalDate last = LocalDate.MIN;

  private AreaSendJourneyTracer(AreaSendFacts facts) {
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
  public static Journey trace(AreaSendFacts facts) {
    AreaSendJourneyTracer tracer = new AreaSendJourneyTracer(facts);
    tracer.run();
    return Journey.of(facts.id(), tracer.machine, tracer.steps);
  }

  private void run() {
    ResolvedDate began = facts.begun();
    if (!happened(began)) {
      return;
    }
    // Where the first day on site is not recorded, the step is dated by the fact that shows it had begun.
    move(JourneyTrigger.AREA_SEND_INSPECTION_BEGAN, began, Optional.empty());
    ResolvedDate report = facts.report();
    if (happened(report)) {
      move(outcomeTrigger(), report, Optional.empty());
      Optional<ResolvedDate> monitored = facts.firstMonitoringInspection().filter(this::happened);
      if (monitored.isPresent()) {
        passTime(monitored.get().getDate());
        move(JourneyTrigger.MONITORING_INSPECTION_BEGAN, monitored.get(), Optional.empty());
      }
    }
    passTime(closing.map(ResolvedDate::getDate).orElse(facts.asOf().plusDays(1)));
    closing.ifPresent(c -> move(JourneyTrigger.LATER_INSPECTION_BEGAN, c, Optional.of(Reason.of("The area's next full"
        + " inspection began, so nothing this journey awaited is awaited any more; that inspection's journey follows."))));
  }

  private JourneyTrigger outcomeTrigger() {
    switch (facts.outcome()) {
      case POSITIVE:
        return JourneyTrigger.OUTCOME_POSITIVE_REPORTED;
      case INCONSISTENT:
        return JourneyTrigger.OUTCOME_INCONSISTENT_REPORTED;
      case WIDESPREAD_OR_SYSTEMIC_FAILINGS:
      default:
        return JourneyTrigger.OUTCOME_FAILINGS_REPORTED;
    }
  }

  /** Whether a fact happened by the as-of date and before any later full inspection began. */
  private boolean happened(ResolvedDate date) {
    return facts.happened(date) && closing.map(c -> date.getDate().isBefore(c.getDate())).orElse(true);
  }

  /** Moves through every window's opening or passing before the given day, earliest first. */
  private void passTime(LocalDate before) {
    while (true) {
      Optional<Step> next = nextWindowEvent().filter(s -> s.on.isBefore(before));
      if (next.isEmpty()) {
        return;
      }
      step(next.get().trigger, next.get().on, next.get().basis, Optional.of(next.get().note));
    }
  }

  private Optional<Step> nextWindowEvent() {
    List<Step> candidates = new ArrayList<>();
    FactReference report = facts.report().reference();
    // A window's closing is a step only where the record shows that what it waited for had not begun.
    if (state == JourneyState.PRIORITY_ACTION_PLAN && facts.inspection().getMonitoringCoverage()
        .showsNoneOtherBy(facts.monitoringInspection().closes())) {
      InspectionWindow monitoring = facts.monitoringInspection();
      candidates.add(new Step(JourneyTrigger.MONITORING_WINDOW_PASSED, monitoring.closes().plusDays(1), report,
          Reason.lazily(() -> "The monitoring inspection's window closed on " + Wording.date(monitoring.closes()) + ".")));
    }
    InspectionWindow full = facts.nextFullInspection();
    if (AWAITING_FULL_INSPECTION.contains(state)) {
      candidates.add(new Step(JourneyTrigger.FULL_INSPECTION_WINDOW_OPENED, full.opens(), report,
          Reason.lazily(() -> "The next full inspection's window opened on " + Wording.date(full.opens())
              + "; it is due about " + Wording.date(full.about()) + ".")));
    }
    if (state == JourneyState.NEXT_FULL_INSPECTION_DUE
        && facts.record().getInspectionCoverage().showsNoneOtherBy(full.closes())) {
      candidates.add(new Step(JourneyTrigger.FULL_INSPECTION_WINDOW_PASSED, full.closes().plusDays(1), report,
          Reason.lazily(() -> "The next full inspection's window closed on " + Wording.date(full.closes()) + ".")));
    }
    return candidates.stream().min((a, b) -> a.on.compareTo(b.on));
  }

  private void move(JourneyTrigger trigger, ResolvedDate date, Optional<Reason> note) {
    step(trigger, date.getDate(), date.reference(),
        Remarks.of(note, date, last));
  }

  private void step(JourneyTrigger trigger, LocalDate date, FactReference basis, Optional<Reason> note) {
    Optional<JourneyState> next = machine.next(state, trigger);
    if (next.isEmpty()) {
      throw new IllegalStateException("the 2023 journey of " + facts.id() + " cannot move from " + state + " on "
          + trigger + ": the tracer and the state machine disagree");
    }
    LocalDate on = date.isBefore(last) ? last : date;
    steps.add(JourneyStep.builder().date(on).trigger(trigger).state(next.get()).basis(basis).remark(note).build());
    state = next.get();
    last = on;
  }

  private static final class Step {
    final JourneyTrigger trigger;
    final LocalDate on;
    final FactReference basis;
    final Reason note;

    Step(JourneyTrigger trigger, LocalDate on, FactReference basis, Reason note) {
      this.trigger = trigger;
      this.on = on;
      this.basis = basis;
      this.note = note;
    }
  }
}
