package org.sendinspection.model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.model.examples.ExampleRecordFacts.claims;
import static org.sendinspection.model.examples.ExampleRecordFacts.only2016Inspection;
import static org.sendinspection.model.examples.ExampleRecordFacts.partnerNamesOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.Inspector;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * The Essex record states what Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022,
 * reports.ofsted.gov.uk; Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families
 * Scrutiny Committee, 2020, www.essex.gov.uk and 004 and the official statistics say.
 */
class EssexRecordTest {
  private static final AreaRecord ESSEX = ExampleRecords.essex();
  private static final LocalAreaSendInspection INSPECTION = only2016Inspection(ESSEX);
  private static final WrittenStatementOfAction WSOA = INSPECTION.getWrittenStatement().orElseThrow();
  private static final Revisit REVISIT = INSPECTION.getRevisit().orElseThrow();
  private static final List<String> CCGS = List.of(
      "Basildon and Brentwood Clinical Commissioning Group",
      "North East Essex Clinical Commissioning Group",
      "West Essex Clinical Commissioning Group",
      "Castle Point and Rochford Clinical Commissioning Group",
      "Mid Essex Clinical Commissioning Group");

  @Test
  void area_isEssexInTheEastOfEngland() {
    assertEquals("E10000012", ESSEX.getArea().getCode());
    assertEquals("Essex", ESSEX.getArea().getName());
    assertEquals(OfstedRegion.EAST_OF_ENGLAND, ESSEX.getArea().getRegion());
    assertEquals(1, ESSEX.getInspections().size());
  }

  @Test
  void partners_areTheCouncilAndFiveGroups_untilTheBoardsTakeOverOn1July2022() {
    assertEquals(concat("Essex County Council", CCGS), partnerNamesOn(ESSEX, 2020, 4, 6));
    assertEquals(concat("Essex County Council", CCGS), partnerNamesOn(ESSEX, 2022, 6, 30));
    assertEquals(List.of("Essex County Council", "Suffolk and North East Essex Integrated Care Board",
            "Mid and South Essex Integrated Care Board", "Hertfordshire and West Essex Integrated Care Board"),
        partnerNamesOn(ESSEX, 2022, 7, 1));
  }

  @Test
  void inspection_wasOnSite30SeptemberTo4October2019() {
    assertEquals(List.of("2019-09-30 ecc-send-inspection-update", "2019-09-30 ofsted-area-send-statistics-2022"),
        claims(INSPECTION.getOnSiteStart()));
    assertFalse(INSPECTION.getOnSiteStart().isDisputed());
    assertEquals(LocalDate.of(2019, 10, 4), INSPECTION.getOnSiteEnd().orElseThrow().earliest());
    assertTrue(INSPECTION.getLetterDate().isEmpty(), "no source gives the report letter's date");
  }

  @Test
  void reportPublication_isDisputed_23December2019Against17November2019() {
    assertEquals(List.of("2019-12-23 ecc-send-inspection-update", "2019-12-23 ofsted-area-send-statistics-2022",
        "2019-11-17 ofsted-essex-revisit-2022"), claims(INSPECTION.getPublishedOn().orElseThrow()));
    assertTrue(INSPECTION.getPublishedOn().orElseThrow().isDisputed());
    assertEquals("2019-12-23 (ecc-send-inspection-update) or 2019-12-23 (ofsted-area-send-statistics-2022) "
        + "or 2019-11-17 (ofsted-essex-revisit-2022)", INSPECTION.getPublishedOn().orElseThrow().describe());
  }

  @Test
  void letter_statesSixStrengthsAndThreeSignificantWeaknesses() {
    assertEquals(6, INSPECTION.getStrengths().size());
    assertEquals(List.of("joint-commissioning", "identification-of-need", "ehc-plans"),
        INSPECTION.getSignificantWeaknesses().stream().map(SignificantWeakness::getId).collect(Collectors.toList()));
    assertEquals(3, INSPECTION.significantWeaknessTotal().orElseThrow());
    assertEquals(List.of(2, 0, 2), INSPECTION.getSignificantWeaknesses().stream()
        .map(w -> w.getSubPoints().size()).collect(Collectors.toList()));
  }

  @Test
  void statement_wasSubmitted27March2020_byTheCouncilAndTheFiveGroups() {
    assertEquals(concat("Essex County Council", CCGS), WSOA.getJointlyResponsible());
    assertEquals(1, WSOA.getSubmissions().size());
    assertEquals(List.of("2020-03-27 ofsted-essex-wsoa-evaluation-2020"),
        claims(WSOA.getSubmissions().get(0).getSubmittedOn().orElseThrow()));
    assertTrue(WSOA.getDeterminedOn().isEmpty(), "no source dates HMCI's determination");
  }

  @Test
  void fitForPurpose_isDisputed_letterOf6AprilAgainst16April2020() {
    Evaluation evaluation = WSOA.acceptance().orElseThrow();
    assertEquals(List.of("2020-04-06 ofsted-essex-wsoa-evaluation-2020", "2020-04-16 ofsted-essex-revisit-2022"),
        claims(evaluation.getEvaluatedOn()));
    assertEquals(6, evaluation.getAspectsToStrengthen().size());
  }

  @Test
  void codedActions_areLinkedToTheirWeaknesses_andOV2ToNone() {
    Map<String, List<String>> addresses = WSOA.getActions().stream()
        .collect(Collectors.toMap(CodedAction::getCode, CodedAction::getAddresses));
    assertEquals(29, addresses.size());
    for (int i = 1; i <= 17; i++) {
      assertEquals(List.of("joint-commissioning"), addresses.get("JC" + i), "JC" + i);
    }
    for (int i = 1; i <= 8; i++) {
      assertEquals(List.of("identification-of-need"), addresses.get("ID" + i), "ID" + i);
    }
    for (String code : List.of("EHC1", "EHC3", "EHC5")) {
      assertEquals(List.of("ehc-plans"), addresses.get(code), code);
    }
    assertEquals(List.of(), addresses.get("OV2"));
  }

  @Test
  void revisit_inMay2022_foundSufficientProgressOnAllThree() {
    assertEquals(LocalDate.of(2022, 5, 17), REVISIT.getOnSiteStart().earliest());
    assertEquals(LocalDate.of(2022, 5, 19), REVISIT.getOnSiteEnd().orElseThrow().earliest());
    assertEquals(LocalDate.of(2022, 6, 30), REVISIT.getLetterDate().orElseThrow().earliest());
    assertEquals(List.of("2022-07-27 ofsted-area-send-statistics-2022"),
        claims(REVISIT.getPublishedOn().orElseThrow()));
    assertEquals(RevisitSummary.ALL, REVISIT.summary());
    assertEquals(List.of("joint-commissioning", "identification-of-need", "ehc-plans"),
        REVISIT.getOutcomes().stream().map(WeaknessOutcome::getWeakness).collect(Collectors.toList()));
    assertTrue(REVISIT.getOutcomes().stream().allMatch(o -> o.getProgress() == Progress.SUFFICIENT
        && o.getNarrative().orElseThrow().equals("The area has made sufficient progress in addressing this "
            + "significant weakness.")));
  }

  @Test
  void revisitLetter_isSignedByOfstedAndCqc() {
    assertEquals(List.of("Paul Wilson", "Mike Sheridan", "Manir Hussain", "Lesley Perry"),
        REVISIT.getInspectors().stream().map(Inspector::getName).collect(Collectors.toList()));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
