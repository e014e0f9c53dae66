package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;

/**
 * The Essex report's publication as the sources give it: 17 November 2019 (the revisit letter) or 23 December
 * 2019 (the council paper and the official statistics). Each policy takes its claim and words it; the default
 * counts each source once.
 */
class DisputedDatePolicyTest {
  private static final LocalDate NOVEMBER = LocalDate.of(2019, 11, 17);
  private static final LocalDate DECEMBER = LocalDate.of(2019, 12, 23);

  private static DateClaim claim(LocalDate date, String source) {
    return DateClaim.of(date, Citation.of(source));
  }

  private static DatedFact fact(DateClaim... claims) {
    return DatedFact.builder().addClaims(claims).build();
  }

  @Test
  void two_sources_outweigh_one_and_the_other_policies_take_their_own_claim() {
    DatedFact published = fact(claim(DECEMBER, "council-paper"), claim(NOVEMBER, "revisit-letter"),
        claim(DECEMBER, "official-statistics"));
    assertEquals(DECEMBER, DisputedDatePolicy.MOST_CORROBORATED.choose(published));
    assertEquals("the date most sources give", DisputedDatePolicy.MOST_CORROBORATED.words(published));
    assertEquals(NOVEMBER, DisputedDatePolicy.EARLIEST.choose(published));
    assertEquals(DECEMBER, DisputedDatePolicy.LATEST.choose(published));
    assertEquals(DECEMBER, DisputedDatePolicy.FIRST_RECORDED.choose(published));
  }

  @Test
  void each_policy_words_its_choice_and_only_the_default_words_a_split() {
    DatedFact split = fact(claim(DECEMBER, "council-paper"), claim(NOVEMBER, "revisit-letter"));
    assertEquals("the earliest of the dates equally supported", DisputedDatePolicy.MOST_CORROBORATED.words(split));
    assertEquals(NOVEMBER, DisputedDatePolicy.MOST_CORROBORATED.choose(split));
    assertEquals("the earliest", DisputedDatePolicy.EARLIEST.words(split));
    assertEquals("the latest", DisputedDatePolicy.LATEST.words(split));
    assertEquals("the first recorded", DisputedDatePolicy.FIRST_RECORDED.words(split));
    assertEquals(DECEMBER, DisputedDatePolicy.FIRST_RECORDED.choose(split));
  }

  @Test
  void an_undisputed_date_is_taken_by_every_policy() {
    DatedFact one = fact(claim(DECEMBER, "council-paper"));
    for (DisputedDatePolicy policy : DisputedDatePolicy.values()) {
      assertEquals(DECEMBER, policy.choose(one), policy.name());
    }
    assertEquals("the date most sources give", DisputedDatePolicy.MOST_CORROBORATED.words(one));
    assertEquals("the date most sources give", DisputedDatePolicy.MOST_CORROBORATED.words(
        fact(claim(DECEMBER, "council-paper"), claim(DECEMBER, "official-statistics"))));
  }

  @Test
  void a_source_that_gives_a_date_twice_counts_once() {
    DatedFact repeated = fact(claim(DECEMBER, "council-paper"), claim(DECEMBER, "council-paper"),
        claim(NOVEMBER, "revisit-letter"));
    assertEquals(NOVEMBER, DisputedDatePolicy.MOST_CORROBORATED.choose(repeated));
    assertEquals("the earliest of the dates equally supported", DisputedDatePolicy.MOST_CORROBORATED.words(repeated));
  }

  @Test
  void a_source_that_gives_two_dates_counts_for_each() {
    DatedFact both = fact(claim(NOVEMBER, "council-paper"), claim(DECEMBER, "council-paper"),
        claim(DECEMBER, "official-statistics"));
    assertEquals(DECEMBER, DisputedDatePolicy.MOST_CORROBORATED.choose(both));
    assertEquals("the date most sources give", DisputedDatePolicy.MOST_CORROBORATED.words(both));
  }

  @Test
  void each_uncited_claim_counts_as_a_source_of_its_own() {
    DatedFact uncited = fact(DateClaim.of(DECEMBER), DateClaim.of(DECEMBER), claim(NOVEMBER, "revisit-letter"));
    assertEquals(DECEMBER, DisputedDatePolicy.MOST_CORROBORATED.choose(uncited));
    assertEquals("the date most sources give", DisputedDatePolicy.MOST_CORROBORATED.words(uncited));
    DatedFact uncitedAfterCited = fact(claim(DECEMBER, "council-paper"), DateClaim.of(DECEMBER),
        claim(NOVEMBER, "revisit-letter"));
    assertEquals(DECEMBER, DisputedDatePolicy.MOST_CORROBORATED.choose(uncitedAfterCited));
  }

  @Test
  void the_earliest_of_three_equally_supported_dates_is_taken() {
    LocalDate january = LocalDate.of(2020, 1, 6);
    DatedFact three = fact(claim(january, "a"), claim(DECEMBER, "b"), claim(NOVEMBER, "c"));
    assertEquals(NOVEMBER, DisputedDatePolicy.MOST_CORROBORATED.choose(three));
    DatedFact later = fact(claim(january, "a"), claim(DECEMBER, "b"), claim(january, "c"), claim(NOVEMBER, "d"));
    assertEquals(january, DisputedDatePolicy.MOST_CORROBORATED.choose(later));
    assertEquals("the date most sources give", DisputedDatePolicy.MOST_CORROBORATED.words(later));
  }
}
