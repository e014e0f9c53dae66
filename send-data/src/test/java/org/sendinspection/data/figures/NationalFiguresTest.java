package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.DisputedDatePolicy;

/**
 * The figures of one record, known day by day: Essex's 2016-framework journey as the seeds and the
 * official statistics date it (DOMAIN.md table), with the report's publication disputed between seed
 * 001 (23 December 2019) and Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022,
 * reports.ofsted.gov.uk (17 November 2019).
 */
class NationalFiguresTest {
  private static final AreaRecord ESSEX = AreaRecord.builder()
      .area(LocalArea.builder().code("E10000012").name("Essex").region(OfstedRegion.EAST_OF_ENGLAND).build())
      .addSources(SourceDocument.of("seed-000", "Seed 000"), SourceDocument.of("seed-001", "Seed 001"))
      .addInspections(LocalAreaSendInspection.builder()
          .id("2019-inspection")
          .onSiteStart(DatedFact.of(LocalDate.of(2019, 9, 30)))
          .publishedOn(DatedFact.builder()
              .addClaims(DateClaim.of(LocalDate.of(2019, 12, 23), Citation.of("seed-001")))
              .addClaims(DateClaim.of(LocalDate.of(2019, 11, 17), Citation.of("seed-000")))
              .build())
          .significantWeaknessCount(3)
          .writtenStatement(WrittenStatementOfAction.builder().build())
          .revisit(Revisit.builder()
              .onSiteStart(DatedFact.of(LocalDate.of(2022, 5, 17)))
              .publishedOn(DatedFact.of(LocalDate.of(2022, 7, 27)))
              .outcomeCounts(ProgressCounts.of(3, 0))
              .build())
          .build())
      .build();

  private static NationalFigures asOf(int year, int month, int day) {
    return NationalFigures.of(List.of(ESSEX), FigureScope.national().asOf(LocalDate.of(year, month, day)));
  }

  @Test
  void before_the_inspection_nothing_counts() {
    NationalFigures f = asOf(2019, 9, 29);
    assertEquals(0, f.areasInspected());
    assertEquals(0, f.inspectionsPublished());
  }

  @Test
  void on_site_the_area_is_inspected_and_the_outcome_not_yet_known() {
    NationalFigures f = asOf(2019, 9, 30);
    assertEquals(1, f.areasInspected());
    assertEquals(0, f.inspectionsPublished());
    assertEquals(0, f.significantWeaknesses());
  }

  @Test
  void a_disputed_publication_counts_from_the_claim_the_rules_take() {
    // One source against one: the default takes the earliest of the equally supported dates, 17 November.
    assertEquals(0, asOf(2019, 11, 16).inspectionsPublished());
    NationalFigures f = asOf(2019, 11, 17);
    assertEquals(1, f.inspectionsPublished());
    assertEquals(1, f.writtenStatementsRequired());
    assertEquals(3, f.significantWeaknesses());
    assertEquals(1, f.awaitingRevisit());
    assertEquals(0, f.revisitsCarriedOut());
  }

  @Test
  void under_the_latest_claim_a_disputed_publication_counts_once_every_source_places_it_in_the_past() {
    FigureScope latest = FigureScope.national().withClaims(DisputedDatePolicy.LATEST);
    assertEquals(0, NationalFigures.of(List.of(ESSEX), latest.asOf(LocalDate.of(2019, 12, 22)))
        .inspectionsPublished(), "the revisit letter says 17 Nov, the council paper 23 Dec");
    assertEquals(1, NationalFigures.of(List.of(ESSEX), latest.asOf(LocalDate.of(2019, 12, 23)))
        .inspectionsPublished());
  }

  @Test
  void the_revisit_counts_from_its_first_day_and_its_outcome_from_publication() {
    NationalFigures onSite = asOf(2022, 5, 17);
    assertEquals(1, onSite.revisitsCarriedOut());
    assertEquals(0, onSite.awaitingRevisit());
    assertEquals(0, onSite.revisitsPublished());
    assertEquals(0, onSite.weaknessesSufficientProgress());
    NationalFigures published = asOf(2022, 7, 27);
    assertEquals(1, published.revisitsPublished());
    assertEquals(1, published.revisitsAllSufficient());
    assertEquals(3, published.weaknessesSufficientProgress());
    assertEquals(0, published.weaknessesNotSufficientProgress());
  }

  @Test
  void another_region_counts_nothing_of_essex() {
    assertEquals(0, NationalFigures.of(List.of(ESSEX), FigureScope.national().inRegion(OfstedRegion.LONDON))
        .areasInspected());
    assertEquals(1, NationalFigures.of(List.of(ESSEX),
        FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND)).areasInspected());
  }

  @Test
  void a_fact_without_a_date_counts_only_without_an_as_of_day() {
    AreaRecord unpublished = AreaRecord.builder().from(ESSEX).inspections(List.of(
        LocalAreaSendInspection.builder().id("2019-inspection").onSiteStart(DatedFact.of(LocalDate.of(2019, 9, 30)))
            .significantWeaknessCount(0).build())).build();
    assertEquals(1, NationalFigures.of(List.of(unpublished), FigureScope.national()).inspectionsPublished());
    assertEquals(0, NationalFigures.of(List.of(unpublished), FigureScope.national()
        .asOf(LocalDate.of(2030, 1, 1))).inspectionsPublished());
  }

  @Test
  void the_lines_name_the_scope_and_every_figure() {
    List<String> lines = asOf(2022, 7, 27).lines();
    assertEquals("Area SEND inspections, 2016 framework: England, as of 2022-07-27", lines.get(0));
    assertEquals(13, lines.size());
    assertTrue(lines.contains("    sufficient progress on all weaknesses (Yes): 1"), lines.toString());
    assertEquals("East of England, all dates",
        FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND).describe());
  }
}
