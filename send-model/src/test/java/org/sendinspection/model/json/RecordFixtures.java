package org.sendinspection.model.json;

import org.sendinspection.model.areasend.PriorityActionProgress;

import org.sendinspection.model.areasend.PriorityActionPlan;

import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.revisit.AcceleratedProgressPlan;
import org.sendinspection.model.revisit.NextSteps;

import java.time.LocalDate;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.StatedPreviousInspection;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.inspection.FrameworkQuestion;
import org.sendinspection.model.inspection.Inspector;
import org.sendinspection.model.inspection.Inspectorate;
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
 * Records of a fictional area, built so that between them every property of the wire format is
 * written: {@link #detailed()} holds weaknesses and revisit outcomes in detail, {@link #counted()} as
 * counts, as the official statistics give them, and {@link #withAreaSendInspection()} adds an
 * inspection under the 2023 framework with every property. They describe no real area: the ONS code
 * {@code E99999999} is not allocated.
 */
final class RecordFixtures {
  static final String SOURCE = "fictional-letter";

  private RecordFixtures() {}

  static DatedFact day(int year, int month, int day) {
    return DatedFact.of(LocalDate.of(year, month, day), Citation.of(SOURCE, "on " + year + "-" + month + "-" + day));
  }

  static LocalArea area() {
    return LocalArea.builder().code("E99999999").name("Fictional Area").region(OfstedRegion.NORTH_WEST)
        .addPartners(Partner.builder().name("Fictional Borough Council").kind(PartnerKind.LOCAL_AUTHORITY)
            .actingFrom(LocalDate.of(2010, 4, 1)).actingUntil(LocalDate.of(2030, 4, 1))
            .addCitations(Citation.builder().source(SOURCE).locator("page 1").quote("the council").build())
            .build())
        .addPartners(Partner.of("Fictional Clinical Commissioning Group", PartnerKind.CLINICAL_COMMISSIONING_GROUP))
        .build();
  }

  static SourceDocument source() {
    return SourceDocument.builder().id(SOURCE).title("A fictional letter").publisher("Nobody")
        .date(LocalDate.of(2021, 1, 1)).url("https://example.org/letter").build();
  }

  /** Every property of the format that belongs to the detailed form, each present. */
  static AreaRecord detailed() {
    DatedFact disputed = DatedFact.builder()
        .addClaims(DateClaim.of(LocalDate.of(2020, 1, 10), Citation.of(SOURCE, "published on 10 January")))
        .addClaims(DateClaim.of(LocalDate.of(2020, 1, 17)))
        .build();
    LocalAreaSendInspection inspection = LocalAreaSendInspection.builder()
        .id("2019-inspection")
        .noticeGivenOn(day(2019, 11, 4))
        .onSiteStart(day(2019, 11, 11))
        .onSiteEnd(day(2019, 11, 15))
        .letterDate(day(2020, 1, 6))
        .publishedOn(disputed)
        .reportReceivedOn(day(2020, 1, 7))
        .addInspectors(Inspector.of("A Lead", Inspectorate.OFSTED, "HMI Lead Inspector"))
        .addInspectors(Inspector.of("A Colleague", Inspectorate.CQC, "CQC Inspector"))
        .addStrengths(Finding.builder().statement("Leaders know the area well.")
            .question(FrameworkQuestion.IDENTIFYING).theme(Theme.LEADERSHIP_AND_GOVERNANCE)
            .citation(Citation.of(SOURCE, "know the area")).build())
        .addAreasForDevelopment(Finding.of("The local offer is hard to find."))
        .addSignificantWeaknesses(SignificantWeakness.builder().id("joint-commissioning")
            .theme(Theme.JOINT_COMMISSIONING).question(FrameworkQuestion.MEETING_NEEDS)
            .statement("Joint commissioning is weak.").addSubPoints("Waiting times vary.")
            .citation(Citation.of(SOURCE, "weak")).build())
        .addSignificantWeaknesses(SignificantWeakness.builder().id("ehc-plans").theme(Theme.EHC_PLANS)
            .statement("Plans lack detail.").build())
        .writtenStatement(WrittenStatementOfAction.builder()
            .determinedOn(day(2020, 1, 6))
            .addJointlyResponsible("Fictional Borough Council", "Fictional Clinical Commissioning Group")
            .addSubmissions(Submission.builder().submittedOn(day(2020, 3, 2))
                .evaluation(Evaluation.builder().evaluatedOn(day(2020, 3, 20))
                    .verdict(EvaluationVerdict.NOT_FIT_FOR_PURPOSE).build())
                .build())
            .addSubmissions(Submission.builder().submittedOn(day(2020, 5, 1))
                .evaluation(Evaluation.builder().evaluatedOn(day(2020, 5, 20))
                    .verdict(EvaluationVerdict.FIT_FOR_PURPOSE).addAspectsToStrengthen("Say who does what.")
                    .citation(Citation.of(SOURCE, "fit for purpose")).build())
                .build())
            .addActions(CodedAction.builder().code("JC1").addAddresses("joint-commissioning")
                .description("Form a joint commissioning group.").citation(Citation.of(SOURCE, "JC1")).build())
            .addActions(CodedAction.of("EHC1", "ehc-plans"))
            .addActions(CodedAction.builder().code("OV1").build())
            .publishedOn(day(2020, 6, 1))
            .citation(Citation.of(SOURCE, "HMCI determined"))
            .build())
        .revisit(Revisit.builder()
            .onSiteStart(day(2021, 10, 4))
            .onSiteEnd(day(2021, 10, 6))
            .letterDate(day(2021, 11, 8))
            .publishedOn(day(2021, 11, 20))
            .addInspectors(Inspector.of("A Lead", Inspectorate.OFSTED, "HMI Lead Inspector"))
            .addOutcomes(WeaknessOutcome.builder().weakness("joint-commissioning").progress(Progress.SUFFICIENT)
                .narrative("Sufficient progress.").citation(Citation.of(SOURCE, "sufficient")).build())
            .addOutcomes(WeaknessOutcome.of("ehc-plans", Progress.NOT_SUFFICIENT))
            .citation(Citation.of(SOURCE, "revisit"))
            .build())
        .citation(Citation.of(SOURCE, "report letter"))
        .build();
    return AreaRecord.builder().area(area()).addSources(source()).addInspections(inspection).build();
  }

  /** The counted form: weaknesses and revisit outcomes known only as numbers. */
  static AreaRecord counted() {
    LocalAreaSendInspection inspection = LocalAreaSendInspection.builder()
        .id("2018-inspection")
        .onSiteStart(DatedFact.of(LocalDate.of(2018, 3, 5)))
        .publishedOn(DatedFact.of(LocalDate.of(2018, 5, 10)))
        .significantWeaknessCount(3)
        .writtenStatement(WrittenStatementOfAction.builder().build())
        .revisit(Revisit.builder().onSiteStart(DatedFact.of(LocalDate.of(2020, 2, 3)))
            .outcomeCounts(ProgressCounts.of(2, 1)).build())
        .nextSteps(NextSteps.builder()
            .determinedOn(DatedFact.builder().addClaims(DateClaim.inMonth(2020, 5, Citation.of(SOURCE))).build())
            .acceleratedProgressPlan(AcceleratedProgressPlan.builder()
                .submittedOn(DatedFact.of(LocalDate.of(2020, 7, 1)))
                .approvedOn(DatedFact.of(LocalDate.of(2020, 8, 3)))
                .addReviews(DatedFact.of(LocalDate.of(2021, 1, 11)))
                .citation(Citation.of(SOURCE, "accelerated progress plan"))
                .build())
            .secretaryOfStateDirection(DatedFact.builder()
                .addClaims(DateClaim.onOrBefore(LocalDate.of(2021, 6, 30), Citation.of(SOURCE))).build())
            .citation(Citation.of(SOURCE, "next steps"))
            .build())
        .build();
    return AreaRecord.builder().area(area()).addSources(source()).addInspections(inspection)
        .inspectionCoverage(Coverage.recordedUntil(DatedFact.of(LocalDate.of(2022, 8, 31), Citation.of(SOURCE))))
        .build();
  }

  /** The counted record followed by an outcome-3 area SEND inspection with every property present. */
  static AreaRecord withAreaSendInspection() {
    AreaSendInspection areaSend = AreaSendInspection.builder()
        .id("2023-inspection")
        .addPartnership("Fictional Borough Council", "Fictional Integrated Care Board")
        .onSiteStart(day(2023, 6, 5))
        .onSiteEnd(day(2023, 6, 9))
        .publishedOn(day(2023, 8, 1))
        .reportReceivedOn(day(2023, 7, 20))
        .letterDate(day(2023, 7, 25))
        .priorityActionPlan(PriorityActionPlan.builder().submittedOn(day(2023, 10, 2)).acceptedOn(day(2023, 11, 1))
            .citation(Citation.of(SOURCE, "priority action plan")).build())
        .previousInspectionAsStated(StatedPreviousInspection.builder().onSiteStart(day(2020, 2, 3))
            .onSiteEnd(day(2020, 2, 5)).citation(Citation.of(SOURCE, "Date of previous inspection")).build())
        .outcome(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS)
        .nextInspectionAsStated("A monitoring inspection will be carried out within approximately 18 months.")
        .priorityActionPlanRequired(true)
        .strategicPlanUpdateRequested(false)
        .addAreasForPriorityAction(AreaForPriorityAction.builder().id("ehc-plans")
            .addResponsibleBodies("Fictional Borough Council").statement("Plans are late.")
            .addSubPoints("Reviews are late too.").theme(Theme.EHC_PLANS)
            .citation(Citation.of(SOURCE, "priority action")).build())
        .addAreasForImprovement(Finding.of("Waiting times are long."))
        .addAreasForImprovement(Finding.builder().statement("Leaders should shorten waits for assessment.")
            .addAddressedTo("Fictional Borough Council", "Fictional Integrated Care Board")
            .addSubPoints("Speech and language therapy waits first.").build())
        .addInspectors(Inspector.of("A Lead", Inspectorate.OFSTED, "Ofsted HMI, lead inspector"))
        .addMonitoringInspections(MonitoringInspection.builder().onSiteStart(day(2025, 1, 13))
            .onSiteEnd(day(2025, 1, 15)).publishedOn(day(2025, 2, 20))
            .addFindings(Finding.of("Plans are more timely."))
            .addProgress(PriorityActionProgress.builder().areaForPriorityAction("ehc-plans").progress(Progress.SUFFICIENT)
                .narrative("The partnership has made sufficient progress.").citation(Citation.of(SOURCE, "progress"))
                .build())
            .citation(Citation.of(SOURCE, "monitoring")).build())
        .citation(Citation.of(SOURCE, "report"))
        .build();
    return AreaRecord.builder().from(counted()).addInspections(areaSend).build();
  }

  /**
   * The counted record with a 2023 inspection as Ofsted's management information gives it: outcome 3
   * and the number of areas for priority action, without their text.
   */
  static AreaRecord withCountedAreaSendInspection() {
    AreaSendInspection areaSend = AreaSendInspection.builder()
        .id("2023-inspection")
        .onSiteStart(day(2023, 6, 5))
        .publishedOn(day(2023, 8, 1))
        .statedNotPreviouslyInspected(Citation.of(SOURCE, "Date of previous inspection: not previously inspected"))
        .outcome(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS)
        .priorityActionPlanRequired(true)
        .strategicPlanUpdateRequested(false)
        .areasForPriorityActionCount(2)
        .areasForImprovementNotRecorded(true)
        .citation(Citation.of(SOURCE, "Widespread and/or systemic failings"))
        .build();
    return AreaRecord.builder().from(counted()).addInspections(areaSend).build();
  }
}
