package org.sendinspection.examples.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.RevisitSummary;

class NationalSummaryTest {
  private static final List<AreaRecord> THREE =
      List.of(TestRecords.detailed(), TestRecords.countsOnly(), TestRecords.noWeakness());

  private static SummaryFigures on(String day) {
    return NationalSummary.of(THREE, AsOf.of(LocalDate.parse(day)), Optional.empty());
  }

  @Test
  void afterEverything_countsEveryStep() {
    SummaryFigures f = on("2022-12-31");
    assertEquals(3, f.areas());
    assertEquals(3, f.areasInspected());
    assertEquals(3, f.areasReported());
    assertEquals(2, f.areasWithStatement());
    assertEquals(Optional.of(200.0 / 3), f.statementShare());
    assertEquals(5, f.weaknesses());
    assertEquals(1, f.weaknessesByTheme().get(Theme.JOINT_COMMISSIONING));
    assertEquals(1, f.weaknessesByTheme().get(Theme.EHC_PLANS));
    assertEquals(3, f.weaknessesWithoutTheme());
    assertEquals(2, f.revisits());
    assertEquals(1, f.revisitOutcomes().get(RevisitSummary.ALL));
    assertEquals(1, f.revisitOutcomes().get(RevisitSummary.SOME));
    assertEquals(0, f.revisitOutcomes().get(RevisitSummary.NONE));
    assertEquals(4, f.weaknessesSufficient());
    assertEquals(1, f.weaknessesNotSufficient());
    assertEquals(0, f.weaknessesAwaitingRevisit());
  }

  @Test
  void asOf_leavesOutWhatHadNotHappened() {
    // Testshire's revisit letter is dated 2021-06-15; Exampleton's revisit was published 2020-03-01.
    SummaryFigures f = on("2021-06-14");
    assertEquals(1, f.revisits());
    assertEquals(2, f.weaknessesAwaitingRevisit());
    SummaryFigures before = on("2017-01-01");
    assertEquals(0, before.areasInspected());
    assertEquals(Optional.empty(), before.statementShare());
  }

  @Test
  void inspectedButNotYetReported_countsAsInspectedOnly() {
    // Testshire was on site from 2019-03-04; its letter is dated 2019-04-10.
    SummaryFigures f = on("2019-03-20");
    assertEquals(3, f.areasInspected());
    assertEquals(2, f.areasReported());
  }

  @Test
  void disputedPublicationDate_usesTheLatestClaim() {
    // Testshire's report: published 2019-04-20 in one source and 2019-05-02 in the other. On site
    // 2019-03-04, so the span to publication is taken to 2019-05-02: 59 days.
    SummaryFigures f = NationalSummary.of(List.of(TestRecords.detailed()), AsOf.of(LocalDate.parse("2022-01-01")),
        Optional.empty());
    assertEquals(Optional.of(59.0), f.medians().get(Interval.INSPECTION_TO_PUBLICATION).days());
    assertTrue(f.disputedDates() >= 1);
    SummaryFigures inDispute = NationalSummary.of(List.of(TestRecords.detailed()),
        AsOf.of(LocalDate.parse("2019-04-25")), Optional.empty());
    assertEquals(0, inDispute.medians().get(Interval.INSPECTION_TO_PUBLICATION).count());
  }

  @Test
  void region_limitsTheAreas() {
    SummaryFigures f = NationalSummary.of(THREE, AsOf.of(LocalDate.parse("2022-12-31")),
        Optional.of(OfstedRegion.EAST_OF_ENGLAND));
    assertEquals(1, f.areas());
    assertEquals("Exampleton", TestRecords.countsOnly().getArea().getName());
    assertEquals(3, f.weaknesses());
  }

  @Test
  void median_ofEvenCount_isHalfwayBetweenTheMiddleTwo() {
    assertEquals(Optional.of(2.5), NationalSummary.median(List.of(4L, 1L, 3L, 2L)).days());
    assertEquals(Optional.of(3.0), NationalSummary.median(List.of(5L, 1L, 3L)).days());
    assertEquals(Optional.empty(), NationalSummary.median(List.of()).days());
  }

  @Test
  void generatedNation_figuresAgreeWithADirectCount() {
    List<AreaRecord> nation = AreaRecordGenerator.any().generateMany(11L, 150);
    SummaryFigures f = NationalSummary.of(nation, AsOf.of(LocalDate.parse("2030-01-01")), Optional.empty());
    long withStatement = nation.stream().filter(r -> r.getInspections().stream()
        .anyMatch(i -> ((LocalAreaSendInspection) i).getWrittenStatement().isPresent())).count();
    long revisited = nation.stream().flatMap(r -> r.getInspections().stream())
        .filter(i -> ((LocalAreaSendInspection) i).getRevisit().isPresent()).count();
    int weaknesses = nation.stream().flatMap(r -> r.getInspections().stream())
        .mapToInt(i -> ((LocalAreaSendInspection) i).numberOfSignificantWeaknesses()).sum();
    assertEquals(150, f.areas());
    assertEquals(withStatement, f.areasWithStatement());
    assertEquals(revisited, f.revisits());
    assertEquals(weaknesses, f.weaknesses());
    assertEquals(f.revisits(), f.revisitOutcomes().values().stream().mapToInt(Integer::intValue).sum());
    int byTheme = f.weaknessesByTheme().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(f.weaknesses(), byTheme + f.weaknessesWithoutTheme());
  }
}
