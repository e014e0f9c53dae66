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

  @Test
  void every_state_is_reachable_from_not_yet_inspected() {
    assertEquals(JourneyState.NOT_YET_INSPECTED, MACHINE.initial());
    assertEquals(EnumSet.allOf(JourneyState.class), MACHINE.reachableStates());
  }

  @Test
  void final_states_have_no_way_out_and_every_other_state_has_one() {
    for (JourneyState state : JourneyState.values()) {
      boolean leaves = MACHINE.transitions().stream().anyMatch(t -> t.getFromState() == state);
      assertEquals(!state.isFinal(), leaves, state.name());
    }
  }

  @Test
  void a_trigger_leads_to_at_most_one_state() {
    for (Transition t : MACHINE.transitions()) {
      long same = MACHINE.transitions().stream()
          .filter(u -> u.getFromState() == t.getFromState() && u.getTrigger() == t.getTrigger()).count();
      assertEquals(1, same, t.toString());
    }
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
  void only_deadlines_and_the_programme_end_are_not_recorded_facts() {
    assertEquals(EnumSet.of(JourneyTrigger.WSOA_DEADLINE_PASSED, JourneyTrigger.REVISIT_DEADLINE_PASSED,
            JourneyTrigger.REVISIT_PROGRAMME_ENDED),
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
