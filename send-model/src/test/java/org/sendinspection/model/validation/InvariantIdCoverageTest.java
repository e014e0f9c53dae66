package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.PriorityActionPlan;
import org.sendinspection.model.areasend.PriorityActionProgress;
import org.sendinspection.model.areasend.StatedPreviousInspection;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.CoverageState;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatePrecision;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.AcceleratedProgressPlan;
import org.sendinspection.model.revisit.NextSteps;
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
 * Every invariant id, at each place it is checked, refuses a value built to break it and names itself
 * and the field: so no id is dead, none stands for another check, and removing any check (a whole
 * {@code check()} method included) fails a case here. Each case breaks one rule of an otherwise valid
 * value and expects exactly that rule at exactly that path.
 */
class InvariantIdCoverageTest {

  /** One value built to break one rule at one place. */
  record Case(String name, Invariant rule, String path, Supplier<Object> build) {
    @Override
    public String toString() {
      return rule.id() + ": " + name;
    }
  }

  private static DatedFact on(String day) {
    return DatedFact.of(LocalDate.parse(day));
  }

  /** A 2016-framework inspection on site 4 to 8 March 2019, valid as it stands. */
  private static ImmutableLocalAreaSendInspection.Builder inspection() {
    return LocalAreaSendInspection.builder().id("2019-inspection").onSiteStart(on("2019-03-04"))
        .onSiteEnd(on("2019-03-08"));
  }

  private static SignificantWeakness weakness(String id) {
    return SignificantWeakness.builder().id(id).theme(Theme.LOCAL_OFFER).statement("The local offer is weak.")
        .build();
  }

