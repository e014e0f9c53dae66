package org.sendinspection.model.revisit;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The accelerated progress plan DfE requires after a revisit that did not find sufficient progress on
 * every weakness, with its formal progress reviews.
 *
 * <p>Immutable and thread-safe. Source: the parliamentary answer of 27 May 2021 (UK Parliament,
 * written question on SEND local area inspections): DfE requires an accelerated progress plan, with a
 * formal progress review "within at least 6 months" of the revisit report.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableAcceleratedProgressPlan.class)
@JsonDeserialize(as = ImmutableAcceleratedProgressPlan.class)
public interface AcceleratedProgressPlan {

  /** When the area submitted the plan, where recorded. */
  Optional<@Valid DatedFact> getSubmittedOn();

  /** When DfE and NHS England approved it, where recorded. */
  Optional<@Valid DatedFact> getApprovedOn();

  /** Each formal progress review held, in order. */
  List<@Valid DatedFact> getReviews();

  /** Where the plan is stated. */
  Optional<@Valid Citation> getCitation();

  static ImmutableAcceleratedProgressPlan.Builder builder() {
    return ImmutableAcceleratedProgressPlan.builder();
  }
}
