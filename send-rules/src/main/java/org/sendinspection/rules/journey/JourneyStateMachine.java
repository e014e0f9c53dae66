package org.sendinspection.rules.journey;

import static org.sendinspection.rules.journey.JourneyState.AREA_SEND_INSPECTED;
import static org.sendinspection.rules.journey.JourneyState.AWAITING_REVISIT;
import static org.sendinspection.rules.journey.JourneyState.AWAITING_WSOA;
import static org.sendinspection.rules.journey.JourneyState.CLOSED_BY_LATER_INSPECTION;
import static org.sendinspection.rules.journey.JourneyState.INSPECTED;
import static org.sendinspection.rules.journey.JourneyState.MONITORED;
import static org.sendinspection.rules.journey.JourneyState.MONITORING_CEASED;
import static org.sendinspection.rules.journey.JourneyState.MONITORING_INSPECTION_OVERDUE;
import static org.sendinspection.rules.journey.JourneyState.NEXT_FULL_INSPECTION_DUE;
import static org.sendinspection.rules.journey.JourneyState.NEXT_FULL_INSPECTION_OVERDUE;
import static org.sendinspection.rules.journey.JourneyState.NEXT_STEPS_WITH_DFE_AND_NHSE;
import static org.sendinspection.rules.journey.JourneyState.NOT_REVISITED_MOVES_TO_2023_FRAMEWORK;
import static org.sendinspection.rules.journey.JourneyState.NOT_YET_INSPECTED;
import static org.sendinspection.rules.journey.JourneyState.NO_WSOA_REQUIRED;
import static org.sendinspection.rules.journey.JourneyState.PRIORITY_ACTION_PLAN;
import static org.sendinspection.rules.journey.JourneyState.REVISIT_OVERDUE;
import static org.sendinspection.rules.journey.JourneyState.REVISIT_UNDER_WAY;
import static org.sendinspection.rules.journey.JourneyState.STRATEGIC_PLAN_UPDATE;
import static org.sendinspection.rules.journey.JourneyState.WSOA_OVERDUE;
import static org.sendinspection.rules.journey.JourneyState.WSOA_TO_BE_RESUBMITTED;
import static org.sendinspection.rules.journey.JourneyState.WSOA_UNDER_EVALUATION;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The journey that follows one inspection, as an explicit state machine: its initial state and every
 * allowed transition, one machine per framework.
 *
 * <p>Immutable and thread-safe. The transitions follow the framework's sources: a report with
 * significant weaknesses requires a statement (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30
 * June 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in Southend-on-Sea</i>, 14
 * June 2021, reports.ofsted.gov.uk); it is due within 70 working days
 * (regulation 4, 2015 Regulations); it is evaluated and, if not fit for purpose, submitted again
 * (Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families Scrutiny Committee, 2020,
 * www.essex.gov.uk; unverified beyond that); a revisit usually follows within 18 months of acceptance
 * (parliamentary answer, 2021); its outcome ends monitoring or passes the next steps to DfE and NHS
 * England (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk;
 * Ofsted and CQC, <i>Joint area SEND revisit in Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk);
 * the programme ended in December 2022. A record drawn from the official
 * statistics gives no submissions, so a revisit may follow the requirement directly.
 *
 * <p>The 2023 framework's transitions follow the area SEND framework and handbook (in force from 1
 * January 2023) and the reports: outcome 1 or 2 asks for the strategic plan to be updated and
 * published, and the next full inspection follows within approximately five or three years; outcome 3
 * requires a priority action plan, a monitoring inspection usually 18 months from the partnership's
 * receipt of the report, and a full reinspection within approximately three years. The windows around
 * those dates open and close with the passing of time.
 *
 * <p>In both machines, a later full inspection closes the journey from any state after the first: an
 * area with a 2016 statement never revisited is next inspected under the 2023 framework, and its 2016
 * journey closes when that inspection begins.
 */
public final class JourneyStateMachine {
  private static final JourneyStateMachine FRAMEWORK_2016 = new JourneyStateMachine(NOT_YET_INSPECTED,
      transitions2016());

