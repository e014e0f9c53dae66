package org.sendinspection.examples;

import java.time.LocalDate;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * Small invented records for tests, each shaped to exercise one path: they describe no real area,
 * and their codes are not real ONS codes of any area named here.
 */
public final class TestRecords {
  private TestRecords() {}

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * An invented area with every step in detail: two weaknesses, a statement rejected once then fit for
   * purpose, a revisit with one weakness sufficient and one not, a publication date two sources
   * disagree on, and a change of health commissioner on 2022-07-01.
   */
  public static AreaRecord detailed() {
    Citation letter = Citation.of("test-letter", "the report letter");
    Citation paper = Citation.of("test-paper", "the council paper");
    return AreaRecord.builder()
        .area(LocalArea.builder().code("E10000901").name("Testshire").region(OfstedRegion.SOUTH_WEST)
            .addPartners(Partner.of("Testshire County Council", PartnerKind.LOCAL_AUTHORITY))
            .addPartners(Partner.builder().name("Testshire CCG").kind(PartnerKind.CLINICAL_COMMISSIONING_GROUP)
                .actingUntil(day("2022-07-01")).addCitations(paper).build())
            .addPartners(Partner.builder().name("Testshire ICB").kind(PartnerKind.INTEGRATED_CARE_BOARD)
                .actingFrom(day("2022-07-01")).addCitations(paper).build())
            .build())
        .addSources(SourceDocument.of("test-letter", "An invented inspection letter"))
        .addSources(SourceDocument.of("test-paper", "An invented council paper"))
        .addInspections(LocalAreaSendInspection.builder().id("inspection-2019")
            .onSiteStart(DatedFact.of(day("2019-03-04"), letter))
            .onSiteEnd(DatedFact.of(day("2019-03-08"), letter))
            .letterDate(DatedFact.of(day("2019-04-10"), letter))
            .publishedOn(DatedFact.builder()
                .addClaims(DateClaim.of(day("2019-04-20"), letter))
                .addClaims(DateClaim.of(day("2019-05-02"), paper)).build())
            .addSignificantWeaknesses(SignificantWeakness.builder().id("joint-commissioning")
                .theme(Theme.JOINT_COMMISSIONING).statement("Joint commissioning is weak.").build())
            .addSignificantWeaknesses(SignificantWeakness.builder().id("ehc-plans")
                .theme(Theme.EHC_PLANS).statement("EHC plans are of poor quality.").build())
            .writtenStatement(WrittenStatementOfAction.builder()
                .determinedOn(DatedFact.of(day("2019-04-10"), letter))
                .addSubmissions(Submission.builder().submittedOn(DatedFact.of(day("2019-07-15")))
                    .evaluation(Evaluation.builder().evaluatedOn(DatedFact.of(day("2019-08-01")))
                        .verdict(EvaluationVerdict.NOT_FIT_FOR_PURPOSE).build()).build())
                .addSubmissions(Submission.builder().submittedOn(DatedFact.of(day("2019-09-02")))
                    .evaluation(Evaluation.builder().evaluatedOn(DatedFact.of(day("2019-09-20")))
                        .verdict(EvaluationVerdict.FIT_FOR_PURPOSE).build()).build())
                .addActions(CodedAction.of("JC1", "joint-commissioning"), CodedAction.of("EHC1", "ehc-plans"))
                .build())
            .revisit(Revisit.builder().onSiteStart(DatedFact.of(day("2021-05-10"), letter))
                .onSiteEnd(DatedFact.of(day("2021-05-12"), letter))
                .letterDate(DatedFact.of(day("2021-06-15"), letter))
                .publishedOn(DatedFact.of(day("2021-06-30"), letter))
                .addOutcomes(WeaknessOutcome.of("joint-commissioning", Progress.SUFFICIENT))
                .addOutcomes(WeaknessOutcome.of("ehc-plans", Progress.NOT_SUFFICIENT))
                .build())
            .build())
        .build();
  }

  /**
   * An invented area known only as the official statistics give it: three weaknesses counted, a
   * statement required, and a revisit that found all three sufficient.
   */
  public static AreaRecord countsOnly() {
    return AreaRecord.builder()
        .area(LocalArea.builder().code("E06000902").name("Exampleton").region(OfstedRegion.EAST_OF_ENGLAND).build())
        .addInspections(LocalAreaSendInspection.builder().id("inspection-2018")
            .onSiteStart(DatedFact.of(day("2018-01-15")))
            .publishedOn(DatedFact.of(day("2018-03-01")))
            .significantWeaknessCount(3)
            .writtenStatement(WrittenStatementOfAction.builder().build())
            .revisit(Revisit.builder().onSiteStart(DatedFact.of(day("2020-01-20")))
                .publishedOn(DatedFact.of(day("2020-03-01")))
                .outcomeCounts(ProgressCounts.of(3, 0)).build())
            .build())
        .build();
  }

  /** An invented area inspected once, with no significant weakness. */
  public static AreaRecord noWeakness() {
    return AreaRecord.builder()
        .area(LocalArea.builder().code("E09000903").name("Sampleham").region(OfstedRegion.LONDON).build())
        .addInspections(LocalAreaSendInspection.builder().id("inspection-2017")
            .onSiteStart(DatedFact.of(day("2017-06-05")))
            .letterDate(DatedFact.of(day("2017-07-10")))
            .publishedOn(DatedFact.of(day("2017-07-24")))
            .build())
        .build();
  }
}
