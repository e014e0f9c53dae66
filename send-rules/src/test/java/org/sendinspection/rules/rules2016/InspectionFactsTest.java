package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2016.Records2016.counts;
import static org.sendinspection.rules.rules2016.Records2016.day;
import static org.sendinspection.rules.rules2016.Records2016.inspection;
import static org.sendinspection.rules.rules2016.Records2016.knownByEvaluation;
import static org.sendinspection.rules.rules2016.Records2016.on;
import static org.sendinspection.rules.rules2016.Records2016.record;
import static org.sendinspection.rules.rules2016.Records2016.revisit;
import static org.sendinspection.rules.rules2016.Records2016.until;
import static org.sendinspection.rules.rules2016.Records2016.weaknesses;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.internal.ResolvedDate;

/**
 * How the rules read one 2016 inspection's record: which date stands for the report, its receipt and the
 * requirement, what each assumption says, the weaknesses as facts, and when a revisit's outcome is known.
 */
class InspectionFactsTest {

  private static InspectionFacts facts(AreaRecord record, String asOf) {
    return InspectionFacts.of(RuleContext.of(record, 0, day(asOf), RuleSettings.defaults()));
  }

  private static InspectionFacts facts(Inspection inspection) {
    return facts(record(inspection), "2024-01-01");
  }

  @Test
  void the_receipt_is_the_recorded_receipt_where_there_is_one_and_says_nothing_more() {
    ResolvedDate receipt = facts(inspection("2018-10-01").letterDate(on("2018-12-05"))
        .reportReceivedOn(on("2018-12-07")).build()).receipt().orElseThrow();
    assertEquals(day("2018-12-07"), receipt.getDate());
    assertEquals("inspections[0].reportReceivedOn", receipt.getPath());
    assertEquals(Optional.empty(), receipt.getAssumption());
  }

  @Test
  void without_a_recorded_receipt_the_letter_s_date_stands_for_it_and_says_so() {
    ResolvedDate receipt = facts(inspection("2018-10-01").letterDate(on("2018-12-05")).publishedOn(on("2018-12-12"))
        .build()).receipt().orElseThrow();
    assertEquals(day("2018-12-05"), receipt.getDate());
    assertEquals("inspections[0].letterDate", receipt.getPath());
    assertEquals(Optional.of("The letters do not say when the report was received, so this takes the letter's date;"
        + " a record's reportReceivedOn overrides it."), receipt.getAssumption());
  }

  @Test
  void without_a_letter_date_the_publication_stands_for_the_receipt_and_says_why() {
    ResolvedDate receipt = facts(inspection("2019-09-30").publishedOn(on("2019-12-23")).build()).receipt()
        .orElseThrow();
    assertEquals(day("2019-12-23"), receipt.getDate());
    assertEquals("inspections[0].publishedOn", receipt.getPath());
    assertEquals(Optional.of("The letters do not say when the report was received, so this takes the publication"
        + " date, the letter's date not being recorded; a record's reportReceivedOn overrides it."),
        receipt.getAssumption());
    assertEquals(Optional.empty(), facts(inspection("2019-09-30").build()).receipt());
  }

  @Test
  void the_requirement_takes_hmci_s_determination_else_the_report_else_its_receipt() {
    WrittenStatementOfAction determined = WrittenStatementOfAction.builder().determinedOn(on("2018-12-06")).build();
    var found = inspection("2018-10-01").significantWeaknesses(weaknesses(1));
    assertEquals("inspections[0].writtenStatement.determinedOn", facts(found.letterDate(on("2018-12-05"))
        .writtenStatement(determined).build()).requirement().orElseThrow().getPath());
    found = inspection("2018-10-01").significantWeaknesses(weaknesses(1));
    assertEquals("inspections[0].publishedOn", facts(found.publishedOn(on("2018-12-12")).build()).requirement()
        .orElseThrow().getPath());
    found = inspection("2018-10-01").significantWeaknesses(weaknesses(1));
    ResolvedDate received = facts(found.reportReceivedOn(on("2018-12-07")).build()).requirement().orElseThrow();
    assertEquals("inspections[0].reportReceivedOn", received.getPath());
    assertEquals("the report's receipt", received.getDescription());
    assertEquals(day("2018-12-07"), received.getDate());
  }

