package org.sendinspection.model.areasend;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A monitoring inspection's judgement of the progress made on one area for priority action.
 *
 * <p>Immutable and thread-safe. The area is named by the identifier it has in the full inspection's
 * record ({@link AreaForPriorityAction#getId()}).
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutablePriorityActionProgress.class)
@JsonDeserialize(as = ImmutablePriorityActionProgress.class)
public interface PriorityActionProgress {

  /** The area for priority action judged, by its identifier. */
  @NotBlank
  String getAreaForPriorityAction();

  /** Whether sufficient progress was made. */
  @NotNull
  Progress getProgress();

  /** The report's words, where recorded. */
  Optional<String> getNarrative();

  /** Where the judgement is stated. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("PriorityActionProgress")
        .requireText(getAreaForPriorityAction(), "areaForPriorityAction")
        .requireText(getNarrative(), "narrative")
        .check();
  }

  static ImmutablePriorityActionProgress.Builder builder() {
    return ImmutablePriorityActionProgress.builder();
  }

  static PriorityActionProgress of(String areaForPriorityAction, Progress progress) {
    return builder().areaForPriorityAction(areaForPriorityAction).progress(progress).build();
  }
}
