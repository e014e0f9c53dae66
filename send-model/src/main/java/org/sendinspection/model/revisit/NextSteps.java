package org.sendinspection.model.revisit;

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
 * What DfE and NHS England determined after a revisit that did not find sufficient progress on every
 * significant weakness: an accelerated progress plan, and any direction by the Secretary of State.
 *
 * <p>Immutable and thread-safe. Sources: the revisit letter to Southend-on-Sea (Ofsted and CQC, 14
 * June 2021): "DfE and NHS England will determine the next steps"; the parliamentary answer of 27 May
 * 2021 on accelerated progress plans; DfE's statement that next steps "may include the Secretary of
 * State using his powers of intervention".
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableNextSteps.class)
@JsonDeserialize(as = ImmutableNextSteps.class)
public interface NextSteps {

  /** When DfE and NHS England set out the next steps, where recorded. */
  Optional<@Valid DatedFact> getDeterminedOn();

  /** The accelerated progress plan, where recorded. */
  Optional<@Valid AcceleratedProgressPlan> getAcceleratedProgressPlan();

  /** When the Secretary of State directed intervention, where that happened and is recorded. */
  Optional<@Valid DatedFact> getSecretaryOfStateDirection();

  /** Where the next steps are stated. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Optional<AcceleratedProgressPlan> plan = getAcceleratedProgressPlan();
    Invariants invariants = Invariants.of("NextSteps")
        .requireInOrder(plan.flatMap(AcceleratedProgressPlan::getSubmittedOn),
            plan.flatMap(AcceleratedProgressPlan::getApprovedOn), "acceleratedProgressPlan.approvedOn",
            Invariant.PERIOD_IN_ORDER, "the plan was approved (%s) before it was submitted (%s)");
    plan.ifPresent(p -> {
      for (int i = 0; i < p.getReviews().size(); i++) {
        invariants.requireInOrder(p.getSubmittedOn(), Optional.of(p.getReviews().get(i)),
            "acceleratedProgressPlan.reviews[" + i + "]", Invariant.PERIOD_IN_ORDER,
            "a progress review (%s) is dated before the plan was submitted (%s)");
      }
    });
    invariants.check();
  }

  static ImmutableNextSteps.Builder builder() {
    return ImmutableNextSteps.builder();
  }
}
