package org.sendinspection.rules.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.rules.conclusion.FactReference;

class JourneyStateMachineTest {
  private static final JourneyStateMachine MACHINE = JourneyStateMachine.framework2016();

  private static final JourneyStateMachine MACHINE_2023 = JourneyStateMachine.framework2023();
  private static final List<JourneyStateMachine> BOTH = List.of(MACHINE, MACHINE_2023);

  @Test
  void every_state_of_each_machine_is_reachable_from_not_yet_inspected_and_together_they_have_every_state() {
    EnumSet<JourneyState> all = EnumSet.noneOf(JourneyState.class);
    for (JourneyStateMachine machine : BOTH) {
      assertEquals(JourneyState.NOT_YET_INSPECTED, machine.initial());
      assertEquals(machine.states(), machine.reachableStates());
      all.addAll(machine.states());
    }
    assertEquals(EnumSet.allOf(JourneyState.class), all);
    assertEquals(EnumSet.of(JourneyState.NOT_YET_INSPECTED, JourneyState.CLOSED_BY_LATER_INSPECTION),
        intersection(MACHINE.states(), MACHINE_2023.states()), "the states the frameworks share");
  }

  @Test
  void final_states_have_no_way_out_and_every_other_state_has_one() {
    for (JourneyStateMachine machine : BOTH) {
      for (JourneyState state : machine.states()) {
        boolean leaves = machine.transitions().stream().anyMatch(t -> t.getFromState() == state);
        assertEquals(!state.isFinal(), leaves, state.name());
      }
    }
    assertEquals(List.of(JourneyState.CLOSED_BY_LATER_INSPECTION), List.of(JourneyState.values()).stream()
        .filter(JourneyState::isFinal).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void a_trigger_leads_to_at_most_one_state() {
    for (JourneyStateMachine machine : BOTH) {
      for (Transition t : machine.transitions()) {
        long same = machine.transitions().stream()
            .filter(u -> u.getFromState() == t.getFromState() && u.getTrigger() == t.getTrigger()).count();
        assertEquals(1, same, t.toString());
      }
    }
  }

  @Test
  void a_later_full_inspection_closes_either_journey_from_every_state_after_the_first() {
    for (JourneyStateMachine machine : BOTH) {
      for (JourneyState state : machine.states()) {
        Optional<JourneyState> next = machine.next(state, JourneyTrigger.LATER_INSPECTION_BEGAN);
        boolean expected = state != JourneyState.NOT_YET_INSPECTED && state != JourneyState.CLOSED_BY_LATER_INSPECTION;
        assertEquals(expected ? Optional.of(JourneyState.CLOSED_BY_LATER_INSPECTION) : Optional.empty(), next,
            state.name());
      }
    }
  }

  @Test
  void only_outcome_3_leads_to_a_priority_action_plan_and_only_it_to_a_monitoring_inspection() {
    assertEquals(List.of(JourneyTrigger.OUTCOME_FAILINGS_REPORTED), MACHINE_2023.transitions().stream()
        .filter(t -> t.getToState() == JourneyState.PRIORITY_ACTION_PLAN).map(Transition::getTrigger)
        .collect(java.util.stream.Collectors.toList()));
    for (JourneyTrigger outcome : List.of(JourneyTrigger.OUTCOME_POSITIVE_REPORTED,
        JourneyTrigger.OUTCOME_INCONSISTENT_REPORTED)) {
      assertEquals(Optional.of(JourneyState.STRATEGIC_PLAN_UPDATE),
          MACHINE_2023.next(JourneyState.AREA_SEND_INSPECTED, outcome));
    }
    assertEquals(Optional.empty(), MACHINE_2023.next(JourneyState.STRATEGIC_PLAN_UPDATE,
        JourneyTrigger.MONITORING_INSPECTION_BEGAN));
    assertEquals(Optional.empty(), MACHINE_2023.next(JourneyState.STRATEGIC_PLAN_UPDATE,
        JourneyTrigger.MONITORING_WINDOW_PASSED));
    assertEquals(Optional.of(JourneyState.MONITORED), MACHINE_2023.next(JourneyState.MONITORING_INSPECTION_OVERDUE,
        JourneyTrigger.MONITORING_INSPECTION_BEGAN));
  }

  private static EnumSet<JourneyState> intersection(java.util.Set<JourneyState> a, java.util.Set<JourneyState> b) {
    EnumSet<JourneyState> both = EnumSet.copyOf(a);
    both.retainAll(b);
    return both;
  }

  @Test
  void quarterly_monitoring_ceases_only_on_a_revisit_finding_every_weakness_sufficient() {
    assertTrue(MACHINE.transitions().stream().filter(t -> t.getToState() == JourneyState.MONITORING_CEASED)
        .allMatch(t -> t.getTrigger() == JourneyTrigger.REVISIT_ALL_SUFFICIENT));
    assertEquals(Optional.empty(), MACHINE.next(JourneyState.AWAITING_REVISIT, JourneyTrigger.REVISIT_ALL_SUFFICIENT));
    assertFalse(MACHINE.allows(JourneyState.NEXT_STEPS_WITH_DFE_AND_NHSE, JourneyTrigger.REVISIT_BEGAN,
        JourneyState.REVISIT_UNDER_WAY), "no further revisit after an insufficient one");
  }

  @Test
  void only_deadlines_windows_and_the_programme_end_are_not_recorded_facts() {
    assertEquals(EnumSet.of(JourneyTrigger.WSOA_DEADLINE_PASSED, JourneyTrigger.REVISIT_DEADLINE_PASSED,
            JourneyTrigger.REVISIT_PROGRAMME_ENDED, JourneyTrigger.MONITORING_WINDOW_PASSED,
            JourneyTrigger.FULL_INSPECTION_WINDOW_OPENED, JourneyTrigger.FULL_INSPECTION_WINDOW_PASSED),
        EnumSet.copyOf(List.of(JourneyTrigger.values()).stream().filter(t -> !t.isRecordedFact())
            .collect(java.util.stream.Collectors.toList())));
  }

  @Test
  void a_journey_refuses_a_move_the_machine_does_not_allow_and_steps_back_in_time() {
    JourneyStep inspected = step(LocalDate.of(2019, 9, 30), JourneyTrigger.INSPECTION_BEGAN, JourneyState.INSPECTED);
    JourneyStep ceased = step(LocalDate.of(2019, 10, 1), JourneyTrigger.REVISIT_ALL_SUFFICIENT,
        JourneyState.MONITORING_CEASED);
    assertEquals("journey of x: the machine does not allow INSPECTED --REVISIT_ALL_SUFFICIENT--> MONITORING_CEASED",
        assertThrows(IllegalArgumentException.class, () -> Journey.of("x", MACHINE, List.of(inspected, ceased)))
            .getMessage());
    JourneyStep earlier = step(LocalDate.of(2019, 9, 1), JourneyTrigger.REPORT_WITH_SIGNIFICANT_WEAKNESSES,
        JourneyState.AWAITING_WSOA);
    assertThrows(IllegalArgumentException.class, () -> Journey.of("x", MACHINE, List.of(inspected, earlier)));
  }

  @Test
  void stateOn_gives_the_initial_state_before_the_first_step_and_the_last_state_after() {
    JourneyStep inspected = step(LocalDate.of(2019, 9, 30), JourneyTrigger.INSPECTION_BEGAN, JourneyState.INSPECTED);
    Journey journey = Journey.of("x", MACHINE, List.of(inspected));
    assertEquals(JourneyState.NOT_YET_INSPECTED, journey.stateOn(LocalDate.of(2019, 9, 29)));
    assertEquals(JourneyState.INSPECTED, journey.stateOn(LocalDate.of(2019, 9, 30)));
    assertEquals(JourneyState.INSPECTED, journey.current());
    assertEquals("Journey of x:\n  2019-09-30  inspected, report awaited (the inspection began)", journey.toString());
  }

  private static JourneyStep step(LocalDate date, JourneyTrigger trigger, JourneyState state) {
    return JourneyStep.builder().date(date).trigger(trigger).state(state)
        .basis(FactReference.of("inspections[0].onSiteStart", "the first day of the inspection", date)).build();
  }
}
