package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2016.Cases2016.basis;
import static org.sendinspection.rules.rules2016.Cases2016.drawn;
import static org.sendinspection.rules.rules2016.Cases2016.inspectedFrom;
import static org.sendinspection.rules.rules2016.Cases2016.record;
import static org.sendinspection.rules.rules2016.Cases2016.submittedAndJudged;
import static org.sendinspection.rules.rules2016.Cases2016.weakness;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.AcceleratedProgressPlan;
import org.sendinspection.model.revisit.ImmutableRevisit;
import org.sendinspection.model.revisit.NextSteps;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.DateRole;

/** What follows a revisit that did not find sufficient progress on every significant weakness. */
class NextStepsRuleTest {
  private static final LocalDate ON_SITE = LocalDate.of(2018, 10, 1);
  private static final LocalDate REVISITED = LocalDate.of(2021, 5, 5);
  private static final LocalDate REVISIT_ENDED = LocalDate.of(2021, 5, 7);
  private static final LocalDate REVISIT_LETTER = LocalDate.of(2021, 6, 14);
  private static final LocalDate LATER = LocalDate.of(2022, 6, 1);

  /** Three named weaknesses, a statement accepted in 2019, and the given revisit. */
  private static AreaRecord revisited(Revisit revisit) {
    return record(threeWeaknesses().writtenStatement(accepted()).revisit(revisit).build());
  }

  private static ImmutableLocalAreaSendInspection.Builder threeWeaknesses() {
    return inspectedFrom(ON_SITE).addSignificantWeaknesses(
        weakness("leadership", "Leadership has not developed quickly enough."),
        weakness("ehc-plans", "EHC plans are poor..."),
        weakness("local-offer", "The local offer is not well known."));
  }

  private static WrittenStatementOfAction accepted() {
    return WrittenStatementOfAction.builder().addSubmissions(submittedAndJudged(LocalDate.of(2019, 3, 1),
        LocalDate.of(2019, 5, 14), EvaluationVerdict.FIT_FOR_PURPOSE)).build();
  }

  private static ImmutableRevisit.Builder revisit(Progress leadership, Progress plans, Progress offer) {
    return Revisit.builder().onSiteStart(DatedFact.of(REVISITED)).onSiteEnd(DatedFact.of(REVISIT_ENDED))
        .addOutcomes(WeaknessOutcome.of("leadership", leadership), WeaknessOutcome.of("ehc-plans", plans),
            WeaknessOutcome.of("local-offer", offer));
  }

  private static List<ConclusionKind> kinds(List<Conclusion> conclusions) {
    return conclusions.stream().map(Conclusion::getKind).collect(Collectors.toList());
  }

  @Test
  void a_revisit_without_sufficient_progress_everywhere_leaves_next_steps_to_dfe_and_nhs_england() {
    List<Conclusion> steps = drawn(NextStepsRule.ID, revisited(revisit(Progress.NOT_SUFFICIENT, Progress.SUFFICIENT,
        Progress.SUFFICIENT).letterDate(DatedFact.of(REVISIT_LETTER)).build()), LATER);
    assertEquals(List.of(ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE,
        ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED, ConclusionKind.WEAKNESSES_REMAINING), kinds(steps));
    Conclusion next = steps.get(0);
    assertEquals(List.of(ConcernedDate.of(DateRole.REVISIT_OUTCOME_ON, REVISIT_LETTER)), next.getDates());
    assertEquals(List.of("inspections[0].revisit.outcomes[0]"), basis(next));
    assertEquals("As the revisit did not find sufficient progress on every significant weakness, it is for DfE and"
        + " NHS England to determine the next steps, which may include the Secretary of State using powers of"
        + " intervention.", next.getReason());
    assertEquals(List.of(Sources2016.SOUTHEND_REVISIT_LETTER, Sources2016.INTERVENTION_POWERS), next.getCitations());

    Conclusion review = steps.get(1);
    assertEquals(List.of(ConcernedDate.of(DateRole.REVIEW_WITHIN, LocalDate.of(2021, 12, 14))), review.getDates());
    assertEquals(List.of("inspections[0].revisit.letterDate"), basis(review));
    assertEquals("DfE requires an accelerated progress plan, with a formal progress review within 6 months of the"
        + " revisit report of 14 June 2021, that is by 14 December 2021 (the answer says \"within at least 6"
        + " months\"; the period is a setting).", review.getReason());

    Conclusion noRevisit = steps.get(2);
    assertEquals(List.of(ConcernedDate.of(DateRole.REVISIT_OUTCOME_ON, REVISIT_LETTER)), noRevisit.getDates());
    assertEquals(List.of("inspections[0].revisit.outcomes[0]"), basis(noRevisit));
    assertEquals("Ofsted and CQC will not carry out any further revisit unless directed to do so by the Secretary"
        + " of State.", noRevisit.getReason());

    Conclusion remaining = steps.get(3);
    assertEquals(List.of(ConcernedDate.of(DateRole.REVISIT_OUTCOME_ON, REVISIT_LETTER)), remaining.getDates());
    assertEquals(List.of("inspections[0].revisit.outcomes[0]"), basis(remaining));
    assertEquals("1 of 3 significant weaknesses remains without sufficient progress: 'leadership' (Leadership has"
        + " not developed quickly enough).", remaining.getReason());
  }

