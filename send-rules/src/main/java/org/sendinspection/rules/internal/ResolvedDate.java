package org.sendinspection.rules.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.conclusion.Reason;

/**
 * A recorded date as the rules read it: the single date taken, the fact it comes from, and any note a
 * reason must carry about it.
 *
 * <p>Immutable and thread-safe. Example: the Essex report's receipt, read from its publication
 * (path {@code inspections[0].publishedOn}), 23 December 2019 (the date two sources give), with the
 * assumption that the report was received on the day it was published and the dispute between 23
 * December 2019 (the council paper and the official statistics) and 17 November 2019 (the revisit letter).
 */
@Value.Immutable
@SendStyle
public interface ResolvedDate {

  /** The date taken. */
  LocalDate getDate();

  /** The path of the fact in the record, such as {@code inspections[0].publishedOn}. */
  String getPath();

  /** The fact in words, such as {@code the report's publication}. */
  String getDescription();

  /**
   * Where sources disagree: a sentence naming every claim, its source and the claim taken, put into
   * words only when {@link #getDispute()} is read.
   */
  Optional<Reason> getDisagreement();

  /** Where sources disagree, in words: {@link #getDisagreement()}'s text. */
  @Value.Lazy
  default Optional<String> getDispute() {
    return getDisagreement().map(Reason::text);
  }

  /** Every distinct date the sources claim, earliest first: one date unless disputed. */
  List<LocalDate> getClaimedDates();

  /** Where the date stands in for one the record lacks: a sentence saying so. */
  Optional<String> getAssumption();

  /**
   * This date with a further assumption, stated after any it already carries (such as that the record
   * gives it only to the month).
   *
   * @param assumption a sentence; not blank
   * @return the date with both assumptions
   */
  default ResolvedDate assuming(String assumption) {
    return builder().from(this).assumption(getAssumption().map(a -> a + " " + assumption).orElse(assumption)).build();
  }

  /** The fact as a conclusion cites it. */
  default FactReference reference() {
    return FactReference.builder().path(getPath()).description(getDescription()).date(getDate())
        .disagreement(getDisagreement()).build();
  }

  static ImmutableResolvedDate.Builder builder() {
    return ImmutableResolvedDate.builder();
  }

  /**
   * A recorded date read under a policy for disputed dates: where the sources disagree, the dispute
   * names every claim with its source and the claim taken.
   *
   * @param fact the recorded fact; not null
   * @param path its path in the record, such as {@code inspections[1].publishedOn}; not null
   * @param description the fact in words, such as {@code the report's publication}; not null
   * @param policy which claim to take; not null
   * @return the date as the rules read it
   */
  static ResolvedDate of(DatedFact fact, String path, String description, DisputedDatePolicy policy) {
    List<DateClaim> claims = fact.getClaims();
    if (!fact.isDisputed()) {
      // The usual case: every claim names the same day, so there is nothing to choose and no dispute to word.
      LocalDate only = claims.get(0).getDate();
      return builder().date(only).path(path).description(description).addClaimedDates(only)
          .assumption(notToTheDay(claims, only, description)).build();
    }
    LocalDate taken = policy.choose(fact);
    // Worded only when a reason that names it is read: most callers never read one.
    return builder().date(taken).path(path).description(description).claimedDates(distinctDates(claims))
        .disagreement(Reason.lazily(() -> dispute(fact, description, policy, taken)))
        .assumption(notToTheDay(claims, taken, description)).build();
  }

  /**
   * Where no claim of the date taken names the day exactly (a month, a year, or a limit such as "on or
   * before"), a sentence saying that the day is the rules' reading, not the record's: the record is not
   * made to say more than it does.
   */
  private static Optional<String> notToTheDay(List<DateClaim> claims, LocalDate taken, String description) {
    DateClaim loose = null;
    for (DateClaim claim : claims) {
      if (claim.getDate().equals(taken)) {
        if (claim.isExactDay()) {
          return Optional.empty();
        }
        loose = loose == null ? claim : loose;
      }
    }
    if (loose == null) {
      return Optional.empty();
    }
    return Optional.of("The record gives " + description + " only as " + loose.describe() + " ("
        + (loose.getBound().isPresent() ? "a limit" : "not to the day") + "); the rules take "
        + Wording.date(taken) + ".");
  }

  /** The distinct dates claimed, earliest first; a loop over the few claims rather than a stream. */
  private static List<LocalDate> distinctDates(List<DateClaim> claims) {
    LocalDate[] dates = new LocalDate[claims.size()];
    int count = 0;
    for (DateClaim claim : claims) {
      LocalDate date = claim.getDate();
      int at = count;
      while (at > 0 && dates[at - 1].isAfter(date)) {
        at--;
      }
      if (at > 0 && dates[at - 1].equals(date)) {
        continue;
      }
      System.arraycopy(dates, at, dates, at + 1, count - at);
      dates[at] = date;
      count++;
    }
    return Arrays.asList(Arrays.copyOf(dates, count));
  }

  /** The sources' disagreement in words: one entry per date, naming every source that gives it, in recorded order. */
  private static String dispute(DatedFact fact, String description, DisputedDatePolicy policy, LocalDate taken) {
    java.util.Map<LocalDate, java.util.List<String>> byDate = new java.util.LinkedHashMap<>();
    for (DateClaim claim : fact.getClaims()) {
      java.util.List<String> sources = byDate.computeIfAbsent(claim.getDate(), d -> new java.util.ArrayList<>());
      claim.getCitation().map(c -> c.getSource()).filter(s -> !sources.contains(s)).ifPresent(sources::add);
    }
    String claims = byDate.entrySet().stream()
        .map(e -> Wording.date(e.getKey())
            + (e.getValue().isEmpty() ? "" : " (" + String.join(", ", e.getValue()) + ")"))
        .collect(Collectors.joining(" or "));
    return "The sources disagree on " + description + ": " + claims + "; the rules take "
        + policy.words(fact) + " (" + Wording.date(taken) + "), as the settings' disputed-date policy directs.";
  }
}
