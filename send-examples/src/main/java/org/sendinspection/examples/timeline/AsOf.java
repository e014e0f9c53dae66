package org.sendinspection.examples.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.DisputedDatePolicy;

/**
 * The day a view of a record is taken on, and which claim dates a fact whose sources disagree.
 *
 * <p>Immutable and thread-safe. The claim is chosen by the rules' own {@link DisputedDatePolicy}
 * ({@code --claim}), so that the timeline, the state on the day and the rules' conclusions place a
 * disputed step on the same date; the default, {@link DisputedDatePolicy#MOST_CORROBORATED}, takes the
 * date most distinct sources give (the earliest of those equally supported). A fact counts as having
 * happened by the day when the date the policy takes is on or before it. Every claim is still shown
 * beside the others: a fact some claims date on or before the day and others after is {@linkplain
 * #isInDispute(DatedFact) in dispute} on that day, whichever the policy takes. Summary figures follow
 * the same policy ({@code org.sendinspection.data.figures.FigureScope}). Example: Essex's evaluation
 * of its resubmitted statement, dated 6 April 2020 by the evaluation letter and 16 April 2020 by the
 * council's paper, is placed on 6 April under the default and on 16 April under {@code --claim latest}.
 *
 * @param day the day; not null
 * @param claims which claim dates a disputed fact; not null
 */
public record AsOf(LocalDate day, DisputedDatePolicy claims) {

  public AsOf {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(claims, "claims");
  }

  /** A view on the given day, taking disputed dates as the rules do by default. */
  public static AsOf of(LocalDate day) {
    return new AsOf(day, DisputedDatePolicy.MOST_CORROBORATED);
  }

  /** A view on the given day, taking disputed dates by the given policy. */
  public static AsOf of(LocalDate day, DisputedDatePolicy claims) {
    return new AsOf(day, claims);
  }

  /** Whether the date the policy takes for the fact is on or before the day. */
  public boolean hasHappened(DatedFact fact) {
    return !dateOf(fact).isAfter(day);
  }

  /** Whether a fact is recorded and the date the policy takes is on or before the day. */
  public boolean hasHappened(Optional<DatedFact> fact) {
    return fact.isPresent() && hasHappened(fact.get());
  }

  /** Whether some claims date the fact on or before the day and others after it. */
  public boolean isInDispute(DatedFact fact) {
    return !fact.earliest().isAfter(day) && fact.latest().isAfter(day);
  }

  /** The one date this view takes for a fact: its only date, or the claim the policy takes. */
  public LocalDate dateOf(DatedFact fact) {
    return claims.choose(fact);
  }

  /** The policy in words, for the notes of a report. */
  public String policy() {
    return "where sources give different dates for a step, the step is placed and counted at "
        + words(claims) + ", as the rules take it (--claim " + wire(claims) + "); every claim is listed";
  }

  /** The policy's name as {@code --claim} takes it: {@code most-corroborated}, {@code latest}. */
  public static String wire(DisputedDatePolicy policy) {
    return policy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String words(DisputedDatePolicy policy) {
    switch (policy) {
      case EARLIEST: return "the earliest claim";
      case LATEST: return "the latest claim";
      case FIRST_RECORDED: return "the claim recorded first";
      default: return "the date most sources give (the earliest of those equally supported)";
    }
  }
}