  @Test
  void several_weaknesses_remaining_are_each_named_with_their_statement() {
    List<Conclusion> steps = drawn(NextStepsRule.ID, revisited(revisit(Progress.NOT_SUFFICIENT, Progress.NOT_SUFFICIENT,
        Progress.SUFFICIENT).letterDate(DatedFact.of(REVISIT_LETTER)).build()), LATER);
    assertEquals(List.of("inspections[0].revisit.outcomes[0]", "inspections[0].revisit.outcomes[1]"),
        basis(steps.get(0)));
    assertEquals("2 of 3 significant weaknesses remain without sufficient progress: 'leadership' (Leadership has"
        + " not developed quickly enough) and 'ehc-plans' (EHC plans are poor).", steps.get(3).getReason());
  }

  @Test
  void an_outcome_known_only_as_counts_cannot_say_which_weaknesses_remain() {
    AreaRecord record = record(inspectedFrom(ON_SITE).weaknessesKnown(WeaknessesKnown.COUNTED)
        .significantWeaknessCount(4).writtenStatement(accepted())
        .revisit(Revisit.builder().onSiteStart(DatedFact.of(REVISITED)).publishedOn(DatedFact.of(REVISIT_LETTER))
            .outcomeCounts(ProgressCounts.of(1, 3)).build()).build());
    List<Conclusion> steps = drawn(NextStepsRule.ID, record, LATER);
    assertEquals(List.of("inspections[0].revisit.outcomeCounts"), basis(steps.get(0)));
    assertEquals(List.of("inspections[0].revisit.publishedOn"), basis(steps.get(1)));
    assertEquals("3 of 4 significant weaknesses remain without sufficient progress; the record gives the revisit's"
        + " outcome only as counts, so which ones is not known.", steps.get(3).getReason());
  }

  @Test
  void the_progress_review_s_date_is_not_determinable_without_the_revisit_report() {
    List<Conclusion> steps = drawn(NextStepsRule.ID, revisited(revisit(Progress.NOT_SUFFICIENT, Progress.SUFFICIENT,
        Progress.SUFFICIENT).build()), LATER);
    Conclusion next = steps.get(0);
    assertEquals(List.of(ConcernedDate.of(DateRole.REVISIT_OUTCOME_ON, REVISIT_ENDED)), next.getDates());
    assertTrue(next.getReason().endsWith("so its outcome is taken as known on the last day of the revisit."),
        next.getReason());
    Conclusion review = steps.get(1);
    assertEquals(ConclusionKind.NOT_DETERMINABLE, review.getKind());
    assertEquals(List.of("inspections[0].revisit.letterDate", "inspections[0].revisit.publishedOn"),
        review.getMissingFacts());
    assertEquals(List.of("inspections[0].revisit.outcomes[0]"), basis(review));
    assertEquals(List.of(), review.getDates());
    assertEquals("DfE requires an accelerated progress plan with a formal progress review within 6 months of the"
        + " revisit report, but the record gives neither the revisit letter's date nor its publication, so the"
        + " review's date cannot be worked out.", review.getReason());
  }

