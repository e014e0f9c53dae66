package org.sendinspection.rules.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * A journey as a value: its steps in order, the state on any day, and equality by inspection and steps;
 * and the 2023 machine's moves, each allowed to one state only.
 */
class JourneyTest {
  private static final JourneyStateMachine MACHINE_2023 = JourneyStateMachine.framework2023();
  private static final JourneyStep BEGAN = step(LocalDate.of(2023, 11, 13), JourneyTrigger.AREA_SEND_INSPECTION_BEGAN,
      JourneyState.AREA_SEND_INSPECTED);
  private static final JourneyStep REPORTED = step(LocalDate.of(2024, 1, 30), JourneyTrigger.OUTCOME_FAILINGS_REPORTED,
      JourneyState.PRIORITY_ACTION_PLAN);
  private static final JourneyStep MONITORED = step(LocalDate.of(2025, 6, 2), JourneyTrigger.MONITORING_INSPECTION_BEGAN,
      JourneyState.MONITORED);

  private static JourneyStep step(LocalDate date, JourneyTrigger trigger, JourneyState state) {
    return JourneyStep.builder().date(date).trigger(trigger).state(state)
        .basis(FactReference.of("inspections[1].onSiteStart", "the first day of the area SEND inspection", date)).build();
  }

  @Test
  void the_state_on_a_day_is_that_of_the_last_step_on_or_before_it() {
    Journey journey = Journey.of("area-send-2023", MACHINE_2023, List.of(BEGAN, REPORTED, MONITORED));
    assertEquals("area-send-2023", journey.inspectionId());
    assertEquals(MACHINE_2023, journey.machine());
    assertEquals(JourneyState.NOT_YET_INSPECTED, journey.stateOn(LocalDate.of(2023, 11, 12)));
    assertEquals(Optional.empty(), journey.stepOn(LocalDate.of(2023, 11, 12)));
    assertEquals(JourneyState.AREA_SEND_INSPECTED, journey.stateOn(LocalDate.of(2024, 1, 29)));
    assertEquals(Optional.of(REPORTED), journey.stepOn(LocalDate.of(2024, 1, 30)));
    assertEquals(Optional.of(REPORTED), journey.stepOn(LocalDate.of(2025, 6, 1)));
    assertEquals(JourneyState.MONITORED, journey.stateOn(LocalDate.of(2030, 1, 1)));
    assertEquals(JourneyState.MONITORED, journey.current());
  }

  @Test
  void a_journey_with_no_step_stands_at_the_machine_s_initial_state() {
    Journey none = Journey.of("area-send-2023", MACHINE_2023, List.of());
    assertEquals(JourneyState.NOT_YET_INSPECTED, none.current());
    assertEquals(JourneyState.NOT_YET_INSPECTED, none.stateOn(LocalDate.of(2030, 1, 1)));
    assertEquals("Journey of area-send-2023:", none.toString());
  }

  @Test
  void journeys_are_equal_when_they_follow_the_same_inspection_through_the_same_steps() {
    Journey journey = Journey.of("area-send-2023", MACHINE_2023, List.of(BEGAN, REPORTED));
    Journey same = Journey.of("area-send-2023", MACHINE_2023, List.of(BEGAN, REPORTED));
    assertEquals(journey, same);
    assertEquals(journey.hashCode(), same.hashCode());
    assertEquals(journey, journey);
    assertNotEquals(journey, Journey.of("area-send-2026", MACHINE_2023, List.of(BEGAN, REPORTED)));
    assertNotEquals(journey, Journey.of("area-send-2023", MACHINE_2023, List.of(BEGAN)));
    assertNotEquals(journey.hashCode(), Journey.of("area-send-2023", MACHINE_2023, List.of(BEGAN)).hashCode());
    assertFalse(journey.equals("area-send-2023"));
  }

  @Test
  void a_step_before_the_previous_one_is_refused_naming_both_dates() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Journey.of("area-send-2023", MACHINE_2023, List.of(BEGAN, REPORTED,
            step(LocalDate.of(2024, 1, 29), JourneyTrigger.MONITORING_INSPECTION_BEGAN,
            JourneyState.MONITORED))));
    assertEquals("journey of area-send-2023: step to MONITORED on 2024-01-29 comes before the previous step's date"
        + " 2024-01-30", e.getMessage());
  }

  @Test
  void steps_on_the_same_day_are_in_order() {
    Journey journey = Journey.of("area-send-2023", MACHINE_2023,
        List.of(BEGAN, REPORTED, step(REPORTED.getDate(), JourneyTrigger.MONITORING_INSPECTION_BEGAN, JourneyState.MONITORED)));
    assertEquals(JourneyState.MONITORED, journey.stateOn(REPORTED.getDate()));
  }

  @Test
  void a_move_is_allowed_only_to_the_state_its_trigger_leads_to() {
    assertTrue(MACHINE_2023.allows(JourneyState.PRIORITY_ACTION_PLAN, JourneyTrigger.MONITORING_INSPECTION_BEGAN,
        JourneyState.MONITORED));
    assertFalse(MACHINE_2023.allows(JourneyState.PRIORITY_ACTION_PLAN, JourneyTrigger.MONITORING_INSPECTION_BEGAN,
        JourneyState.NEXT_FULL_INSPECTION_DUE));
    assertFalse(MACHINE_2023.allows(JourneyState.STRATEGIC_PLAN_UPDATE, JourneyTrigger.MONITORING_INSPECTION_BEGAN,
        JourneyState.MONITORED));
    Transition transition = Transition.of(JourneyState.NEXT_FULL_INSPECTION_DUE,
        JourneyTrigger.FULL_INSPECTION_WINDOW_PASSED, JourneyState.NEXT_FULL_INSPECTION_OVERDUE);
    assertEquals(JourneyState.NEXT_FULL_INSPECTION_DUE, transition.getFromState());
    assertEquals(JourneyTrigger.FULL_INSPECTION_WINDOW_PASSED, transition.getTrigger());
    assertEquals(JourneyState.NEXT_FULL_INSPECTION_OVERDUE, transition.getToState());
    assertTrue(MACHINE_2023.transitions().contains(transition));
  }
}
