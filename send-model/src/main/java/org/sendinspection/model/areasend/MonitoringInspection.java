package org.sendinspection.model.areasend;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A monitoring inspection after an outcome-3 area SEND inspection: usually 18 months from the date the
 * partnership receives its final report (area SEND handbook, as quoted by a parent carer forum).
 *
 * <p>Immutable and thread-safe. What it found is held as findings in the report's words.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableMonitoringInspection.class)
@JsonDeserialize(as = ImmutableMonitoringInspection.class)
public interface MonitoringInspection {

  /** The first day on site. */
  @NotNull
  @Valid
  DatedFact getOnSiteStart();

  /** The last day on site, where recorded. */
  Optional<@Valid DatedFact> getOnSiteEnd();

  /** When its letter was published, where recorded. */
  Optional<@Valid DatedFact> getPublishedOn();

  /** Its findings, in the letter's words. */
  List<@Valid Finding> getFindings();

  /** Its judgement of the progress on each area for priority action, where recorded. */
  List<@Valid PriorityActionProgress> getProgress();

  /** Where it is reported. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("MonitoringInspection")
        .requireInOrder(Optional.of(getOnSiteStart()), getOnSiteEnd(), "onSiteEnd",
            Invariant.PERIOD_IN_ORDER, "the last day on site (%s) is before the first (%s)")
        .requireInOrder(Optional.of(getOnSiteStart()), getPublishedOn(), "publishedOn",
            Invariant.PUBLISHED_AFTER_ON_SITE, "publication (%s) is before the visit began (%s)")
        .check();
  }

  static ImmutableMonitoringInspection.Builder builder() {
    return ImmutableMonitoringInspection.builder();
  }
}
