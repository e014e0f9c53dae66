package org.sendinspection.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.DisputedDatePolicy;

/**
 * {@link ResolvedDate#of} reads the few claims of a fact in loops, not streams: it is held here to what
 * the plain definitions give, over facts of one to six claims that agree, repeat and disagree in every way.
 */
class ResolvedDatePropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(2019, 11, 15);
  private static final List<String> SOURCES = List.of("letter", "council-paper", "statistics");

  private record Case(DatedFact fact, DisputedDatePolicy policy) {}

  private static final Gen<Case> CASES = (Draws draws) -> {
    var fact = DatedFact.builder();
    int claims = draws.between(1, 6);
    for (int i = 0; i < claims; i++) {
      // A few days close together, so that claims often repeat and tie.
      LocalDate day = FIRST.plusDays(draws.between(0, 3));
      fact.addClaims(draws.chance(20) ? DateClaim.of(day) : DateClaim.of(day, Citation.of(draws.oneOf(SOURCES))));
    }
    return new Case(fact.build(), draws.oneOf(List.of(DisputedDatePolicy.values())));
  };

  @Test
  void the_date_taken_the_dates_claimed_and_the_dispute_follow_from_the_claims() {
    PropertyCheck.forAll(CASES).describedBy(Case::toString).check(c -> {
      ResolvedDate date = ResolvedDate.of(c.fact(), "inspections[0].publishedOn", "the report's publication", c.policy());
      List<LocalDate> claimed = c.fact().getClaims().stream().map(DateClaim::getDate).distinct().sorted()
          .collect(Collectors.toList());
      assertEquals(claimed, date.getClaimedDates(), "the distinct dates claimed, earliest first");
      assertEquals(c.policy().choose(c.fact()), date.getDate(), "the date the policy takes");
      assertEquals(claimed.size() > 1, date.getDispute().isPresent(), "a dispute where the claims disagree");
      if (claimed.size() == 1) {
        assertEquals(claimed.get(0), date.getDate(), "claims that agree leave nothing to choose");
      }
    });
  }
}
