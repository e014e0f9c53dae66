package org.sendinspection.rules.examples;

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
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * Small records of the two seed cases, built from the seed documents' own words, for the example
 * tests until the model's {@code ExampleRecords} land on main.
 *
 * <p>Every fact cites the seed that states it; where two seeds disagree (the Essex report's publication,
 * the Essex statement's acceptance) both claims are kept. Two Southend-on-Sea dates the seeds do not
 * give are taken from Ofsted's official statistics and cite them: the first day on site (1 October
 * 2018) and the report's publication (12 December 2018). Southend-on-Sea's statement was declared fit
 * for purpose on 14 May 2019 (seed 002), but the seeds do not say when it was submitted, and the model
 * records an evaluation only with its submission, so that date is left out.
 */
public final class SeedRecords {
  private static final String SEED_000 = "seed-000";
  private static final String SEED_001 = "seed-001";
  private static final String SEED_002 = "seed-002";
  private static final String SEED_004 = "seed-004";
  private static final String STATISTICS = "ofsted-area-send-statistics-2022";
  /** The day clinical commissioning groups gave way to integrated care boards (Health and Care Act 2022). */
  private static final LocalDate ICB_DAY = LocalDate.of(2022, 7, 1);

  private SeedRecords() {}

  /** Essex: inspected 30 September to 4 October 2019; three significant weaknesses, all sufficient at the 2022 revisit. */
  public static AreaRecord essex() {
    String sufficient = "The area has made sufficient progress in addressing this significant weakness.";
    return AreaRecord.builder()
        .area(LocalArea.builder().code("E10000012").name("Essex").region(OfstedRegion.EAST_OF_ENGLAND)
            .addPartners(partner("Essex County Council", PartnerKind.LOCAL_AUTHORITY, null, null, SEED_004))
            .addPartners(
                partner("Basildon and Brentwood Clinical Commissioning Group", PartnerKind.CLINICAL_COMMISSIONING_GROUP, null, ICB_DAY, SEED_004),
                partner("North East Essex Clinical Commissioning Group", PartnerKind.CLINICAL_COMMISSIONING_GROUP, null, ICB_DAY, SEED_004),
                partner("West Essex Clinical Commissioning Group", PartnerKind.CLINICAL_COMMISSIONING_GROUP, null, ICB_DAY, SEED_004),
                partner("Castle Point and Rochford Clinical Commissioning Group", PartnerKind.CLINICAL_COMMISSIONING_GROUP, null, ICB_DAY, SEED_004),
                partner("Mid Essex Clinical Commissioning Group", PartnerKind.CLINICAL_COMMISSIONING_GROUP, null, ICB_DAY, SEED_004),
                partner("Suffolk and North East Essex Integrated Care Board", PartnerKind.INTEGRATED_CARE_BOARD, ICB_DAY, null, SEED_000),
                partner("Mid and South Essex Integrated Care Board", PartnerKind.INTEGRATED_CARE_BOARD, ICB_DAY, null, SEED_000),
                partner("Hertfordshire and West Essex Integrated Care Board", PartnerKind.INTEGRATED_CARE_BOARD, ICB_DAY, null, SEED_000))
            .build())
        .addSources(
            SourceDocument.of(SEED_000, "Joint area SEND revisit in Essex"),
            SourceDocument.of(SEED_001, "SEND Ofsted Inspection Update"),
            SourceDocument.of(SEED_004, "Evaluation of the written statement of action, Essex"))
        .addInspections(LocalAreaSendInspection.builder()
            .id("inspection-2019")
            .onSiteStart(fact(2019, 9, 30, SEED_001, "visited Essex from 30 September to 4 October 2019"))
            .onSiteEnd(fact(2019, 10, 4, SEED_001, "visited Essex from 30 September to 4 October 2019"))
            .publishedOn(DatedFact.builder()
                .addClaims(claim(2019, 12, 23, SEED_001, "The inspection report was published on 23 December 2019"))
                .addClaims(claim(2019, 11, 17, SEED_000, "the inspection report letter published on 17 November 2019"))
                .build())
            .addSignificantWeaknesses(
                weakness("joint-commissioning", Theme.JOINT_COMMISSIONING, "The joint commissioning arrangements"
                    + " between the local authority and the CCGs do not work well enough to provide children and"
                    + " young people with the services that they need.", SEED_000),
                weakness("identification-of-need", Theme.IDENTIFICATION_OF_NEED, "The reasons for, and accuracy of,"
                    + " the high proportions of children and young people identified with moderate learning"
                    + " difficulties are yet to be resolved.", SEED_000),
                weakness("ehc-plans", Theme.EHC_PLANS, "Too many EHC plans do not include the information needed"
                    + " to secure high-quality outcomes for children and young people.", SEED_000))
            .writtenStatement(WrittenStatementOfAction.builder()
                .addJointlyResponsible("the local authority", "the area's clinical commissioning group(s)")
                .citation(Citation.of(SEED_000, "HMCI determined that the local authority and the area's clinical"
                    + " commissioning group(s) (CCG) were jointly responsible"))
                .addSubmissions(Submission.builder()
                    .submittedOn(fact(2020, 3, 27, SEED_004, "the written statement of action submitted to us on 27 March 2020"))
                    .evaluation(Evaluation.builder()
                        .evaluatedOn(DatedFact.builder()
                            .addClaims(claim(2020, 4, 6, SEED_004, "6 April 2020"))
                            .addClaims(claim(2020, 4, 16, SEED_000, "declared fit for purpose on 16 April 2020"))
                            .build())
                        .verdict(EvaluationVerdict.FIT_FOR_PURPOSE)
                        .citation(Citation.of(SEED_004, "The statement of action is deemed to be fit for purpose"))
                        .build())
                    .build())
                .build())
            .revisit(Revisit.builder()
                .onSiteStart(fact(2022, 5, 17, SEED_000, "Between 17 to 19 May 2022"))
                .onSiteEnd(fact(2022, 5, 19, SEED_000, "Between 17 to 19 May 2022"))
                .letterDate(fact(2022, 6, 30, SEED_000, "30 June 2022"))
                .addOutcomes(
                    outcome("joint-commissioning", Progress.SUFFICIENT, sufficient, SEED_000),
                    outcome("identification-of-need", Progress.SUFFICIENT, sufficient, SEED_000),
                    outcome("ehc-plans", Progress.SUFFICIENT, sufficient, SEED_000))
                .build())
            .build())
        .build();
  }

