package org.sendinspection.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    if (claims.size() == 1) {
      return claims.get(0).getDate();
    }
    // A switch expression over every policy: a policy added later does not compile until it is handled.
    return switch (this) {
      case EARLIEST -> fact.earliest();
      case LATEST -> fact.latest();
      case FIRST_RECORDED -> fact.getClaims().get(0).getDate();
      case MOST_CORROBORATED -> mostSupported(support(fact));
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
      Map<LocalDate, Integer> support = support(fact);
      int most = support.get(mostSupported(support));
      if (support.values().stream().filter(n -> n == most).count() > 1) {
        return "the earliest of the dates equally supported";
      }
    }
    return words;
  }

  /** The number of distinct sources behind each date, in date order. */
  private static Map<LocalDate, Integer> support(DatedFact fact) {
    Map<LocalDate, Set<String>> sources = new TreeMap<>();
    List<DateClaim> claims = fact.getClaims();
    for (int i = 0; i < claims.size(); i++) {
      int index = i;
      String source = claims.get(i).getCitation().map(c -> "source " + c.getSource())
          .orElseGet(() -> "uncited claim " + index);
      sources.computeIfAbsent(claims.get(i).getDate(), d -> new HashSet<>()).add(source);
    }
    Map<LocalDate, Integer> support = new TreeMap<>();
    sources.forEach((date, names) -> support.put(date, names.size()));
    return support;
  }

  /** The earliest date with the most support. */
  private static LocalDate mostSupported(Map<LocalDate, Integer> support) {
    LocalDate best = null;
    int most = 0;
    for (Map.Entry<LocalDate, Integer> entry : support.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }
}
