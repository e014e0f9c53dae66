package org.sendinspection.model.revisit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a revisit decided about one significant weakness of the inspection.
 *
 * <p>Immutable and thread-safe. Example (Southend-on-Sea, 2021): weakness {@code local-offer},
 * sufficient progress, "The area has made sufficient progress to improve this area of weakness."
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableWeaknessOutcome.class)
@JsonDeserialize(as = ImmutableWeaknessOutcome.class)
public interface WeaknessOutcome {

  /** The identifier of the inspection's significant weakness. */
  @NotBlank
  String getWeakness();

  /** Sufficient progress or not. */
  @NotNull
  Progress getProgress();

  /** The letter's narrative or verdict on this weakness, where recorded. */
  Optional<String> getNarrative();

  /** Where the outcome is stated. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("WeaknessOutcome")
        .requireText(getWeakness(), "weakness")
        .requireText(getNarrative(), "narrative")
        .check();
  }

  static ImmutableWeaknessOutcome.Builder builder() {
    return ImmutableWeaknessOutcome.builder();
  }

  static WeaknessOutcome of(String weakness, Progress progress) {
    return builder().weakness(weakness).progress(progress).build();
  }
}