  @Test
  void weaknesses_not_recorded_are_one_fact_naming_what_is_missing() {
    InspectionFacts facts = facts(inspection("2018-10-01").weaknessesKnown(WeaknessesKnown.NOT_RECORDED).build());
    assertEquals(List.of(FactReference.of("inspections[0].weaknessesKnown", "the significant weaknesses, not recorded",
        day("2018-10-01"))), facts.weaknesses());
    assertEquals(Optional.empty(), facts.statementRequired(), "not recorded is not none");
    assertFalse(facts.statementKnownRequired());
  }

  @Test
  void weaknesses_known_as_a_count_are_one_fact_giving_the_count() {
    InspectionFacts facts = facts(inspection("2018-10-01").significantWeaknessCount(3).build());
    assertEquals(List.of(FactReference.of("inspections[0].significantWeaknessCount",
        "3 significant weaknesses, known as a count", day("2018-10-01"))), facts.weaknesses());
    assertEquals(Optional.of(true), facts.statementRequired());
  }

  @Test
  void named_weaknesses_are_a_fact_each_dated_by_the_first_day_on_site() {
    InspectionFacts facts = facts(inspection("2018-10-01").significantWeaknesses(weaknesses(2)).build());
    assertEquals(List.of(
        FactReference.of("inspections[0].significantWeaknesses[0]", "significant weakness 'w1'", day("2018-10-01")),
        FactReference.of("inspections[0].significantWeaknesses[1]", "significant weakness 'w2'", day("2018-10-01"))),
        facts.weaknesses());
  }

  @Test
  void a_weakness_statement_is_found_by_its_identifier_and_only_that_one() {
    InspectionFacts facts = facts(inspection("2018-10-01").significantWeaknesses(weaknesses(3)).build());
    assertEquals(Optional.of("The weakness w2."), facts.weaknessStatement("w2"));
    assertEquals(Optional.of("The weakness w3."), facts.weaknessStatement("w3"));
    assertEquals(Optional.empty(), facts.weaknessStatement("w9"));
  }

  @Test
  void a_coverage_as_a_fact_says_nothing_of_its_kind_happened_by_the_day() {
    InspectionFacts facts = facts(inspection("2018-10-01").significantWeaknesses(weaknesses(1)).build());
    FactReference none = facts.coverageReference(facts.submissionCoveragePath(), until("2019-12-31"), "submission",
        day("2019-03-18"));
    assertEquals("inspections[0].writtenStatement.submissionCoverage", none.getPath());
    assertEquals("no submission by 18 March 2019, the record listing every one until 31 December 2019",
        none.getDescription());
    assertEquals(Optional.of(day("2019-03-18")), none.getDate());
  }

