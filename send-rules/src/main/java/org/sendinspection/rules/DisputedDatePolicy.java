package org.sendinspection.rules;

import java.time.LocalDate;
import org.sendinspection.model.provenance.DatedFact;

/**
 * Which claim the rules take where sources disagree on a date.
 *
 * <p>The rules never pick silently: whichever claim a policy takes, the conclusion's reason names every
 * claim and its source. Example: the Essex report letter is said to have been published on 17
 * November 2019 (seed 000) and on 23 December 2019 (seed 001 and the official statistics); {@link
 * #EARLIEST}, the default, takes 17 November, which gives the earliest, strictest deadlines.
 */
public enum DisputedDatePolicy {
  /** The earliest date any source claims: deadlines are at their strictest. The default. */
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
    switch (this) {
      case LATEST:
        return fact.latest();
      case FIRST_RECORDED:
        return fact.getClaims().get(0).getDate();
      case EARLIEST:
      default:
        return fact.earliest();
    }
  }

  /** The claim it takes, in words for reasons, such as {@code the earliest}. */
  public String words() {
    return words;
  }
}
