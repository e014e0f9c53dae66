package org.sendinspection.examples.timeline;

import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.provenance.DatedFact;

/**
 * One dated step of an area record: what happened, to which inspection or partner, and when, as every
 * source claims it.
 *
 * <p>Immutable and thread-safe. The date is a {@link DatedFact}, so a step the sources date
 * differently keeps every claim with its source.
 *
 * @param when when it happened, with every claim; not null
 * @param kind what happened; not null
 * @param subject the inspection's identifier, or the partner's name for a partner change; not null
 * @param detail more about the step, such as an evaluation's verdict; empty when there is nothing more
 */
public record TimelineEvent(DatedFact when, EventKind kind, String subject, Optional<String> detail) {

  public TimelineEvent {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
  }

  /** The step in words, such as {@code report published (2019-inspection)}. */
  public String describe() {
    return kind.label() + " (" + subject + ")" + detail.map(d -> ": " + d).orElse("");
  }
}
