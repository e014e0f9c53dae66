package org.sendinspection.model.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A strength, an area for development (2016 framework) or an area for improvement (2023 framework)
 * stated in an inspection report.
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

  /**
   * The bodies it is addressed to, as a 2023-framework report names them ("Leaders in the local
   * authority and the ICB should ..."); empty where it names none.
   */
  List<@NotBlank String> getAddressedTo();

  /** Its sub-points, in the report's words. */
  List<@NotBlank String> getSubPoints();

  /** Where it is stated. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("Finding")
        .requireText(getStatement(), "statement")
        .requireEachText(getAddressedTo(), "addressedTo")
        .requireEachText(getSubPoints(), "subPoints")
        .check();
  }

  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  static Finding of(String statement) {
    return builder().statement(statement).build();
  }
}
