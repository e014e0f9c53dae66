package org.sendinspection.model.areasend;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
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
 *
 * <p>A source may give only one day of the stated range: the scraped overview of 2023-framework reports
 * gives the range's last day (Birmingham's 2025 report: 27 May 2021, the last day of its revisit, which
 * began on 24 May 2021). That day is then the last day, and the first is not recorded; at least one of
 * the two is always recorded (rule {@code stated-previous-inspection-dated}).
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableStatedPreviousInspection.class)
@JsonDeserialize(as = ImmutableStatedPreviousInspection.class)
public interface StatedPreviousInspection {

  /** The first day the report states, where the source gives it. */
  Optional<@Valid DatedFact> getOnSiteStart();

  /** The last day the report states, where it gives one. */
  Optional<@Valid DatedFact> getOnSiteEnd();

  /** Where the report states it. */
  Optional<@Valid Citation> getCitation();

  /** The first day stated where recorded, else the last: the one day a source always gives. */
  default DatedFact firstRecordedDay() {
    return getOnSiteStart().or(this::getOnSiteEnd).orElseThrow();
  }

  @Value.Check
  default void check() {
    Invariants.of("StatedPreviousInspection")
        .require(getOnSiteStart().isPresent() || getOnSiteEnd().isPresent(), "onSiteStart",
            Invariant.STATED_PREVIOUS_INSPECTION_DATED,
            "a stated previous inspection needs its first or last day; found neither")
        .check();
  }

  static ImmutableStatedPreviousInspection.Builder builder() {
    return ImmutableStatedPreviousInspection.builder();
  }
}
