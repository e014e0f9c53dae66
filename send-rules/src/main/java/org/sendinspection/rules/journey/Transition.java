package org.sendinspection.rules.journey;

import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;

/**
 * One allowed move of the journey: from a state, on a trigger, to a state.
 *
 * <p>Immutable and thread-safe. Example: {@code Transition.of(AWAITING_REVISIT, REVISIT_BEGAN,
 * REVISIT_UNDER_WAY)}.
 */
@Value.Immutable
@SendStyle
public interface Transition {

  @Value.Parameter
  JourneyState getFromState();

  @Value.Parameter
  JourneyTrigger getTrigger();

  @Value.Parameter
  JourneyState getToState();

  static Transition of(JourneyState from, JourneyTrigger trigger, JourneyState to) {
    return ImmutableTransition.of(from, trigger, to);
  }
}