  @Test
  void the_review_period_is_a_setting() {
    AreaRecord record = revisited(revisit(Progress.NOT_SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT)
        .letterDate(DatedFact.of(REVISIT_LETTER)).build());
    Conclusion review = drawn(NextStepsRule.ID, record, LATER,
        RuleSettings.defaults().withProgressReviewWithinMonths(3)).get(1);
    assertEquals(LocalDate.of(2021, 9, 14), review.date(DateRole.REVIEW_WITHIN).orElseThrow());
    assertTrue(review.getReason().startsWith("DfE requires an accelerated progress plan, with a formal progress review"
        + " within 3 months of the revisit report of 14 June 2021, that is by 14 September 2021"), review.getReason());
  }

  @Test
  void what_the_record_holds_of_the_next_steps_is_told() {
    AreaRecord record = record(threeWeaknesses().writtenStatement(accepted())
        .revisit(revisit(Progress.NOT_SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT)
            .letterDate(DatedFact.of(REVISIT_LETTER)).build())
        .nextSteps(NextSteps.builder().determinedOn(DatedFact.of(LocalDate.of(2021, 7, 1)))
            .acceleratedProgressPlan(AcceleratedProgressPlan.builder()
                .submittedOn(DatedFact.of(LocalDate.of(2021, 8, 2)))
                .approvedOn(DatedFact.of(LocalDate.of(2021, 9, 1)))
                .addReviews(DatedFact.of(LocalDate.of(2021, 12, 1)), DatedFact.of(LocalDate.of(2022, 3, 1))).build())
            .secretaryOfStateDirection(DatedFact.of(LocalDate.of(2022, 4, 4))).build())
        .build());
    assertTrue(drawn(NextStepsRule.ID, record, LATER).get(0).getReason().endsWith(" powers of intervention. The record"
        + " shows that DfE and NHS England set out the next steps on 2021-07-01, the accelerated progress plan was"
        + " submitted on 2021-08-02, it was approved on 2021-09-01, a formal progress review was held on 2021-12-01,"
        + " a formal progress review was held on 2022-03-01 and the Secretary of State directed intervention on"
        + " 2022-04-04."), drawn(NextStepsRule.ID, record, LATER).get(0).getReason());
  }

  @Test
  void next_steps_recorded_without_dates_add_nothing_to_the_reason() {
    AreaRecord record = record(threeWeaknesses().writtenStatement(accepted())
        .revisit(revisit(Progress.NOT_SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT)
            .letterDate(DatedFact.of(REVISIT_LETTER)).build())
        .nextSteps(NextSteps.builder().acceleratedProgressPlan(AcceleratedProgressPlan.builder().build()).build())
        .build());
    assertTrue(drawn(NextStepsRule.ID, record, LATER).get(0).getReason().endsWith(" powers of intervention."));
  }

  @Test
  void sufficient_progress_everywhere_or_an_outcome_not_yet_known_draws_nothing() {
    assertEquals(List.of(), drawn(NextStepsRule.ID, revisited(revisit(Progress.SUFFICIENT, Progress.SUFFICIENT,
        Progress.SUFFICIENT).letterDate(DatedFact.of(REVISIT_LETTER)).build()), LATER));
    AreaRecord insufficient = revisited(revisit(Progress.NOT_SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT)
        .letterDate(DatedFact.of(REVISIT_LETTER)).build());
    assertEquals(List.of(), drawn(NextStepsRule.ID, insufficient, REVISIT_LETTER.minusDays(1)));
    assertEquals(4, drawn(NextStepsRule.ID, insufficient, REVISIT_LETTER).size());
  }
}
