package org.sendinspection.rules.journey;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * One step of a journey: on a date, a trigger moved the area into a state.
 *
 * <p>Immutable and thread-safe. For a recorded fact the basis is that fact; for the passing of a
 * deadline it is the fact the deadline was counted from.
 */
@Value.Immutable
@SendStyle
public interface JourneyStep {

  /** The day the area entered the state. */
  LocalDate getDate();

  /** What moved it. */
  JourneyTrigger getTrigger();

  /** The state entered. */
  JourneyState getState();

  /** The fact the step rests on. */
  FactReference getBasis();

  /** Anything a reader must know about the step's date, such as an assumption. */
  Optional<String> getNote();

  static ImmutableJourneyStep.Builder builder() {
    return ImmutableJourneyStep.builder();
  }
}