  /** Southend-on-Sea: inspected from 1 October 2018; four significant weaknesses, three sufficient at the 2021 revisit. */
  public static AreaRecord southendOnSea() {
    String sufficient = "The area has made sufficient progress to improve this area of weakness.";
    return AreaRecord.builder()
        .area(LocalArea.builder().code("E06000033").name("Southend-on-Sea").region(OfstedRegion.EAST_OF_ENGLAND)
            .addPartners(
                partner("Southend-on-Sea Borough Council", PartnerKind.LOCAL_AUTHORITY, null, null, SEED_002),
                partner("Southend Clinical Commissioning Group", PartnerKind.CLINICAL_COMMISSIONING_GROUP, null, null, SEED_002))
            .build())
        .addSources(
            SourceDocument.of(SEED_002, "Joint area SEND revisit in Southend-on-Sea"),
            SourceDocument.of(STATISTICS, "Area SEND inspection data, 1 May 2016 to 31 August 2022"))
        .addInspections(LocalAreaSendInspection.builder()
            .id("inspection-2018")
            .onSiteStart(fact(2018, 10, 1, STATISTICS, "Southend-on-Sea, inspection start date 01/10/2018"))
            .letterDate(fact(2018, 12, 5, SEED_002, "the written statement of action (WSOA) issued on 5 December 2018"))
            .publishedOn(fact(2018, 12, 12, STATISTICS, "Southend-on-Sea, publication date 12/12/2018"))
            .addSignificantWeaknesses(
                weakness("leadership", Theme.LEADERSHIP_AND_GOVERNANCE, "The emerging leadership of the Southend CCG,"
                    + " public health, the local authority and education providers has not developed quickly enough"
                    + " to ensure precisely coordinated priorities, accountabilities and joint commissioning to"
                    + " improve the outcomes for children and young people.", SEED_002),
                weakness("local-offer", Theme.LOCAL_OFFER, "The local offer does not provide a service that is fit"
                    + " for purpose to meet the obligations in the code of practice.", SEED_002),
                weakness("ehc-plans", Theme.EHC_PLANS, "Leaders have not worked together to ensure that EHC plans"
                    + " provide a meaningful multi-agency approach to meeting children and young people's academic,"
                    + " social, health and care needs.", SEED_002),
                weakness("access-to-education", Theme.ACCESS_TO_EDUCATION, "Leaders have not developed a strategic"
                    + " partnership that makes sure that children and young people are in provisions that give them"
                    + " good-quality, full-time education.", SEED_002))
            .writtenStatement(WrittenStatementOfAction.builder()
                .addJointlyResponsible("the local authority", "the area's clinical commissioning group(s)")
                .citation(Citation.of(SEED_002, "HMCI determined that the local authority and the area's clinical"
                    + " commissioning group(s) (CCG) were jointly responsible"))
                .build())
            .revisit(Revisit.builder()
                .onSiteStart(fact(2021, 5, 5, SEED_002, "Between 5 and 7 May 2021"))
                .onSiteEnd(fact(2021, 5, 7, SEED_002, "Between 5 and 7 May 2021"))
                .letterDate(fact(2021, 6, 14, SEED_002, "14 June 2021"))
                .addOutcomes(
                    outcome("leadership", Progress.NOT_SUFFICIENT,
                        "The area has not made sufficient progress to improve this area of weakness.", SEED_002),
                    outcome("local-offer", Progress.SUFFICIENT, sufficient, SEED_002),
                    outcome("ehc-plans", Progress.SUFFICIENT, sufficient, SEED_002),
                    outcome("access-to-education", Progress.SUFFICIENT, sufficient, SEED_002))
                .build())
            .build())
        .build();
  }

  private static Partner partner(String name, PartnerKind kind, LocalDate from, LocalDate until, String source) {
    return Partner.builder().name(name).kind(kind).actingFrom(java.util.Optional.ofNullable(from))
        .actingUntil(java.util.Optional.ofNullable(until)).addCitations(Citation.of(source)).build();
  }

  private static DatedFact fact(int year, int month, int day, String source, String quote) {
    return DatedFact.of(LocalDate.of(year, month, day), Citation.of(source, quote));
  }

  private static DateClaim claim(int year, int month, int day, String source, String quote) {
    return DateClaim.of(LocalDate.of(year, month, day), Citation.of(source, quote));
  }

  private static SignificantWeakness weakness(String id, Theme theme, String statement, String source) {
    return SignificantWeakness.builder().id(id).theme(theme).statement(statement).citation(Citation.of(source))
        .build();
  }

  private static WeaknessOutcome outcome(String weakness, Progress progress, String narrative, String source) {
    return WeaknessOutcome.builder().weakness(weakness).progress(progress).narrative(narrative)
        .citation(Citation.of(source, narrative)).build();
  }
}
