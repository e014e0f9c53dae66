package org.sendinspection.examples.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.DisputedDatePolicy;

class AsOfTest {
  // Shaped like Essex's report publication: 17 November 2019 in one source, 23 December 2019 in another.
  private static final DatedFact DISPUTED = DatedFact.builder()
      .addClaims(DateClaim.of(LocalDate.of(2019, 12, 23), Citation.of("paper")))
      .addClaims(DateClaim.of(LocalDate.of(2019, 11, 17), Citation.of("letter"))).build();

  @Test
  void disputedFact_byDefault_happensOnTheClaimTheRulesTake() {
    // One source each: the earliest of the equally supported dates, as DisputedDatePolicy.MOST_CORROBORATED.
    assertFalse(AsOf.of(LocalDate.of(2019, 11, 16)).hasHappened(DISPUTED));
    assertTrue(AsOf.of(LocalDate.of(2019, 11, 17)).hasHappened(DISPUTED));
    assertEquals(LocalDate.of(2019, 11, 17), AsOf.of(LocalDate.of(2019, 11, 17)).dateOf(DISPUTED));
  }

  @Test
  void disputedFact_underTheLatestClaim_hasHappenedOnlyOnceEveryClaimHasPassed() {
    assertFalse(AsOf.of(LocalDate.of(2019, 11, 16), DisputedDatePolicy.LATEST).hasHappened(DISPUTED));
    assertFalse(AsOf.of(LocalDate.of(2019, 12, 1), DisputedDatePolicy.LATEST).hasHappened(DISPUTED));
    assertTrue(AsOf.of(LocalDate.of(2019, 12, 23), DisputedDatePolicy.LATEST).hasHappened(DISPUTED));
  }

  @Test
  void disputedFact_corroborated_takesTheDateMoreSourcesGive() {
    DatedFact corroborated = DatedFact.builder().from(DISPUTED)
        .addClaims(DateClaim.of(LocalDate.of(2019, 12, 23), Citation.of("statistics"))).build();
    assertEquals(LocalDate.of(2019, 12, 23), AsOf.of(LocalDate.of(2020, 1, 1)).dateOf(corroborated));
    assertFalse(AsOf.of(LocalDate.of(2019, 12, 1)).hasHappened(corroborated));
    assertEquals(LocalDate.of(2019, 11, 17),
        AsOf.of(LocalDate.of(2020, 1, 1), DisputedDatePolicy.EARLIEST).dateOf(corroborated));
  }

  @Test
  void disputedFact_isInDisputeBetweenItsClaims() {
    assertFalse(AsOf.of(LocalDate.of(2019, 11, 16)).isInDispute(DISPUTED));
    assertTrue(AsOf.of(LocalDate.of(2019, 11, 17)).isInDispute(DISPUTED));
    assertTrue(AsOf.of(LocalDate.of(2019, 12, 22)).isInDispute(DISPUTED));
    assertFalse(AsOf.of(LocalDate.of(2019, 12, 23)).isInDispute(DISPUTED));
  }

  @Test
  void undisputedFact_happensOnItsDay_andIsNeverInDispute() {
    DatedFact fact = DatedFact.of(LocalDate.of(2020, 4, 6));
    assertFalse(AsOf.of(LocalDate.of(2020, 4, 5)).hasHappened(fact));
    assertTrue(AsOf.of(LocalDate.of(2020, 4, 6)).hasHappened(fact));
    assertFalse(AsOf.of(LocalDate.of(2020, 4, 6)).isInDispute(fact));
  }

  @Test
  void absentFact_hasNotHappened() {
    assertFalse(AsOf.of(LocalDate.of(2030, 1, 1)).hasHappened(Optional.empty()));
  }

  @Test
  void policy_namesTheClaimTaken() {
    assertTrue(AsOf.of(LocalDate.of(2020, 1, 1)).policy().contains("--claim most-corroborated"));
    assertTrue(AsOf.of(LocalDate.of(2020, 1, 1), DisputedDatePolicy.LATEST).policy().contains("the latest claim"));
  }

  @Test
  void of_null_namesTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> AsOf.of(null));
    assertEquals("day", e.getMessage());
  }
}
