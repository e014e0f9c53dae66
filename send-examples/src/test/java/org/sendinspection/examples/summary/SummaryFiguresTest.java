package org.sendinspection.examples.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.Interval;
import org.sendinspection.data.figures.Median;
import org.sendinspection.data.figures.SummaryFigures;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.DisputedDatePolicy;

/** The figures {@code send summary} prints, over the invented records the command's tests use. */
class SummaryFiguresTest {
  private static final List<AreaRecord> THREE =
      List.of(TestRecords.detailed(), TestRecords.countsOnly(), TestRecords.noWeakness());

  private static SummaryFigures on(String day) {
    return SummaryFigures.of(THREE, FigureScope.national().asOf(LocalDate.parse(day)));
  }

  @Test
  void afterEverything_countsEveryStep() {
    SummaryFigures f = on("2022-12-31");
    assertEquals(3, f.areas());
    assertEquals(3, f.framework2016().areasInspected());
    assertEquals(3, f.framework2016().inspectionsPublished());
    assertEquals(2, f.framework2016().writtenStatementsRequired());
    assertEquals(Optional.of(200.0 / 3), f.statementShare());
    assertEquals(5, f.framework2016().significantWeaknesses());
    assertEquals(1, f.journeys().weaknessesByTheme().get(Theme.JOINT_COMMISSIONING));
    assertEquals(1, f.journeys().weaknessesByTheme().get(Theme.EHC_PLANS));
    assertEquals(3, f.journeys().weaknessesWithoutTheme());
    assertEquals(2, f.framework2016().revisitsPublished());
    assertEquals(1, f.framework2016().revisitsAllSufficient());
    assertEquals(1, f.framework2016().revisitsSomeSufficient());
    assertEquals(0, f.framework2016().revisitsNoneSufficient());
    assertEquals(4, f.framework2016().weaknessesSufficientProgress());
    assertEquals(1, f.framework2016().weaknessesNotSufficientProgress());
    assertEquals(0, f.framework2016().awaitingRevisit());
    assertEquals(0, f.framework2023().inspectionsBegun());
  }

  @Test
  void asOf_leavesOutWhatHadNotHappened() {
    // Testshire's revisit began 2021-05-10 and was published 2021-06-30; Exampleton's was published 2020-03-01.
    SummaryFigures f = on("2021-06-14");
    assertEquals(2, f.framework2016().revisitsCarriedOut());
    assertEquals(1, f.framework2016().revisitsPublished());
    SummaryFigures before = on("2017-01-01");
    assertEquals(0, before.framework2016().areasInspected());
    assertEquals(Optional.empty(), before.statementShare());
  }

  @Test
  void inspectedButNotYetPublished_countsAsInspectedOnly() {
    // Testshire was on site from 2019-03-04; its report was published on 2019-04-20 or 2019-05-02.
    SummaryFigures f = on("2019-03-20");
    assertEquals(3, f.framework2016().areasInspected());
    assertEquals(2, f.framework2016().inspectionsPublished());
  }

  @Test
  void disputedPublicationDate_followsTheClaimPolicy() {
    // Testshire's report: published 2019-04-20 in the letter and 2019-05-02 in the council paper, one
    // source each. On site 2019-03-04: 47 days to the earliest of the equally supported dates (the
    // default, as the rules take it), 59 to the latest.
    FigureScope scope = FigureScope.national().asOf(LocalDate.parse("2022-01-01"));
    SummaryFigures byDefault = SummaryFigures.of(List.of(TestRecords.detailed()), scope);
    assertEquals(Optional.of(47.0), byDefault.journeys().medians().get(Interval.INSPECTION_TO_PUBLICATION).days());
    assertTrue(byDefault.journeys().disputedDates() >= 1);
    SummaryFigures latest = SummaryFigures.of(List.of(TestRecords.detailed()),
        scope.withClaims(DisputedDatePolicy.LATEST));
    assertEquals(Optional.of(59.0), latest.journeys().medians().get(Interval.INSPECTION_TO_PUBLICATION).days());
    SummaryFigures between = SummaryFigures.of(List.of(TestRecords.detailed()),
        FigureScope.national().asOf(LocalDate.parse("2019-04-25")).withClaims(DisputedDatePolicy.LATEST));
    assertEquals(0, between.journeys().medians().get(Interval.INSPECTION_TO_PUBLICATION).count());
    assertEquals(0, between.framework2016().inspectionsPublished(), "not out until 2 May under LATEST");
    assertEquals(1, SummaryFigures.of(List.of(TestRecords.detailed()), FigureScope.national()
        .asOf(LocalDate.parse("2019-04-25"))).framework2016().inspectionsPublished(), "out from 20 April by default");
  }

  @Test
  void region_limitsTheAreas() {
    SummaryFigures f = SummaryFigures.of(THREE,
        FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND).asOf(LocalDate.parse("2022-12-31")));
    assertEquals(1, f.areas());
    assertEquals("Exampleton", TestRecords.countsOnly().getArea().getName());
    assertEquals(3, f.framework2016().significantWeaknesses());
  }

  @Test
  void median_ofEvenCount_isHalfwayBetweenTheMiddleTwo() {
    assertEquals(Optional.of(2.5), Median.of(List.of(4L, 1L, 3L, 2L)).days());
    assertEquals(Optional.of(3.0), Median.of(List.of(5L, 1L, 3L)).days());
    assertEquals(Optional.empty(), Median.of(List.of()).days());
  }

  @Test
  void generatedNation_figuresAgreeWithADirectCount() {
    // Both frameworks: the 2016 figures count the 2016 inspections, whatever followed them.
    List<AreaRecord> nation = AreaRecordGenerator.any().generateMany(11L, 150);
    SummaryFigures f = SummaryFigures.of(nation, FigureScope.national());
    List<LocalAreaSendInspection> published2016 = nation.stream().flatMap(r -> r.getInspections().stream())
        .flatMap(i -> i.asLocalAreaSend2016().stream()).filter(i -> i.getPublishedOn().isPresent()).toList();
    long withStatement = published2016.stream().filter(i -> i.getWrittenStatement().isPresent()).count();
    int weaknesses = published2016.stream().mapToInt(i -> i.significantWeaknessTotal().orElse(0)).sum();
    assertEquals(150, f.areas());
    assertEquals(nation.stream().filter(r -> r.getInspections().stream()
        .anyMatch(i -> i.asLocalAreaSend2016().isPresent())).count(), f.framework2016().areasInspected());
    assertTrue(f.framework2023().inspectionsBegun() > 0, "the generated nation has 2023 inspections too");
    assertEquals(withStatement, f.framework2016().writtenStatementsRequired());
    assertEquals(weaknesses, f.framework2016().significantWeaknesses());
    assertEquals(f.framework2016().revisitsPublished(), f.framework2016().revisitsAllSufficient()
        + f.framework2016().revisitsSomeSufficient() + f.framework2016().revisitsNoneSufficient());
    int byTheme = f.journeys().weaknessesByTheme().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(f.framework2016().significantWeaknesses(), byTheme + f.journeys().weaknessesWithoutTheme());
  }
}
