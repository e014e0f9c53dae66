package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.DisputedDatePolicy;

/** Properties of the themes and intervals over generated sets of synthetic records, under every claim policy. */
class JourneyFiguresProperties {
  private static final int TRIES = 60;
  private static final Gen<List<AreaRecord>> NATIONS = AreaRecordGenerator.any().list(0, 40);
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2017, 6, 30), LocalDate.of(2019, 12, 31),
      LocalDate.of(2022, 8, 31), LocalDate.of(2030, 1, 1));

  @Test
  void weaknesses_byTheme_andWithoutTheme_addUpToTheWeaknessesFound() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (DisputedDatePolicy policy : DisputedDatePolicy.values()) {
        for (LocalDate day : DAYS) {
          FigureScope scope = FigureScope.national().withClaims(policy).asOf(day);
          JourneyFigures journeys = JourneyFigures.of(records, scope);
          int byTheme = journeys.weaknessesByTheme().values().stream().mapToInt(Integer::intValue).sum();
          assertEquals(NationalFigures.of(records, scope).significantWeaknesses(),
              byTheme + journeys.weaknessesWithoutTheme(), policy + " " + day);
        }
      }
    });
  }

  @Test
  void medians_areTakenOverNoMoreJourneysThanTheStepsThatHappened() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        FigureScope scope = FigureScope.national().asOf(day);
        JourneyFigures journeys = JourneyFigures.of(records, scope);
        NationalFigures figures = NationalFigures.of(records, scope);
        assertTrue(journeys.medians().get(Interval.INSPECTION_TO_PUBLICATION).count() <= figures.inspectionsPublished());
        assertTrue(journeys.medians().get(Interval.REVISIT_TO_PUBLICATION).count() <= figures.revisitsPublished());
        assertTrue(journeys.medians().get(Interval.INSPECTION_TO_REVISIT).count() <= figures.revisitsCarriedOut());
        for (Interval interval : Interval.values()) {
          Median m = journeys.medians().get(interval);
          assertEquals(m.count() == 0, m.days().isEmpty(), interval.toString());
        }
      }
    });
  }

  @Test
  void withoutAnAsOfDay_theClaimPolicyChangesNoCount() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      NationalFigures byDefault = NationalFigures.of(records, FigureScope.national());
      for (DisputedDatePolicy policy : DisputedDatePolicy.values()) {
        FigureScope scope = FigureScope.national().withClaims(policy);
        NationalFigures other = NationalFigures.of(records, scope);
        assertEquals(new NationalFigures(scope, byDefault.areasInspected(), byDefault.inspectionsPublished(),
            byDefault.writtenStatementsRequired(), byDefault.significantWeaknesses(), byDefault.revisitsCarriedOut(),
            byDefault.revisitsPublished(), byDefault.revisitsAllSufficient(), byDefault.revisitsSomeSufficient(),
            byDefault.revisitsNoneSufficient(), byDefault.weaknessesSufficientProgress(),
            byDefault.weaknessesNotSufficientProgress(), byDefault.awaitingRevisit(), byDefault.weaknessesNotRecorded()),
            other, policy.toString());
      }
    });
  }
}
