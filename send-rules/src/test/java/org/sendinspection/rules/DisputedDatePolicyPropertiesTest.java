package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;

/**
 * {@link DisputedDatePolicy#MOST_CORROBORATED} takes, and words, the date most distinct sources give, as
 * a plain count of the sources behind each date (kept here as the oracle) does, over facts with up to
 * five claims from a few sources, some uncited, some sources giving two dates or one date twice.
 */
class DisputedDatePolicyPropertiesTest {
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2019, 11, 17), LocalDate.of(2019, 12, 23),
      LocalDate.of(2020, 1, 6));
  private static final List<String> SOURCES = List.of("revisit-letter", "council-paper", "official-statistics");

  private static final Gen<DatedFact> FACTS = (Draws draws) -> {
    var fact = DatedFact.builder();
    int claims = draws.between(1, 5);
    for (int i = 0; i < claims; i++) {
      LocalDate day = draws.oneOf(DAYS);
      fact.addClaims(draws.chance(25) ? DateClaim.of(day) : DateClaim.of(day, Citation.of(draws.oneOf(SOURCES))));
    }
    return fact.build();
  };

  @Test
  void the_date_taken_and_its_words_are_those_of_a_count_of_the_sources_behind_each_date() {
    PropertyCheck.forAll(FACTS).tries(1000).describedBy(DatedFact::toString).check(fact -> {
      Map<LocalDate, Integer> support = support(fact);
      LocalDate best = null;
      int most = 0;
      for (Map.Entry<LocalDate, Integer> entry : support.entrySet()) {
        if (entry.getValue() > most) {
          best = entry.getKey();
          most = entry.getValue();
        }
      }
      int top = most;
      boolean split = support.values().stream().filter(n -> n == top).count() > 1;
      assertEquals(best, DisputedDatePolicy.MOST_CORROBORATED.choose(fact));
      assertEquals(split ? "the earliest of the dates equally supported" : "the date most sources give",
          DisputedDatePolicy.MOST_CORROBORATED.words(fact));
      assertEquals(fact.earliest(), DisputedDatePolicy.EARLIEST.choose(fact));
      assertEquals(fact.latest(), DisputedDatePolicy.LATEST.choose(fact));
      assertEquals(fact.getClaims().get(0).getDate(), DisputedDatePolicy.FIRST_RECORDED.choose(fact));
    });
  }

  /** The number of distinct sources behind each date, an uncited claim a source of its own. */
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
}
