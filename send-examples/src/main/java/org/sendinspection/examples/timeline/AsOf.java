package org.sendinspection.examples.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.provenance.DatedFact;

/**
 * The day a view of records is taken on, and the one policy for facts whose sources disagree.
 *
 * <p>Immutable and thread-safe. A fact counts as having happened by the day only when <em>every</em>
 * claim dates it on or before that day, that is, by its {@linkplain DatedFact#latest() latest claim}:
 * a count never includes what one source says had not yet happened. A fact some claims date on or
 * before the day and others after is {@linkplain #isInDispute(DatedFact) in dispute} on that day, and
 * tools say so. Example: Essex's 2019 report, published 17 November 2019 in the revisit letter and
 * 23 December 2019 in the council's paper and the official statistics (seeds 000, 001), counts as
 * published by 31 December 2019 but not by 1 December 2019, when it is in dispute.
 *
 * @param day the day; not null
 */
public record AsOf(LocalDate day) {

  public AsOf {
    Objects.requireNonNull(day, "day");
  }

  /** A view on the given day. */
  public static AsOf of(LocalDate day) {
    return new AsOf(day);
  }

  /** Whether every claim dates the fact on or before the day. */
  public boolean hasHappened(DatedFact fact) {
    return !fact.latest().isAfter(day);
  }

  /** Whether a fact is recorded and every claim dates it on or before the day. */
  public boolean hasHappened(Optional<DatedFact> fact) {
    return fact.isPresent() && hasHappened(fact.get());
  }

  /** Whether some claims date the fact on or before the day and others after it. */
  public boolean isInDispute(DatedFact fact) {
    return !fact.earliest().isAfter(day) && fact.latest().isAfter(day);
  }

  /** The one date this policy takes for a fact: its latest claim. */
  public static LocalDate dateOf(DatedFact fact) {
    return fact.latest();
  }

  /** The policy in words, for the notes of a report. */
  public static String policy() {
    return "where sources give different dates for a step, the step counts only once every source's "
        + "date has passed (the latest claim), and intervals use the latest claim";
  }
}
