package org.sendinspection.rules.journey;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.conclusion.Reason;

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

  /**
   * Anything a reader must know about the step's date, such as an assumption or a dispute between
   * sources, as the rules gave it: put into words only when {@link #getNote()} is first read, and part of
   * the step's equality, as its text.
   */
  Optional<Reason> getRemark();

  /** Anything a reader must know about the step's date, in words: {@link #getRemark()}'s text. */
  @Value.Lazy
  default Optional<String> getNote() {
    return getRemark().map(Reason::text);
  }

  static ImmutableJourneyStep.Builder builder() {
    return ImmutableJourneyStep.builder();
  }
}
