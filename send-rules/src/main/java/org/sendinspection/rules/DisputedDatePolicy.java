package org.sendinspection.rules;

import java.time.LocalDate;
import java.util.List;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;

/**
 * Which claim the rules take where sources disagree on a date.
 *
 * <p>The rules never pick silently: whichever claim a policy takes, the conclusion's reason names every
 * claim and its source. Example: the Essex report letter is said to have been published on 17
 * November 2019 (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022,
 * reports.ofsted.gov.uk) and on 23 December 2019 (Essex County Council, <i>SEND Ofsted Inspection Update</i>,
 * People and Families Scrutiny Committee, 2020, www.essex.gov.uk and the official statistics); {@link
 * #MOST_CORROBORATED}, the default, takes 23 December, which two independent sources give; {@link
 * #EARLIEST} would take 17 November, which gives the strictest deadlines.
 */
public enum DisputedDatePolicy {
  /**
   * The date most distinct sources claim; where sources are evenly split, the earliest of the dates
   * with most support. The default: a date two documents agree on outweighs one that a single
   * document gives. An uncited claim counts as a source of its own.
   */
  MOST_CORROBORATED("the date most sources give"),
  /** The earliest date any source claims: deadlines are at their strictest. */
  EARLIEST("the earliest"),
  /** The latest date any source claims: deadlines are at their most generous. */
  LATEST("the latest"),
  /** The claim recorded first, for records that list their most trusted source first. */
  FIRST_RECORDED("the first recorded");

  private final String words;

  DisputedDatePolicy(String words) {
    this.words = words;
  }

  /**
   * The date this policy takes from a fact.
   *
   * @param fact the fact; not null
   * @return its only date if undisputed, else the claim this policy takes
   */
  public LocalDate choose(DatedFact fact) {
    List<DateClaim> claims = fact.getClaims();
    if (!fact.isDisputed()) {
      // Every claim names the same day: each policy takes it.
      return claims.get(0).getDate();
    }
    // A switch expression over every policy: a policy added later does not compile until it is handled.
    return switch (this) {
      case EARLIEST -> fact.earliest();
      case LATEST -> fact.latest();
      case FIRST_RECORDED -> fact.getClaims().get(0).getDate();
      case MOST_CORROBORATED -> mostSupported(claims);
    };
  }

  /**
   * The claim it takes from a fact, in words for reasons: {@code the earliest}, {@code the date most
   * sources give}, or, where the policy is {@link #MOST_CORROBORATED} and the sources are evenly split,
   * {@code the earliest of the dates equally supported}.
   *
   * @param fact the fact; not null
   * @return the words
   */
  public String words(DatedFact fact) {
    if (this == MOST_CORROBORATED) {
      List<DateClaim> claims = fact.getClaims();
      int most = support(claims, mostSupported(claims));
      int equally = 0;
      for (int i = 0; i < claims.size(); i++) {
        LocalDate date = claims.get(i).getDate();
        if (!claimedBefore(claims, i, date) && support(claims, date) == most) {
          equally++;
        }
      }
      if (equally > 1) {
        return "the earliest of the dates equally supported";
      }
    }
    return words;
  }

  /*
   * Loops over the few claims of a fact rather than maps and sets: the rules choose a date for every
   * date they read.
   */

  /**
   * The number of distinct sources behind a date: each source once, however many of its claims give
   * the date, and each uncited claim as a source of its own.
   */
  private static int support(List<DateClaim> claims, LocalDate date) {
    int sources = 0;
    for (int i = 0; i < claims.size(); i++) {
      DateClaim claim = claims.get(i);
      if (claim.getDate().equals(date) && (claim.getCitation().isEmpty() || !citedBefore(claims, i, date))) {
        sources++;
      }
    }
    return sources;
  }

  /** Whether a claim before the given one gives the same date from the same source. */
  private static boolean citedBefore(List<DateClaim> claims, int index, LocalDate date) {
    String source = claims.get(index).getCitation().orElseThrow().getSource();
    for (int i = 0; i < index; i++) {
      DateClaim earlier = claims.get(i);
      if (earlier.getDate().equals(date) && earlier.getCitation().isPresent()
          && earlier.getCitation().get().getSource().equals(source)) {
        return true;
      }
    }
    return false;
  }

  /** The earliest date with the most support; each distinct date is weighed where it is first claimed. */
  private static LocalDate mostSupported(List<DateClaim> claims) {
    LocalDate best = null;
    int most = 0;
    for (int i = 0; i < claims.size(); i++) {
      LocalDate date = claims.get(i).getDate();
      if (claimedBefore(claims, i, date)) {
        continue;
      }
      int support = support(claims, date);
      if (support > most || support == most && date.isBefore(best)) {
        best = date;
        most = support;
      }
    }
    return best;
  }

  /** Whether a claim before the given one gives the same date. */
  private static boolean claimedBefore(List<DateClaim> claims, int index, LocalDate date) {
    for (int i = 0; i < index; i++) {
      if (claims.get(i).getDate().equals(date)) {
        return true;
      }
    }
    return false;
  }
}
