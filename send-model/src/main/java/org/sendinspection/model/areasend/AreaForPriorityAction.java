package org.sendinspection.model.areasend;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An area for priority action in an outcome-3 report under the 2023 framework, with the bodies the
 * report holds responsible for it.
 *
 * <p>Immutable and thread-safe. Example (Suffolk, 2024): responsible bodies Suffolk County Council, NHS
 * Suffolk and North East Essex ICB and NHS Norfolk and Waveney ICB; "Local area partnership leaders
 * should cooperate to take urgent action to improve the timeliness and quality of the statutory EHC
 * plan processes ..."
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableAreaForPriorityAction.class)
@JsonDeserialize(as = ImmutableAreaForPriorityAction.class)
public interface AreaForPriorityAction {

  /** The identifier within the inspection: lower-case letters, digits and hyphens. */
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
  String getId();

  /** The bodies responsible, as the report's table names them. */
  @NotEmpty
  List<@NotBlank String> getResponsibleBodies();

  /** The report's statement. */
  @NotBlank
  String getStatement();

  /** The report's bullet points under the statement, in its order. */
  List<@NotBlank String> getSubPoints();

  /** What it is about, where tagged. */
  Optional<Theme> getTheme();

  /** Where it is stated. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("AreaForPriorityAction")
        .requireIdentifier(getId(), "id")
        .requireText(getStatement(), "statement")
        .requireEachText(getResponsibleBodies(), "responsibleBodies")
        .requireEachText(getSubPoints(), "subPoints")
        .require(!getResponsibleBodies().isEmpty(), "responsibleBodies", Invariant.PRIORITY_ACTION_HAS_RESPONSIBLE_BODY,
            "area for priority action '" + getId() + "' names no responsible body")
        .check();
  }

  static ImmutableAreaForPriorityAction.Builder builder() {
    return ImmutableAreaForPriorityAction.builder();
  }
}
