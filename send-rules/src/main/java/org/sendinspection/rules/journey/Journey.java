package org.sendinspection.rules.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The steps one inspection's recorded facts took an area through, in date order, up to an as-of date.
 *
 * <p>Immutable and thread-safe. Each consecutive pair of states is a transition the {@link
 * JourneyStateMachine} allows, starting from its initial state.
 */
public final class Journey {
  private final String inspectionId;
  private final JourneyStateMachine machine;
  private final List<JourneyStep> steps;

  private Journey(String inspectionId, JourneyStateMachine machine, List<JourneyStep> steps) {
    this.inspectionId = inspectionId;
    this.machine = machine;
    this.steps = List.copyOf(steps);
  }

  /**
   * A journey from its steps.
   *
   * @param inspectionId the inspection it follows; not null
   * @param machine the state machine the steps follow; not null
   * @param steps the steps in order; not null
   * @return the journey
   * @throws IllegalArgumentException if the steps go back in time or make a move the machine does not allow
   */
  public static Journey of(String inspectionId, JourneyStateMachine machine, List<JourneyStep> steps) {
    Objects.requireNonNull(inspectionId, "inspectionId");
    Objects.requireNonNull(machine, "machine");
    JourneyState state = machine.initial();
    LocalDate last = LocalDate.MIN;
    for (JourneyStep step : steps) {
      if (!machine.allows(state, step.getTrigger(), step.getState())) {
        throw new IllegalArgumentException("journey of " + inspectionId + ": the machine does not allow "
            + state + " --" + step.getTrigger() + "--> " + step.getState());
      }
      if (step.getDate().isBefore(last)) {
        throw new IllegalArgumentException("journey of " + inspectionId + ": step to " + step.getState()
            + " on " + step.getDate() + " comes before the previous step's date " + last);
      }
      state = step.getState();
      last = step.getDate();
    }
    return new Journey(inspectionId, machine, steps);
  }

  /** The state machine its steps follow: that of the inspection's framework. */
  public JourneyStateMachine machine() {
    return machine;
  }

  /** The inspection it follows. */
  public String inspectionId() {
    return inspectionId;
  }

  /** The steps, in order. */
  public List<JourneyStep> steps() {
    return steps;
  }

  /**
   * The state on a day: that of the last step on or before it, else the initial state.
   *
   * @param day the day; not null
   * @return the state
   */
  public JourneyState stateOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return stepOn(day).map(JourneyStep::getState).orElse(machine.initial());
  }

  /** The last step on or before a day, if any. */
  public Optional<JourneyStep> stepOn(LocalDate day) {
    JourneyStep found = null;
    for (JourneyStep step : steps) {
      if (step.getDate().isAfter(day)) {
        break;
      }
      found = step;
    }
    return Optional.ofNullable(found);
  }

  /** The state after the last step. */
  public JourneyState current() {
    return steps.isEmpty() ? machine.initial() : steps.get(steps.size() - 1).getState();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Journey)) {
      return false;
    }
    Journey that = (Journey) other;
    return inspectionId.equals(that.inspectionId) && steps.equals(that.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inspectionId, steps);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Journey of ").append(inspectionId).append(':');
    for (JourneyStep step : steps) {
      text.append("\n  ").append(step.getDate()).append("  ").append(step.getState().description())
          .append(" (").append(step.getTrigger().description()).append(')');
    }
    return text.toString();
  }
}