  private final JourneyState initial;
  private final List<Transition> transitions;
  /** The transitions as a table, from state and trigger to the next state: the tracers ask at every step. */
  private final Map<JourneyState, Map<JourneyTrigger, JourneyState>> table = new EnumMap<>(JourneyState.class);

  private JourneyStateMachine(JourneyState initial, List<Transition> transitions) {
    this.initial = initial;
    this.transitions = List.copyOf(transitions);
    for (Transition t : this.transitions) {
      // The first listed transition of a state and trigger is the one taken.
      table.computeIfAbsent(t.getFromState(), s -> new EnumMap<>(JourneyTrigger.class))
          .putIfAbsent(t.getTrigger(), t.getToState());
    }
  }

  private static final JourneyStateMachine FRAMEWORK_2023 = new JourneyStateMachine(NOT_YET_INSPECTED,
      transitions2023());

  /** The state machine of the 2016 framework. */
  public static JourneyStateMachine framework2016() {
    return FRAMEWORK_2016;
  }

  /** The state machine of the 2023 framework. */
  public static JourneyStateMachine framework2023() {
    return FRAMEWORK_2023;
  }

  /** Every state of the machine: those its transitions name, and its initial state. */
  public Set<JourneyState> states() {
    Set<JourneyState> states = EnumSet.of(initial);
    transitions.forEach(t -> {
      states.add(t.getFromState());
      states.add(t.getToState());
    });
    return states;
  }

  /** The state every journey starts in. */
  public JourneyState initial() {
    return initial;
  }

  /** Every allowed transition. */
  public List<Transition> transitions() {
    return transitions;
  }

  /**
   * The state a trigger leads to from a state.
   *
   * @param from the current state; not null
   * @param trigger what happened; not null
   * @return the next state, or empty if the machine does not allow the trigger in that state
   */
  public Optional<JourneyState> next(JourneyState from, JourneyTrigger trigger) {
    Map<JourneyTrigger, JourneyState> moves = table.get(from);
    return moves == null ? Optional.empty() : Optional.ofNullable(moves.get(trigger));
  }

  /** Whether the machine allows the given move. */
  public boolean allows(JourneyState from, JourneyTrigger trigger, JourneyState to) {
    Map<JourneyTrigger, JourneyState> moves = table.get(from);
    return moves != null && moves.get(trigger) == to;
  }

  /** Every state reachable from the initial state, the initial state included. */
  public Set<JourneyState> reachableStates() {
    Set<JourneyState> reached = EnumSet.of(initial);
    Deque<JourneyState> frontier = new ArrayDeque<>(reached);
    while (!frontier.isEmpty()) {
      JourneyState state = frontier.pop();
      for (Transition t : transitions) {
        if (t.getFromState() == state && reached.add(t.getToState())) {
          frontier.push(t.getToState());
        }
      }
    }
    return reached;
  }

  private static List<Transition> transitions2016() {
    List<Transition> t = new ArrayList<>();
    t.add(Transition.of(NOT_YET_INSPECTED, JourneyTrigger.INSPECTION_BEGAN, INSPECTED));
    t.add(Transition.of(INSPECTED, JourneyTrigger.REPORT_WITHOUT_SIGNIFICANT_WEAKNESS, NO_WSOA_REQUIRED));
    t.add(Transition.of(INSPECTED, JourneyTrigger.REPORT_WITH_SIGNIFICANT_WEAKNESSES, AWAITING_WSOA));
    t.add(Transition.of(AWAITING_WSOA, JourneyTrigger.WSOA_DEADLINE_PASSED, WSOA_OVERDUE));
    for (JourneyState awaiting : List.of(AWAITING_WSOA, WSOA_OVERDUE, WSOA_TO_BE_RESUBMITTED)) {
      t.add(Transition.of(awaiting, JourneyTrigger.WSOA_SUBMITTED, WSOA_UNDER_EVALUATION));
    }
    t.add(Transition.of(WSOA_UNDER_EVALUATION, JourneyTrigger.WSOA_NOT_FIT_FOR_PURPOSE, WSOA_TO_BE_RESUBMITTED));
    t.add(Transition.of(WSOA_UNDER_EVALUATION, JourneyTrigger.WSOA_FIT_FOR_PURPOSE, AWAITING_REVISIT));
    t.add(Transition.of(AWAITING_REVISIT, JourneyTrigger.REVISIT_DEADLINE_PASSED, REVISIT_OVERDUE));
    // AWAITING_WSOA and WSOA_OVERDUE: records from the official statistics give no submissions.
    for (JourneyState awaiting : List.of(AWAITING_REVISIT, REVISIT_OVERDUE, AWAITING_WSOA, WSOA_OVERDUE)) {
      t.add(Transition.of(awaiting, JourneyTrigger.REVISIT_BEGAN, REVISIT_UNDER_WAY));
    }
    t.add(Transition.of(REVISIT_UNDER_WAY, JourneyTrigger.REVISIT_ALL_SUFFICIENT, MONITORING_CEASED));
    t.add(Transition.of(REVISIT_UNDER_WAY, JourneyTrigger.REVISIT_NOT_ALL_SUFFICIENT, NEXT_STEPS_WITH_DFE_AND_NHSE));
    for (JourneyState waiting : EnumSet.of(AWAITING_WSOA, WSOA_OVERDUE, WSOA_UNDER_EVALUATION,
        WSOA_TO_BE_RESUBMITTED, AWAITING_REVISIT, REVISIT_OVERDUE)) {
      t.add(Transition.of(waiting, JourneyTrigger.REVISIT_PROGRAMME_ENDED, NOT_REVISITED_MOVES_TO_2023_FRAMEWORK));
    }
    closedByLaterInspection(t);
    return t;
  }

