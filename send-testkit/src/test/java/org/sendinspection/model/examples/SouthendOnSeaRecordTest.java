package org.sendinspection.model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.model.examples.ExampleRecordFacts.claims;
import static org.sendinspection.model.examples.ExampleRecordFacts.only2016Inspection;
import static org.sendinspection.model.examples.ExampleRecordFacts.partnerNamesOn;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * The Southend-on-Sea record states what Ofsted and CQC, <i>Joint area SEND revisit in Southend-on-Sea</i>,
 * 14 June 2021, reports.ofsted.gov.uk, the 2023 report and the official statistics say.
 */
class SouthendOnSeaRecordTest {
  private static final AreaRecord SOUTHEND = ExampleRecords.southendOnSea();
  private static final LocalAreaSendInspection INSPECTION = only2016Inspection(SOUTHEND);
  private static final Revisit REVISIT = INSPECTION.getRevisit().orElseThrow();

  @Test
  void area_isSouthendOnSeaInTheEastOfEngland() {
    assertEquals("E06000033", SOUTHEND.getArea().getCode());
    assertEquals("Southend-on-Sea", SOUTHEND.getArea().getName());
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, SOUTHEND.getArea().getRegion());
    assertEquals(2, SOUTHEND.getInspections().size(), "one inspection under each framework");
  }

  @Test
  void council_becomesACityCouncilOn1March2022_andTheGroupGivesWayToTheBoardOn1July2022() {
    assertEquals(List.of("Southend-on-Sea Borough Council", "Southend Clinical Commissioning Group"),
        partnerNamesOn(SOUTHEND, 2022, 2, 28));
    assertEquals(List.of("Southend-on-Sea City Council", "Southend Clinical Commissioning Group"),
        partnerNamesOn(SOUTHEND, 2022, 3, 1));
    assertEquals(List.of("Southend-on-Sea City Council", "Mid and South Essex Integrated Care Board"),
        partnerNamesOn(SOUTHEND, 2022, 7, 1));
  }

  @Test
  void inspection_beganOn1October2018_withLetter5DecemberPublished12December() {
    assertEquals(List.of("2018-10-01 ofsted-area-send-statistics-2022",
        "2018-10-01 ofsted-southend-area-send-inspection-2023"), claims(INSPECTION.getOnSiteStart()));
    assertEquals(LocalDate.of(2018, 12, 5), INSPECTION.getLetterDate().orElseThrow().earliest());
    assertEquals(List.of("2018-12-12 ofsted-area-send-statistics-2022"),
        claims(INSPECTION.getPublishedOn().orElseThrow()));
  }

  @Test
  void inspection_foundFourSignificantWeaknesses() {
    assertEquals(List.of("leadership-and-joint-commissioning", "local-offer", "ehc-plans", "access-to-education"),
        INSPECTION.getSignificantWeaknesses().stream().map(SignificantWeakness::getId)
            .collect(Collectors.toList()));
  }

  @Test
  void statement_declaredFitForPurposeOn14May2019_isASubmissionKnownOnlyByItsEvaluation() {
    WrittenStatementOfAction wsoa = INSPECTION.getWrittenStatement().orElseThrow();
    assertEquals(List.of("Southend-on-Sea Borough Council", "Southend Clinical Commissioning Group"),
        wsoa.getJointlyResponsible());
    assertEquals(1, wsoa.getSubmissions().size());
    assertTrue(wsoa.getSubmissions().get(0).getSubmittedOn().isEmpty(), "no source dates the submission");
    assertEquals(LocalDate.of(2019, 5, 14),
        wsoa.acceptance().orElseThrow().getEvaluatedOn().earliest());
    assertEquals("ofsted-southend-revisit-2021", wsoa.acceptance().orElseThrow().getEvaluatedOn()
        .getClaims().get(0).getCitation().orElseThrow().getSource());
  }

  @Test
  void revisit_inMay2021_foundSufficientProgressOnThreeOfFour_notOnLeadership() {
    assertEquals(LocalDate.of(2021, 5, 5), REVISIT.getOnSiteStart().earliest());
    assertEquals(LocalDate.of(2021, 5, 7), REVISIT.getOnSiteEnd().orElseThrow().earliest());
    assertEquals(LocalDate.of(2021, 6, 14), REVISIT.getLetterDate().orElseThrow().earliest());
    assertEquals(LocalDate.of(2021, 6, 22), REVISIT.getPublishedOn().orElseThrow().earliest());
    assertEquals(RevisitSummary.SOME, REVISIT.summary());
    assertEquals(3, REVISIT.sufficientCount());
    assertEquals(List.of("leadership-and-joint-commissioning"), REVISIT.getOutcomes().stream()
        .filter(o -> o.getProgress() == Progress.NOT_SUFFICIENT).map(WeaknessOutcome::getWeakness)
        .collect(Collectors.toList()));
  }

  @Test
  void inspection2023_inconsistentExperiences_sixAreasForImprovement_strategicPlanUpdate() {
    AreaSendInspection report = (AreaSendInspection) ExampleRecords.southendOnSea().getInspections().get(1);
    assertEquals(AreaSendOutcome.INCONSISTENT, report.getOutcome());
    assertEquals(LocalDate.of(2023, 3, 6), report.getOnSiteStart().orElseThrow().earliest());
    assertEquals(LocalDate.of(2023, 3, 10), report.getOnSiteEnd().orElseThrow().earliest());
    assertEquals(LocalDate.of(2023, 6, 9), report.getPublishedOn().orElseThrow().earliest());
    assertEquals(6, report.getAreasForImprovement().size());
    assertTrue(report.isStrategicPlanUpdateRequested());
    assertFalse(report.isPriorityActionPlanRequired());
    assertEquals(List.of("Southend-on-Sea City Council", "Mid and South Essex Integrated Care Board"),
        report.getPartnership());
    assertEquals(LocalDate.of(2018, 10, 1),
        report.getPreviousInspectionAsStated().orElseThrow().getOnSiteStart().orElseThrow().earliest());
  }
}
