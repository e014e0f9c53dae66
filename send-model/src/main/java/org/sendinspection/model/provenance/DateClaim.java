package org.sendinspection.model.provenance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One source's word on when something happened.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableDateClaim.class)
@JsonDeserialize(as = ImmutableDateClaim.class)
public interface DateClaim {

  /** The date claimed. */
  @NotNull
  LocalDate getDate();

  /** Where the claim is made, if recorded. */
  Optional<@Valid Citation> getCitation();

  static ImmutableDateClaim.Builder builder() {
    return ImmutableDateClaim.builder();
  }

  static DateClaim of(LocalDate date) {
    return builder().date(date).build();
  }

  static DateClaim of(LocalDate date, Citation citation) {
    return builder().date(date).citation(citation).build();
  }
}
