package org.sendinspection.model.provenance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * When something happened, as one or more sources claim it.
 *
 * <p>Immutable and thread-safe. Most facts have one claim. Where sources disagree, as the Essex
 * documents do on when the 2019 report was published (23 December 2019 in the council's paper and the
 * official statistics, 17 November 2019 in the revisit letter), the fact holds every claim with its
 * source and {@link #isDisputed()} is true: the model never picks one. Whoever needs a single date
 * chooses explicitly, with {@link #earliest()} or {@link #latest()}, and should say so.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableDatedFact.class)
@JsonDeserialize(as = ImmutableDatedFact.class)
public interface DatedFact {

  /** Every claim, in the order recorded; at least one. */
  @NotEmpty
  List<@Valid DateClaim> getClaims();

  /** Whether the claims name more than one date. */
  default boolean isDisputed() {
    // Loops rather than streams here and below: the rules ask these of every date they read.
    List<DateClaim> claims = getClaims();
    LocalDate first = claims.get(0).getDate();
    for (int i = 1; i < claims.size(); i++) {
      if (!claims.get(i).getDate().equals(first)) {
        return true;
      }
    }
    return false;
  }

  /** The earliest date any claim names. */
  default LocalDate earliest() {
    List<DateClaim> claims = getClaims();
    LocalDate earliest = claims.get(0).getDate();
    for (int i = 1; i < claims.size(); i++) {
      if (claims.get(i).getDate().isBefore(earliest)) {
        earliest = claims.get(i).getDate();
      }
    }
    return earliest;
  }

  /** The latest date any claim names. */
  default LocalDate latest() {
    List<DateClaim> claims = getClaims();
    LocalDate latest = claims.get(0).getDate();
    for (int i = 1; i < claims.size(); i++) {
      if (claims.get(i).getDate().isAfter(latest)) {
        latest = claims.get(i).getDate();
      }
    }
    return latest;
  }

  /** Whether some claim dates the fact on or before the given day. */
  default boolean mayBeOnOrBefore(LocalDate day) {
    return !earliestPossible().isAfter(day);
  }

  /** The earliest day any claim allows, its precision and bounds counted. */
  default LocalDate earliestPossible() {
    List<DateClaim> claims = getClaims();
    LocalDate earliest = claims.get(0).earliestPossible();
    for (int i = 1; i < claims.size(); i++) {
      LocalDate day = claims.get(i).earliestPossible();
      if (day.isBefore(earliest)) {
        earliest = day;
      }
    }
    return earliest;
  }

  /** The latest day any claim allows, its precision and bounds counted. */
  default LocalDate latestPossible() {
    List<DateClaim> claims = getClaims();
    LocalDate latest = claims.get(0).latestPossible();
    for (int i = 1; i < claims.size(); i++) {
      LocalDate day = claims.get(i).latestPossible();
      if (day.isAfter(latest)) {
        latest = day;
      }
    }
    return latest;
  }

  /** Whether every claim names one day exactly (to the day, not as a limit). */
  default boolean isExactDay() {
    return getClaims().stream().allMatch(DateClaim::isExactDay);
  }

  /**
   * The date in words for messages: {@code 2020-04-06}, or for a disputed fact every claim with its
   * source, {@code 2020-04-06 (ofsted-essex-wsoa-evaluation-2020) or 2020-04-16 (ofsted-essex-revisit-2022)}.
   */
  default String describe() {
    if (!isDisputed()) {
      return getClaims().get(0).describe();
    }
    return getClaims().stream()
        .map(c -> c.describe() + c.getCitation().map(s -> " (" + s.getSource() + ")").orElse(""))
        .collect(Collectors.joining(" or "));
  }

  @Value.Check
  default void check() {
    Invariants.of("DatedFact")
        .require(!getClaims().isEmpty(), "claims", Invariant.DATED_FACT_HAS_CLAIM,
            "a dated fact needs at least one claim of a date; found none")
        .check();
  }

  static ImmutableDatedFact.Builder builder() {
    return ImmutableDatedFact.builder();
  }

  /** A fact with one uncited claim. */
  static DatedFact of(LocalDate date) {
    return builder().addClaims(DateClaim.of(date)).build();
  }

  /** A fact with one cited claim. */
  static DatedFact of(LocalDate date, Citation citation) {
    return builder().addClaims(DateClaim.of(date, citation)).build();
  }
}
