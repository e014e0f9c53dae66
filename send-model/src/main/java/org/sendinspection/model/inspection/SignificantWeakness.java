package org.sendinspection.model.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A significant weakness found by an inspection under the 2016 framework: the finding that makes
 * HMCI require a written statement of action.
 *
 * <p>Immutable and thread-safe. Its {@link #getId() identifier} is stable within its inspection; the
 * statement's coded actions and the revisit's outcomes refer to it. Example (Essex, 2019): identifier
 * {@code joint-commissioning}, theme joint commissioning, statement "The joint commissioning
 * arrangements between the local authority and the CCGs do not work well enough to provide children
 * and young people with the services that they need.", two sub-points.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableSignificantWeakness.class)
@JsonDeserialize(as = ImmutableSignificantWeakness.class)
public interface SignificantWeakness {

  /** The identifier within the inspection: lower-case letters, digits and hyphens. */
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
  String getId();

  /** What the weakness is about. */
  @NotNull
  Theme getTheme();

  /** The framework question it bears on, where tagged. */
  Optional<FrameworkQuestion> getQuestion();

  /** The letter's own statement of the weakness. */
  @NotBlank
  String getStatement();

  /** The letter's sub-points under the statement, in its order. */
  List<@NotBlank String> getSubPoints();

  /** Where the weakness is stated. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("SignificantWeakness")
        .requireIdentifier(getId(), "id")
        .requireText(getStatement(), "statement")
        .requireEachText(getSubPoints(), "subPoints")
        .check();
  }

  static ImmutableSignificantWeakness.Builder builder() {
    return ImmutableSignificantWeakness.builder();
  }
}