  /** The inspection with weaknesses a and b and a statement of action declared fit for purpose. */
  private static ImmutableLocalAreaSendInspection.Builder withStatement() {
    return inspection().addSignificantWeaknesses(weakness("a"), weakness("b"))
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(Submission.builder()
            .submittedOn(on("2019-06-01")).evaluation(Evaluation.builder().evaluatedOn(on("2019-07-01"))
                .verdict(EvaluationVerdict.FIT_FOR_PURPOSE).build()).build()).build());
  }

  private static org.sendinspection.model.revisit.ImmutableRevisit.Builder revisit() {
    return Revisit.builder().onSiteStart(on("2020-09-07"));
  }

  /** A 2023-framework outcome-3 inspection on site 13 to 17 November 2023, valid as it stands. */
  private static ImmutableAreaSendInspection.Builder outcome3() {
    return AreaSendInspection.builder().id("area-send-2023")
        .onSiteStart(on("2023-11-13")).onSiteEnd(on("2023-11-17")).publishedOn(on("2024-01-30"))
        .outcome(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS)
        .priorityActionPlanRequired(true).strategicPlanUpdateRequested(false)
        .addAreasForPriorityAction(priorityAction().build());
  }

  private static org.sendinspection.model.areasend.ImmutableAreaForPriorityAction.Builder priorityAction() {
    return AreaForPriorityAction.builder().id("ehc-plans").addResponsibleBodies("A council")
        .statement("Plans are late.");
  }

  private static org.sendinspection.model.areasend.ImmutableMonitoringInspection.Builder monitoring(String day) {
    return MonitoringInspection.builder().onSiteStart(on(day));
  }

  private static LocalArea area() {
    return LocalArea.builder().code("E10000012").name("Essex").region(OfstedRegion.EAST_OF_ENGLAND).build();
  }

  private static Case of(String name, Invariant rule, String path, Supplier<Object> build) {
    return new Case(name, rule, path, build);
  }

  static Stream<Case> cases() {
    return Stream.of(
        of("a dated fact with no claim", Invariant.DATED_FACT_HAS_CLAIM, "claims",
            () -> DatedFact.builder().build()),
        of("an inspection that ends before it starts", Invariant.PERIOD_IN_ORDER, "onSiteEnd",
            () -> inspection().onSiteEnd(on("2019-03-01")).build()),
        of("a partner that stops before it starts", Invariant.PERIOD_IN_ORDER, "actingUntil",
            () -> Partner.builder().name("A council").kind(PartnerKind.LOCAL_AUTHORITY)
                .actingFrom(LocalDate.of(2020, 1, 1)).actingUntil(LocalDate.of(2019, 1, 1)).build()),
        of("a monitoring visit that ends before it starts", Invariant.PERIOD_IN_ORDER, "onSiteEnd",
            () -> monitoring("2025-06-02").onSiteEnd(on("2025-06-01")).build()),
        of("a priority action plan accepted before it was submitted", Invariant.PERIOD_IN_ORDER, "acceptedOn",
            () -> PriorityActionPlan.builder().submittedOn(on("2024-04-01")).acceptedOn(on("2024-03-01")).build()),
        of("a revisit that ends before it starts", Invariant.PERIOD_IN_ORDER, "onSiteEnd",
            () -> revisit().onSiteEnd(on("2020-09-01")).outcomeCounts(ProgressCounts.of(1, 1)).build()),
        of("an accelerated plan approved before it was submitted", Invariant.PERIOD_IN_ORDER,
            "acceleratedProgressPlan.approvedOn",
            () -> NextSteps.builder().acceleratedProgressPlan(AcceleratedProgressPlan.builder()
                .submittedOn(on("2021-03-01")).approvedOn(on("2021-02-01")).build()).build()),
        of("notice given after the first day on site", Invariant.NOTICE_BEFORE_ON_SITE, "onSiteStart",
            () -> inspection().noticeGivenOn(on("2019-03-05")).build()),
        of("a letter dated before the inspection ended", Invariant.LETTER_AFTER_ON_SITE, "letterDate",
            () -> inspection().letterDate(on("2019-03-07")).build()),
        of("a revisit letter dated before the revisit ended", Invariant.LETTER_AFTER_ON_SITE, "letterDate",
            () -> revisit().onSiteEnd(on("2020-09-09")).letterDate(on("2020-09-08"))
                .outcomeCounts(ProgressCounts.of(1, 1)).build()),
        of("an area SEND letter dated before the inspection ended", Invariant.LETTER_AFTER_ON_SITE, "letterDate",
            () -> outcome3().letterDate(on("2023-11-16")).build()),
        of("an area SEND report published before its letter's date", Invariant.PUBLISHED_AFTER_LETTER,
            "publishedOn", () -> outcome3().letterDate(on("2024-01-24")).publishedOn(on("2024-01-23")).build()),
        of("publication before the letter's date", Invariant.PUBLISHED_AFTER_LETTER, "publishedOn",
            () -> inspection().letterDate(on("2019-04-10")).publishedOn(on("2019-04-09")).build()),
        of("a revisit published before its letter", Invariant.PUBLISHED_AFTER_LETTER, "publishedOn",
            () -> revisit().letterDate(on("2020-10-10")).publishedOn(on("2020-10-09"))
                .outcomeCounts(ProgressCounts.of(1, 1)).build()),
        of("an area SEND report published before the inspection ended", Invariant.PUBLISHED_AFTER_ON_SITE,
            "publishedOn", () -> outcome3().publishedOn(on("2023-11-16")).build()),
        of("publication before the inspection began", Invariant.PUBLISHED_AFTER_ON_SITE, "publishedOn",
            () -> inspection().onSiteEnd(Optional.empty()).publishedOn(on("2019-03-01")).build()),
        of("a revisit published before it began", Invariant.PUBLISHED_AFTER_ON_SITE, "publishedOn",
            () -> revisit().publishedOn(on("2020-09-01")).outcomeCounts(ProgressCounts.of(1, 1)).build()),
        of("a monitoring letter published before the visit", Invariant.PUBLISHED_AFTER_ON_SITE, "publishedOn",
            () -> monitoring("2025-06-02").publishedOn(on("2025-06-01")).build()),
        of("a report received before the inspection began", Invariant.REPORT_RECEIVED_AFTER_ON_SITE,
            "reportReceivedOn", () -> inspection().reportReceivedOn(on("2019-03-01")).build()),
        of("an area SEND report received before the inspection ended", Invariant.REPORT_RECEIVED_AFTER_ON_SITE,
            "reportReceivedOn", () -> outcome3().reportReceivedOn(on("2023-11-15")).build()),
        of("a weakness named twice", Invariant.UNIQUE_IDENTIFIER, "significantWeaknesses[1].id",
            () -> inspection().addSignificantWeaknesses(weakness("a"), weakness("a")).build()),
        of("an area for priority action named twice", Invariant.UNIQUE_IDENTIFIER, "areasForPriorityAction[1].id",
            () -> outcome3().addAreasForPriorityAction(priorityAction().build()).build()),
        of("a coded action listed twice", Invariant.UNIQUE_IDENTIFIER, "actions[1].code",
            () -> WrittenStatementOfAction.builder().addActions(CodedAction.of("JC1", "a"), CodedAction.of("JC1", "b"))
                .build()),
        of("a source listed twice", Invariant.UNIQUE_IDENTIFIER, "sources[1].id",
            () -> AreaRecord.builder().area(area()).addSources(SourceDocument.of("letter", "A letter"),
                SourceDocument.of("letter", "Another letter")).build()),
        of("an inspection listed twice", Invariant.UNIQUE_IDENTIFIER, "inspections[1].id",
            () -> AreaRecord.builder().area(area()).addInspections(inspection().build(), inspection().build()).build()),
        of("a count below the weaknesses named", Invariant.WEAKNESSES_DETAILED_OR_COUNTED, "significantWeaknessCount",
            () -> inspection().addSignificantWeaknesses(weakness("a"), weakness("b"))
                .weaknessesKnown(WeaknessesKnown.COUNTED).significantWeaknessCount(1).build()),
        of("counted weaknesses without a count", Invariant.WEAKNESSES_KNOWN_AS_STATED, "significantWeaknessCount",
            () -> inspection().weaknessesKnown(WeaknessesKnown.COUNTED).build()),
        of("areas for priority action in detail and counted", Invariant.PRIORITY_ACTIONS_DETAILED_OR_COUNTED,
            "areasForPriorityActionCount", () -> outcome3().areasForPriorityActionCount(1).build()),
        of("a statement of action without a weakness", Invariant.WSOA_NEEDS_WEAKNESS, "writtenStatement",
            () -> inspection().significantWeaknessCount(0)
                .writtenStatement(WrittenStatementOfAction.builder().build()).build()),
        of("a statement determined before the inspection ended", Invariant.WSOA_AFTER_INSPECTION,
            "writtenStatement.determinedOn", () -> inspection().addSignificantWeaknesses(weakness("a"))
                .writtenStatement(WrittenStatementOfAction.builder().determinedOn(on("2019-03-07")).build()).build()),
        of("a statement submitted before the inspection ended", Invariant.WSOA_AFTER_INSPECTION,
            "writtenStatement.submissions[0].submittedOn", () -> inspection().addSignificantWeaknesses(weakness("a"))
                .writtenStatement(WrittenStatementOfAction.builder()
                    .addSubmissions(Submission.on(on("2019-03-07"))).build()).build()),
        of("a submission with neither date nor evaluation", Invariant.SUBMISSION_DATED_OR_EVALUATED, "submittedOn",
            () -> Submission.builder().build()),
        of("an evaluation before its submission", Invariant.EVALUATION_AFTER_SUBMISSION, "evaluation.evaluatedOn",
            () -> Submission.builder().submittedOn(on("2019-06-01")).evaluation(Evaluation.builder()
                .evaluatedOn(on("2019-05-01")).verdict(EvaluationVerdict.NOT_FIT_FOR_PURPOSE).build()).build()),
        of("a submission after a fit-for-purpose judgement", Invariant.RESUBMISSION_AFTER_REJECTION, "submissions[1]",
            () -> WrittenStatementOfAction.builder().addSubmissions(
                Submission.builder().submittedOn(on("2019-06-01")).evaluation(Evaluation.builder()
                    .evaluatedOn(on("2019-07-01")).verdict(EvaluationVerdict.FIT_FOR_PURPOSE).build()).build(),
                Submission.on(on("2019-08-01"))).build()),
        of("an action for a weakness not found", Invariant.ACTION_ADDRESSES_FOUND_WEAKNESS,
            "writtenStatement.actions[0].addresses[0]", () -> inspection().addSignificantWeaknesses(weakness("a"))
                .writtenStatement(WrittenStatementOfAction.builder().addActions(CodedAction.of("JC1", "b")).build())
                .build()),
        of("a revisit without a statement", Invariant.REVISIT_NEEDS_WSOA, "revisit",
            () -> inspection().significantWeaknessCount(0).revisit(revisit().outcomeCounts(ProgressCounts.of(0, 0))
                .build()).build()),
        of("a revisit with no submission fit for purpose", Invariant.REVISIT_AFTER_FIT_FOR_PURPOSE, "revisit",
            () -> inspection().addSignificantWeaknesses(weakness("a")).writtenStatement(WrittenStatementOfAction
                .builder().addSubmissions(Submission.on(on("2019-06-01"))).build())
                .revisit(revisit().addOutcomes(WeaknessOutcome.of("a", Progress.SUFFICIENT)).build()).build()),
        of("a revisit before the statement was fit for purpose", Invariant.REVISIT_AFTER_FIT_FOR_PURPOSE,
            "revisit.onSiteStart", () -> withStatement().revisit(Revisit.builder().onSiteStart(on("2019-06-15"))
                .addOutcomes(WeaknessOutcome.of("a", Progress.SUFFICIENT), WeaknessOutcome.of("b", Progress.SUFFICIENT))
                .build()).build()),
        of("a revisit before the inspection ended", Invariant.REVISIT_AFTER_FIT_FOR_PURPOSE, "revisit.onSiteStart",
            () -> inspection().significantWeaknessCount(1).writtenStatement(WrittenStatementOfAction.builder().build())
                .revisit(Revisit.builder().onSiteStart(on("2019-03-05")).outcomeCounts(ProgressCounts.of(1, 0))
                    .build()).build()),
        of("a revisit outcome for a weakness not found", Invariant.REVISIT_OUTCOME_FOR_FOUND_WEAKNESS,
            "revisit.outcomes[2].weakness", () -> withStatement().revisit(revisit().addOutcomes(
                WeaknessOutcome.of("a", Progress.SUFFICIENT), WeaknessOutcome.of("b", Progress.SUFFICIENT),
                WeaknessOutcome.of("c", Progress.SUFFICIENT)).build()).build()),
        of("revisit outcomes per weakness where the weaknesses are only counted",
            Invariant.REVISIT_OUTCOME_FOR_FOUND_WEAKNESS, "revisit.outcomes",
            () -> inspection().significantWeaknessCount(1).writtenStatement(WrittenStatementOfAction.builder().build())
                .revisit(revisit().addOutcomes(WeaknessOutcome.of("a", Progress.SUFFICIENT)).build()).build()),
        of("a weakness with no revisit outcome", Invariant.REVISIT_OUTCOME_FOR_EVERY_WEAKNESS, "revisit.outcomes",
            () -> withStatement().revisit(revisit().addOutcomes(WeaknessOutcome.of("a", Progress.SUFFICIENT))
                .build()).build()),
        of("a weakness decided twice", Invariant.REVISIT_OUTCOME_FOR_EVERY_WEAKNESS, "outcomes[1].weakness",
            () -> revisit().addOutcomes(WeaknessOutcome.of("a", Progress.SUFFICIENT),
                WeaknessOutcome.of("a", Progress.NOT_SUFFICIENT)).build()),
        of("revisit counts that do not add up", Invariant.REVISIT_COUNTS_ADD_UP, "revisit.outcomeCounts",
            () -> inspection().significantWeaknessCount(2).writtenStatement(WrittenStatementOfAction.builder().build())
                .revisit(revisit().outcomeCounts(ProgressCounts.of(1, 0)).build()).build()),
        of("a revisit with no outcome", Invariant.REVISIT_OUTCOMES_DETAILED_OR_COUNTED, "outcomes",
            () -> revisit().build()),
        of("next steps without a revisit", Invariant.NEXT_STEPS_AFTER_INSUFFICIENT_REVISIT, "nextSteps",
            () -> inspection().nextSteps(NextSteps.builder().build()).build()),
        of("next steps dated before the revisit", Invariant.NEXT_STEPS_AFTER_INSUFFICIENT_REVISIT,
            "nextSteps.determinedOn", () -> inspection().significantWeaknessCount(1)
                .writtenStatement(WrittenStatementOfAction.builder().build())
                .revisit(revisit().outcomeCounts(ProgressCounts.of(0, 1)).build())
                .nextSteps(NextSteps.builder().determinedOn(on("2020-09-01")).build()).build()),
        of("an area for priority action with no responsible body", Invariant.PRIORITY_ACTION_HAS_RESPONSIBLE_BODY,
            "responsibleBodies", () -> AreaForPriorityAction.builder().id("ehc-plans").statement("Plans are late.")
                .build()),
        of("outcome 3 without a priority action plan required", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "priorityActionPlanRequired", () -> outcome3().priorityActionPlanRequired(false).build()),
        of("outcome 3 with a strategic plan update asked", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "strategicPlanUpdateRequested", () -> outcome3().strategicPlanUpdateRequested(true).build()),
        of("the previous inspection after this one", Invariant.PREVIOUS_INSPECTION_BEFORE,
            "previousInspectionAsStated.onSiteStart", () -> outcome3().previousInspectionAsStated(
                StatedPreviousInspection.builder().onSiteStart(on("2024-01-01")).build()).build()),
        of("an area SEND inspection with no day on site and no publication", Invariant.INSPECTION_DATED,
            "onSiteStart", () -> outcome3().onSiteStart(Optional.empty()).onSiteEnd(Optional.empty())
                .publishedOn(Optional.empty()).build()),
        of("a previous inspection stated with no day", Invariant.STATED_PREVIOUS_INSPECTION_DATED, "onSiteStart",
            () -> StatedPreviousInspection.builder().build()),
        of("a previous inspection stated and denied", Invariant.PREVIOUS_INSPECTION_STATED_ONCE,
            "statedNotPreviouslyInspected", () -> outcome3().statedNotPreviouslyInspected(Citation.of("report"))
                .previousInspectionAsStated(StatedPreviousInspection.builder().onSiteStart(on("2016-12-12")).build())
                .build()),
        of("progress on an area the inspection did not name", Invariant.PROGRESS_FOR_FOUND_PRIORITY_ACTION,
            "monitoringInspections[0].progress[0].areaForPriorityAction", () -> outcome3().addMonitoringInspections(
                monitoring("2025-06-02").addProgress(PriorityActionProgress.of("waiting-times", Progress.SUFFICIENT))
                    .build()).build()),
        of("a monitoring inspection before the report", Invariant.MONITORING_AFTER_REPORT,
            "monitoringInspections[0].onSiteStart",
            () -> outcome3().addMonitoringInspections(monitoring("2024-01-08").build()).build()),
        of("a monitoring inspection before the inspection ended", Invariant.MONITORING_AFTER_INSPECTION,
            "monitoringInspections[0].onSiteStart", () -> outcome3().publishedOn(Optional.empty())
                .addMonitoringInspections(monitoring("2023-11-15").build()).build()),
        of("a priority action plan before the report", Invariant.PRIORITY_ACTION_PLAN_AFTER_REPORT,
            "priorityActionPlan.submittedOn", () -> outcome3().priorityActionPlan(
                PriorityActionPlan.builder().submittedOn(on("2024-01-02")).build()).build()),
        of("inspections out of date order", Invariant.INSPECTIONS_IN_DATE_ORDER, "inspections[1].onSiteStart",
            () -> AreaRecord.builder().area(area()).addInspections(
                inspection().id("2020-inspection").onSiteStart(on("2020-03-02")).onSiteEnd(on("2020-03-06")).build(),
                inspection().build()).build()),
        of("a citation of an unlisted source", Invariant.CITATION_NAMES_KNOWN_SOURCE, "inspections[0].citation.source",
            () -> AreaRecord.builder().area(area()).addInspections(inspection().citation(Citation.of("nowhere"))
                .build()).build()),
        of("a claim to a month dated mid-month", Invariant.PARTIAL_DATE_STARTS_PERIOD, "date",
            () -> DateClaim.builder().date(LocalDate.of(2019, 3, 4)).precision(DatePrecision.MONTH).build()),
        of("coverage recorded until no date", Invariant.COVERAGE_STATES_ITS_DATE, "until",
            () -> Coverage.builder().state(CoverageState.RECORDED_UNTIL).build()),
        of("coverage not recorded with a date", Invariant.COVERAGE_STATES_ITS_DATE, "until",
            () -> Coverage.builder().state(CoverageState.NOT_RECORDED).until(on("2022-08-31")).build()),
        of("a blank area name", Invariant.TEXT_NOT_BLANK, "name",
            () -> LocalArea.builder().code("E10000012").name(" ").region(OfstedRegion.EAST_OF_ENGLAND).build()),
        of("an area name with a lone surrogate", Invariant.TEXT_WELL_FORMED, "name",
            () -> LocalArea.builder().code("E10000012").name("Ess\uDC00ex").region(OfstedRegion.EAST_OF_ENGLAND).build()),
        of("an area code that is not an ONS code", Invariant.AREA_CODE_FORMAT, "code",
            () -> LocalArea.builder().code("not-a-code").name("Essex").region(OfstedRegion.EAST_OF_ENGLAND).build()),
        of("a source id with capitals and spaces", Invariant.IDENTIFIER_FORMAT, "id",
            () -> SourceDocument.of("Essex Letter", "A letter")),
        of("an action code in lower case", Invariant.ACTION_CODE_FORMAT, "code",
            () -> CodedAction.of("jc3", "a")),
        of("a negative count of revisit outcomes", Invariant.COUNT_NOT_NEGATIVE, "sufficient",
            () -> ProgressCounts.of(-1, 2)),
        of("a negative count of weaknesses", Invariant.COUNT_NOT_NEGATIVE, "significantWeaknessCount",
            () -> inspection().significantWeaknessCount(-1).build()),
        of("a negative count of areas for priority action", Invariant.COUNT_NOT_NEGATIVE,
            "areasForPriorityActionCount", () -> AreaSendInspection.builder().from(outcome3().build())
                .areasForPriorityAction(List.of()).areasForPriorityActionCount(-1).build()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void each_rule_refuses_the_value_built_to_break_it_and_names_itself(Case c) {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, c.build()::get,
        c.name() + " was built");
    List<String> found = e.violations().stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList());
    assertTrue(found.contains(c.path() + " " + c.rule().id()), c + ": found " + found);
    assertTrue(e.getMessage().contains("[" + c.rule().id() + "]"), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void each_rule_is_reported_alone_where_only_it_is_broken(Case c) {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, c.build()::get);
    Set<String> rules = e.violations().stream().map(Violation::rule).collect(Collectors.toSet());
    // A weakness outcome for a weakness not found also leaves a weakness undecided: two rules, one cause.
    Set<String> allowed = new java.util.HashSet<>(List.of(c.rule().id(), Invariant.REVISIT_OUTCOME_FOR_EVERY_WEAKNESS.id()));
    assertTrue(allowed.containsAll(rules), c + ": found " + e.violations());
  }

  @Test
  void every_invariant_has_a_case_here() {
    Set<Invariant> covered = cases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Invariant.class)));
    Set<Invariant> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
    assertEquals(Set.of(), missing, "invariants no case breaks");
  }

  @Test
  void invariant_ids_are_unique_and_lower_case_hyphenated() {
    List<String> ids = Arrays.stream(Invariant.values()).map(Invariant::id).collect(Collectors.toList());
    assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    ids.forEach(id -> assertTrue(id.matches("[a-z]+(-[a-z0-9]+)*"), id));
  }
}
