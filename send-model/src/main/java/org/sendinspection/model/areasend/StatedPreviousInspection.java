package org.sendinspection.model.areasend;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The "date of previous inspection" as a 2023-framework report states it, kept apart from what the
 * record knows.
 *
 * <p>Immutable and thread-safe. A report may name the previous revisit rather than the full inspection:
 * Suffolk's 2024 report states 21 to 23 January 2019, its revisit, though its inspection was in December
 * 2016. The rules compare the statement with the record's own earlier inspections and say where they
 * differ; nothing here is corrected.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableStatedPreviousInspection.class)
@JsonDeserialize(as = ImmutableStatedPreviousInspection.class)
public interface StatedPreviousInspection {

  /** The first day the report states. */
  @NotNull
  @Valid
  DatedFact getOnSiteStart();

  /** The last day the report states, where it gives one. */
  Optional<@Valid DatedFact> getOnSiteEnd();

  /** Where the report states it. */
  Optional<@Valid Citation> getCitation();

  static ImmutableStatedPreviousInspection.Builder builder() {
    return ImmutableStatedPreviousInspection.builder();
  }
}
