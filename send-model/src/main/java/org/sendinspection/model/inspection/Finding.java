package org.sendinspection.model.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A strength or an area for development stated in an inspection letter.
 *
 * <p>Immutable and thread-safe. Significant weaknesses, which carry consequences, are a type of their
 * own: {@link SignificantWeakness}.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {

  /** The letter's own words. */
  @NotBlank
  String getStatement();

  /** The framework question it bears on, where tagged. */
  Optional<FrameworkQuestion> getQuestion();

  /** What it is about, where tagged. */
  Optional<Theme> getTheme();

  /** Where it is stated. */
  Optional<@Valid Citation> getCitation();

  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  static Finding of(String statement) {
    return builder().statement(statement).build();
  }
}