  @Test
  void a_revisit_s_outcome_is_known_from_its_letter_else_its_publication() {
    Revisit withLetter = revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT, Progress.NOT_SUFFICIENT);
    RevisitFacts letter = revisitFacts(withLetter);
    assertEquals(day("2021-06-14"), letter.outcomeKnown().getDate());
    assertEquals(Optional.of(day("2021-06-14")), letter.report().map(ResolvedDate::getDate));
    Revisit published = Revisit.builder().from(withLetter).letterDate(Optional.empty())
        .publishedOn(on("2021-06-22")).build();
    RevisitFacts publication = revisitFacts(published);
    assertEquals(day("2021-06-22"), publication.outcomeKnown().getDate());
    assertEquals("the revisit letter's publication", publication.outcomeKnown().getDescription());
    assertEquals(Optional.empty(), publication.outcomeKnown().getAssumption());
  }

  @Test
  void without_a_revisit_report_the_outcome_is_taken_as_known_on_the_last_day_on_site_and_says_so() {
    Revisit unreported = Revisit.builder().from(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT,
        Progress.SUFFICIENT)).letterDate(Optional.empty()).build();
    RevisitFacts facts = revisitFacts(unreported);
    assertEquals(day("2021-05-07"), facts.outcomeKnown().getDate());
    assertEquals(Optional.of("The record gives neither the revisit letter's date nor its publication, so its outcome"
        + " is taken as known on the last day of the revisit."), facts.outcomeKnown().getAssumption());
    assertEquals(Optional.empty(), facts.report());
    RevisitFacts oneDay = revisitFacts(Revisit.builder().from(unreported).onSiteEnd(Optional.empty()).build());
    assertEquals(day("2021-05-05"), oneDay.outcomeKnown().getDate());
    assertEquals(Optional.of("The record gives neither the revisit letter's date nor its publication, so its outcome"
        + " is taken as known on the first day of the revisit."), oneDay.outcomeKnown().getAssumption());
  }

  @Test
  void outcomes_per_weakness_name_those_left_without_sufficient_progress() {
    RevisitFacts facts = revisitFacts(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT,
        Progress.NOT_SUFFICIENT, Progress.SUFFICIENT, Progress.NOT_SUFFICIENT));
    assertTrue(facts.perWeakness());
    assertEquals(2, facts.sufficient());
    assertEquals(2, facts.notSufficient());
    assertFalse(facts.allSufficient());
    assertEquals(List.of("w2", "w4"), facts.remainingWeaknesses());
    assertEquals(List.of("inspections[0].revisit.outcomes[1]", "inspections[0].revisit.outcomes[3]"),
        facts.insufficientOutcomes().stream().map(FactReference::getPath).collect(Collectors.toList()));
    assertEquals(4, facts.outcomes().size());
    assertEquals("the revisit's outcome for 'w2': not-sufficient-progress", facts.outcomes().get(1).getDescription());
  }

  @Test
  void outcomes_as_counts_are_one_fact_and_name_no_weakness() {
    Revisit counted = Revisit.builder().onSiteStart(on("2021-05-05")).letterDate(on("2021-06-14"))
        .outcomeCounts(counts(3, 1)).build();
    RevisitFacts facts = facts(record(inspection("2018-10-01").significantWeaknessCount(4)
        .writtenStatement(WrittenStatementOfAction.builder().build()).revisit(counted).build()), "2021-07-01")
        .revisit().orElseThrow();
    assertFalse(facts.perWeakness());
    assertEquals(List.of(), facts.remainingWeaknesses());
    FactReference counts = FactReference.of("inspections[0].revisit.outcomeCounts",
        "the revisit's outcome as counts: 3 with sufficient progress, 1 without", day("2021-06-14"));
    assertEquals(List.of(counts), facts.outcomes());
    assertEquals(List.of(counts), facts.insufficientOutcomes());
    Revisit allSufficient = Revisit.builder().from(counted).outcomeCounts(counts(4, 0)).build();
    RevisitFacts sufficient = facts(record(inspection("2018-10-01").significantWeaknessCount(4)
        .writtenStatement(WrittenStatementOfAction.builder().build()).revisit(allSufficient).build()), "2021-07-01")
        .revisit().orElseThrow();
    assertEquals(List.of(), sufficient.insufficientOutcomes());
    assertTrue(sufficient.allSufficient());
  }

  @Test
  void the_next_full_inspection_is_the_next_one_listed_under_either_framework() {
    AreaRecord record = record(inspection("2018-10-01").significantWeaknesses(weaknesses(1)).build(),
        AreaSendInspection.builder().id("area-send-2023").onSiteStart(on("2023-03-06")).publishedOn(on("2023-06-09"))
            .outcome(AreaSendOutcome.INCONSISTENT).priorityActionPlanRequired(false)
            .strategicPlanUpdateRequested(true).build());
    ResolvedDate later = facts(record, "2023-01-01").laterInspectionBegan().orElseThrow();
    assertEquals("inspections[1].onSiteStart", later.getPath());
    assertEquals(day("2023-03-06"), later.getDate());
    assertEquals(Optional.empty(), facts(record, "2023-03-05").supersededBy(), "not begun by the day");
    assertEquals(Optional.of(day("2023-03-06")), facts(record, "2023-03-06").supersededBy().map(ResolvedDate::getDate));
    assertEquals(Optional.empty(), facts(record(inspection("2018-10-01").build()), "2024-01-01")
        .laterInspectionBegan(), "nothing is listed after it");
  }

  @Test
  void the_principal_authorities_are_the_local_authority_and_health_commissioners_acting_on_the_day() {
    AreaRecord record = AreaRecord.builder().area(org.sendinspection.model.area.LocalArea.builder()
        .from(Records2016.AREA).addPartners(
            Partner.of("Essex County Council", PartnerKind.LOCAL_AUTHORITY),
            Partner.builder().name("North East Essex CCG").kind(PartnerKind.CLINICAL_COMMISSIONING_GROUP)
                .actingUntil(day("2022-07-01")).build(),
            Partner.of("Essex Family Forum", PartnerKind.OTHER),
            Partner.builder().name("Mid and South Essex ICB").kind(PartnerKind.INTEGRATED_CARE_BOARD)
                .actingFrom(day("2022-07-01")).build()).build())
        .addInspections(inspection("2019-09-30").significantWeaknesses(weaknesses(1))
            .writtenStatement(WrittenStatementOfAction.builder().addJointlyResponsible("Essex County Council",
                "the five Essex CCGs").build()).build()).build();
    InspectionFacts facts = facts(record, "2024-01-01");
    assertEquals(List.of(FactReference.of("area.partners[0]", "Essex County Council"),
        FactReference.of("area.partners[1]", "North East Essex CCG")), facts.principalAuthoritiesOn(day("2019-12-23")));
    assertEquals(List.of(FactReference.of("area.partners[0]", "Essex County Council"),
        FactReference.of("area.partners[3]", "Mid and South Essex ICB")), facts.principalAuthoritiesOn(day("2022-07-01")));
    assertEquals(List.of("Essex County Council", "the five Essex CCGs"), facts.namedJointlyResponsible());
    assertEquals(List.of(), facts(inspection("2019-09-30").significantWeaknesses(weaknesses(1)).build())
        .namedJointlyResponsible());
  }

  @Test
  void the_facts_of_a_2023_inspection_are_refused_with_its_path_and_framework() {
    AreaRecord record = record(AreaSendInspection.builder().id("area-send-2023").onSiteStart(on("2023-03-06"))
        .publishedOn(on("2023-06-09")).outcome(AreaSendOutcome.INCONSISTENT).priorityActionPlanRequired(false)
        .strategicPlanUpdateRequested(true).build());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> InspectionFacts.of(RuleContext.of(record, 0, day("2024-01-01"), RuleSettings.defaults())));
    assertEquals("inspections[0] is a area-send-2023 inspection, not a local-area-send-2016 one",
        refused.getMessage());
  }

  @Test
  void a_submission_no_source_dates_is_dated_by_its_evaluation_and_says_so() {
    InspectionFacts facts = facts(inspection("2018-10-01").significantWeaknesses(weaknesses(1))
        .writtenStatement(WrittenStatementOfAction.builder()
            .addSubmissions(knownByEvaluation("2019-05-14", EvaluationVerdict.FIT_FOR_PURPOSE)).build()).build());
    SubmissionFacts submission = facts.submissions().get(0);
    assertFalse(submission.isDated());
    assertEquals(day("2019-05-14"), submission.submitted().getDate());
    assertEquals("the statement's submission", submission.submitted().getDescription());
    assertEquals(Optional.of("No source says when the statement's submission was made; it had been made by 14 May 2019,"
        + " when it was evaluated, and is dated so here."), submission.submitted().getAssumption());
    assertEquals(Optional.of(day("2019-05-14")), facts.acceptance().map(ResolvedDate::getDate));
  }

  private static RevisitFacts revisitFacts(Revisit revisit) {
    return facts(record(inspection("2018-10-01").significantWeaknesses(weaknesses(revisit.getOutcomes().size()))
        .writtenStatement(WrittenStatementOfAction.builder().build()).revisit(revisit).build()), "2021-07-01")
        .revisit().orElseThrow();
  }
}
