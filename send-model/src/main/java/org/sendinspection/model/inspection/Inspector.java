package org.sendinspection.model.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person named in a letter as leading or signing the inspection.
 *
 * <p>Immutable and thread-safe. Example: {@code Paul Wilson}, Ofsted, {@code HMI lead inspector}.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableInspector.class)
@JsonDeserialize(as = ImmutableInspector.class)
public interface Inspector {

  @NotBlank
  String getName();

  @NotNull
  Inspectorate getInspectorate();

  /** The role as the letter gives it, such as {@code Regional Director}. */
  @NotBlank
  String getRole();

  @Value.Check
  default void check() {
    Invariants.of("Inspector")
        .requireText(getName(), "name")
        .requireText(getRole(), "role")
        .check();
  }

  static Inspector of(String name, Inspectorate inspectorate, String role) {
    return ImmutableInspector.builder().name(name).inspectorate(inspectorate).role(role).build();
  }
}
