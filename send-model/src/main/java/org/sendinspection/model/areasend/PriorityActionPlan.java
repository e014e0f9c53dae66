package org.sendinspection.model.areasend;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The priority action plan (area SEND) that HMCI requires after outcome 3: when the partnership
 * submitted it and when it was accepted, where a source says.
 *
 * <p>Immutable and thread-safe. Source: Ofsted and CQC, Area SEND inspection framework and handbook
 * (first published 29 November 2022): after outcome 3 "HMCI will require the local area partnership to
 * prepare and submit a priority action plan (area SEND)".
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutablePriorityActionPlan.class)
@JsonDeserialize(as = ImmutablePriorityActionPlan.class)
public interface PriorityActionPlan {

  /** When the partnership submitted the plan, where recorded. */
  Optional<@Valid DatedFact> getSubmittedOn();

  /** When Ofsted and CQC accepted it, where recorded. */
  Optional<@Valid DatedFact> getAcceptedOn();

  /** Where the plan is stated. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("PriorityActionPlan")
        .requireInOrder(getSubmittedOn(), getAcceptedOn(), "acceptedOn", Invariant.PERIOD_IN_ORDER,
            "the plan was accepted (%s) before it was submitted (%s)")
        .check();
  }

  static ImmutablePriorityActionPlan.Builder builder() {
    return ImmutablePriorityActionPlan.builder();
  }
}
