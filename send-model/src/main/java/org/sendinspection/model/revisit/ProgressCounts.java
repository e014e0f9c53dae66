package org.sendinspection.model.revisit;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A revisit's outcome known only as counts, as Ofsted's official statistics give it: how many
 * significant weaknesses had sufficient progress and how many had not, but not which.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableProgressCounts.class)
@JsonDeserialize(as = ImmutableProgressCounts.class)
public interface ProgressCounts {

  /** Weaknesses with sufficient progress. */
  @PositiveOrZero
  int getSufficient();

  /** Weaknesses without sufficient progress. */
  @PositiveOrZero
  int getNotSufficient();

  /** Both counts added. */
  default int total() {
    return getSufficient() + getNotSufficient();
  }

  @Value.Check
  default void check() {
    Invariants.of("ProgressCounts")
        .require(getSufficient() >= 0, "sufficient", Invariant.COUNT_NOT_NEGATIVE,
            "a count cannot be negative; found " + getSufficient())
        .require(getNotSufficient() >= 0, "notSufficient", Invariant.COUNT_NOT_NEGATIVE,
            "a count cannot be negative; found " + getNotSufficient())
        .check();
  }

  static ProgressCounts of(int sufficient, int notSufficient) {
    return ImmutableProgressCounts.builder().sufficient(sufficient).notSufficient(notSufficient).build();
  }
}