  private static List<Transition> transitions2023() {
    List<Transition> t = new ArrayList<>();
    t.add(Transition.of(NOT_YET_INSPECTED, JourneyTrigger.AREA_SEND_INSPECTION_BEGAN, AREA_SEND_INSPECTED));
    t.add(Transition.of(AREA_SEND_INSPECTED, JourneyTrigger.OUTCOME_POSITIVE_REPORTED, STRATEGIC_PLAN_UPDATE));
    t.add(Transition.of(AREA_SEND_INSPECTED, JourneyTrigger.OUTCOME_INCONSISTENT_REPORTED, STRATEGIC_PLAN_UPDATE));
    t.add(Transition.of(AREA_SEND_INSPECTED, JourneyTrigger.OUTCOME_FAILINGS_REPORTED, PRIORITY_ACTION_PLAN));
    t.add(Transition.of(PRIORITY_ACTION_PLAN, JourneyTrigger.MONITORING_WINDOW_PASSED, MONITORING_INSPECTION_OVERDUE));
    for (JourneyState awaiting : List.of(PRIORITY_ACTION_PLAN, MONITORING_INSPECTION_OVERDUE)) {
      t.add(Transition.of(awaiting, JourneyTrigger.MONITORING_INSPECTION_BEGAN, MONITORED));
    }
    // A monitoring inspection after the full inspection's window opened leaves the full inspection due.
    for (JourneyState due : List.of(NEXT_FULL_INSPECTION_DUE, NEXT_FULL_INSPECTION_OVERDUE)) {
      t.add(Transition.of(due, JourneyTrigger.MONITORING_INSPECTION_BEGAN, due));
    }
    for (JourneyState waiting : List.of(STRATEGIC_PLAN_UPDATE, PRIORITY_ACTION_PLAN, MONITORING_INSPECTION_OVERDUE,
        MONITORED)) {
      t.add(Transition.of(waiting, JourneyTrigger.FULL_INSPECTION_WINDOW_OPENED, NEXT_FULL_INSPECTION_DUE));
    }
    t.add(Transition.of(NEXT_FULL_INSPECTION_DUE, JourneyTrigger.FULL_INSPECTION_WINDOW_PASSED,
        NEXT_FULL_INSPECTION_OVERDUE));
    closedByLaterInspection(t);
    return t;
  }

  /** From every state the transitions reach, a later full inspection closes the journey. */
  private static void closedByLaterInspection(List<Transition> t) {
    Set<JourneyState> open = EnumSet.noneOf(JourneyState.class);
    t.forEach(transition -> open.add(transition.getToState()));
    for (JourneyState state : open) {
      t.add(Transition.of(state, JourneyTrigger.LATER_INSPECTION_BEGAN, CLOSED_BY_LATER_INSPECTION));
    }
  }
}
