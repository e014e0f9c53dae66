package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.PriorityActionPlan;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.AcceleratedProgressPlan;
import org.sendinspection.model.revisit.NextSteps;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * The record as it stood on a day, on a hand-built history: a 2016 inspection whose statement was judged not fit
 * for purpose and then fit, revisited with a weakness left, then next steps with an accelerated progress plan;
 * and a 2023 inspection with outcome 3, its priority action plan and a monitoring inspection.
 */
class RecordOnDayTest {
  private static final Evaluation NOT_FIT = evaluation("2019-04-01", EvaluationVerdict.NOT_FIT_FOR_PURPOSE);
  private static final Evaluation FIT = evaluation("2019-06-03", EvaluationVerdict.FIT_FOR_PURPOSE);
  private static final Submission FIRST = Submission.builder().submittedOn(on("2019-03-01")).evaluation(NOT_FIT)
      .build();
  private static final Submission SECOND = Submission.builder().submittedOn(on("2019-05-01")).evaluation(FIT).build();
  private static final Revisit REVISIT = Revisit.builder().onSiteStart(on("2020-11-02")).letterDate(on("2020-12-10"))
      .addOutcomes(WeaknessOutcome.of("w1", Progress.SUFFICIENT), WeaknessOutcome.of("w2", Progress.NOT_SUFFICIENT))
      .build();
  private static final AcceleratedProgressPlan PLAN = AcceleratedProgressPlan.builder().submittedOn(on("2021-03-01"))
      .approvedOn(on("2021-04-01")).addReviews(on("2021-06-01"), on("2021-09-01")).build();
  private static final NextSteps NEXT_STEPS = NextSteps.builder().determinedOn(on("2021-01-15"))
      .acceleratedProgressPlan(PLAN).secretaryOfStateDirection(on("2021-10-01")).build();
  private static final LocalAreaSendInspection INSPECTION_2018 = LocalAreaSendInspection.builder()
      .id("inspection-2018").noticeGivenOn(on("2018-09-24")).onSiteStart(on("2018-10-01")).onSiteEnd(on("2018-10-05"))
      .letterDate(on("2018-12-05")).addSignificantWeaknesses(weakness("w1"), weakness("w2"))
      .writtenStatement(WrittenStatementOfAction.builder().determinedOn(on("2018-12-05"))
          .addSubmissions(FIRST, SECOND).submissionCoverage(until("2019-12-31")).build())
      .revisit(REVISIT).revisitCoverage(until("2022-12-31")).nextSteps(NEXT_STEPS).build();
  private static final PriorityActionPlan PRIORITY_PLAN = PriorityActionPlan.builder().submittedOn(on("2023-08-01"))
      .acceptedOn(on("2023-09-01")).build();
  private static final MonitoringInspection MONITORING = MonitoringInspection.builder().onSiteStart(on("2024-12-02"))
      .build();
  private static final AreaSendInspection AREA_SEND = AreaSendInspection.builder().id("area-send-2023")
      .onSiteStart(on("2023-05-08")).onSiteEnd(on("2023-05-12")).publishedOn(on("2023-07-01"))
      .outcome(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS).priorityActionPlanRequired(true)
      .strategicPlanUpdateRequested(false).priorityActionPlan(PRIORITY_PLAN).addMonitoringInspections(MONITORING)
      .monitoringCoverage(until("2025-06-30")).build();
  private static final AreaRecord RECORD = AreaRecord.builder().area(LocalArea.builder().code("E06000033")
      .name("Southend-on-Sea").region(OfstedRegion.EAST_OF_ENGLAND).build())
      .addInspections(INSPECTION_2018, AREA_SEND).inspectionCoverage(until("2025-06-30")).build();

  @Test
  void a_record_with_nothing_after_the_day_is_the_record_itself() {
    assertSame(RECORD, RecordOnDay.cut(RECORD, day("2025-06-30")));
  }

  @Test
  void on_a_day_after_the_last_event_only_the_coverage_still_running_is_cut() {
    AreaRecord cut = RecordOnDay.cut(RECORD, day("2025-01-01"));
    assertSame(INSPECTION_2018, cut.getInspections().get(0), "every 2016 event and coverage ended before the day");
    assertEquals(until("2025-01-01"), cut.getInspectionCoverage());
    AreaSendInspection areaSend = (AreaSendInspection) cut.getInspections().get(1);
    assertEquals(List.of(MONITORING), areaSend.getMonitoringInspections());
    assertSame(PRIORITY_PLAN, areaSend.getPriorityActionPlan().orElseThrow());
    assertEquals(until("2025-01-01"), areaSend.getMonitoringCoverage());
  }

  @Test
  void before_the_monitoring_inspection_and_the_plan_s_acceptance_they_are_removed() {
    AreaSendInspection areaSend = (AreaSendInspection) RecordOnDay.cut(RECORD, day("2023-08-15")).getInspections()
        .get(1);
    assertEquals(List.of(), areaSend.getMonitoringInspections());
    assertEquals(Optional.of(on("2023-08-01")), areaSend.getPriorityActionPlan().orElseThrow().getSubmittedOn());
    assertEquals(Optional.empty(), areaSend.getPriorityActionPlan().orElseThrow().getAcceptedOn());
    assertEquals(Optional.of(on("2023-05-12")), areaSend.getOnSiteEnd());
    AreaSendInspection onSite = (AreaSendInspection) RecordOnDay.cut(RECORD, day("2023-05-09")).getInspections()
        .get(1);
    assertEquals(Optional.empty(), onSite.getOnSiteEnd(), "the last day on site was still to come");
    assertEquals(Optional.empty(), onSite.getPriorityActionPlan().orElseThrow().getSubmittedOn());
  }

  @Test
  void an_inspection_not_begun_by_the_day_is_removed_with_the_coverage_cut_to_the_day() {
    AreaRecord cut = RecordOnDay.cut(RECORD, day("2022-06-01"));
    assertEquals(List.of("inspection-2018"), cut.getInspections().stream().map(i -> i.getId()).toList());
    assertEquals(until("2022-06-01"), cut.getInspectionCoverage());
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) cut.getInspections().get(0);
    assertEquals(until("2022-06-01"), inspection.getRevisitCoverage());
    assertSame(NEXT_STEPS, inspection.getNextSteps().orElseThrow());
  }

  @Test
  void next_steps_keep_only_what_had_happened_by_the_day() {
    LocalAreaSendInspection inspection = inspection2018(RecordOnDay.cut(RECORD, day("2021-07-01")));
    NextSteps steps = inspection.getNextSteps().orElseThrow();
    assertEquals(Optional.of(on("2021-01-15")), steps.getDeterminedOn());
    assertEquals(Optional.empty(), steps.getSecretaryOfStateDirection());
    AcceleratedProgressPlan plan = steps.getAcceleratedProgressPlan().orElseThrow();
    assertEquals(Optional.of(on("2021-03-01")), plan.getSubmittedOn());
    assertEquals(Optional.of(on("2021-04-01")), plan.getApprovedOn());
    assertEquals(List.of(on("2021-06-01")), plan.getReviews());
    AcceleratedProgressPlan submittedOnly = inspection2018(RecordOnDay.cut(RECORD, day("2021-03-15"))).getNextSteps()
        .orElseThrow().getAcceleratedProgressPlan().orElseThrow();
    assertEquals(Optional.empty(), submittedOnly.getApprovedOn());
    assertEquals(List.of(), submittedOnly.getReviews());
    NextSteps determinedOnly = inspection2018(RecordOnDay.cut(RECORD, day("2021-02-01"))).getNextSteps().orElseThrow();
    assertEquals(Optional.of(on("2021-01-15")), determinedOnly.getDeterminedOn());
    assertEquals(Optional.empty(), determinedOnly.getAcceleratedProgressPlan().orElseThrow().getSubmittedOn());
  }

  @Test
  void before_the_revisit_it_and_its_next_steps_are_removed() {
    LocalAreaSendInspection inspection = inspection2018(RecordOnDay.cut(RECORD, day("2020-11-01")));
    assertEquals(Optional.empty(), inspection.getRevisit());
    assertEquals(Optional.empty(), inspection.getNextSteps());
    assertEquals(until("2020-11-01"), inspection.getRevisitCoverage());
    LocalAreaSendInspection onSite = inspection2018(RecordOnDay.cut(RECORD, day("2020-11-02")));
    assertSame(REVISIT, onSite.getRevisit().orElseThrow(), "its letter is kept: the rules read it as not yet known");
    assertEquals(Optional.empty(), onSite.getNextSteps().orElseThrow().getDeterminedOn());
  }

  @Test
  void a_resubmission_after_the_day_is_removed_and_the_evaluation_it_answered_kept() {
    WrittenStatementOfAction statement = inspection2018(RecordOnDay.cut(RECORD, day("2019-04-15")))
        .getWrittenStatement().orElseThrow();
    assertEquals(List.of(FIRST), statement.getSubmissions());
    assertEquals(until("2019-04-15"), statement.getSubmissionCoverage());
    assertEquals(Optional.of(on("2018-12-05")), statement.getDeterminedOn());
  }

  @Test
  void an_evaluation_after_the_day_is_removed_from_the_submission_it_evaluates() {
    WrittenStatementOfAction statement = inspection2018(RecordOnDay.cut(RECORD, day("2019-05-15")))
        .getWrittenStatement().orElseThrow();
    assertEquals(List.of(FIRST, Submission.on(on("2019-05-01"))), statement.getSubmissions());
    WrittenStatementOfAction first = inspection2018(RecordOnDay.cut(RECORD, day("2019-03-15")))
        .getWrittenStatement().orElseThrow();
    assertEquals(List.of(Submission.on(on("2019-03-01"))), first.getSubmissions());
  }

  @Test
  void before_the_report_the_determination_and_the_notice_s_later_facts_are_removed() {
    LocalAreaSendInspection inspection = inspection2018(RecordOnDay.cut(RECORD, day("2018-10-03")));
    assertEquals(Optional.of(on("2018-09-24")), inspection.getNoticeGivenOn());
    assertEquals(Optional.empty(), inspection.getOnSiteEnd());
    assertEquals(Optional.of(on("2018-12-05")), inspection.getLetterDate(), "report dates stay with the report");
    WrittenStatementOfAction statement = inspection.getWrittenStatement().orElseThrow();
    assertEquals(Optional.empty(), statement.getDeterminedOn());
    assertEquals(List.of(), statement.getSubmissions());
    assertEquals(until("2018-10-03"), statement.getSubmissionCoverage());
  }

  @Test
  void where_the_record_does_not_say_it_lists_every_submission_later_ones_are_still_removed() {
    AreaRecord record = AreaRecord.builder().from(RECORD).inspections(List.of(LocalAreaSendInspection.builder()
        .from(INSPECTION_2018).revisit(Optional.empty()).nextSteps(Optional.empty())
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(FIRST, SECOND).build()).build())).build();
    assertEquals(List.of(FIRST), inspection2018(RecordOnDay.cut(record, day("2019-04-15"))).getWrittenStatement()
        .orElseThrow().getSubmissions());
    assertEquals(List.of(FIRST, Submission.on(on("2019-05-01"))), inspection2018(RecordOnDay.cut(record,
        day("2019-05-15"))).getWrittenStatement().orElseThrow().getSubmissions());
  }

  @Test
  void a_submission_known_only_by_a_later_evaluation_may_have_been_made_so_its_coverage_becomes_not_recorded() {
    Submission undated = Submission.builder().evaluation(FIT).build();
    AreaRecord record = AreaRecord.builder().from(RECORD).inspections(List.of(LocalAreaSendInspection.builder()
        .from(INSPECTION_2018).revisit(Optional.empty()).nextSteps(Optional.empty())
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(undated)
            .submissionCoverage(until("2019-12-31")).build()).build())).build();
    WrittenStatementOfAction statement = inspection2018(RecordOnDay.cut(record, day("2019-05-01")))
        .getWrittenStatement().orElseThrow();
    assertEquals(List.of(), statement.getSubmissions());
    assertEquals(Coverage.notRecorded(), statement.getSubmissionCoverage());
    assertEquals(List.of(undated), inspection2018(RecordOnDay.cut(record, day("2019-06-03"))).getWrittenStatement()
        .orElseThrow().getSubmissions());
  }

  @Test
  void a_coverage_is_cut_claim_by_claim_keeping_each_claim_s_source() {
    Citation later = Citation.of("later-source");
    Coverage disputed = Coverage.recordedUntil(DatedFact.builder().addClaims(DateClaim.of(day("2019-12-31"), later),
        DateClaim.of(day("2018-06-30"))).build());
    Coverage cut = RecordOnDay.cut(disputed, day("2019-01-01"), false);
    assertEquals(Coverage.recordedUntil(DatedFact.builder().addClaims(DateClaim.of(day("2019-01-01"), later),
        DateClaim.of(day("2018-06-30"))).build()), cut);
    assertSame(disputed, RecordOnDay.cut(disputed, day("2019-12-31"), false), "recorded no further than the day");
    assertEquals(Coverage.notRecorded(), RecordOnDay.cut(disputed, day("2019-01-01"), true));
    Coverage none = Coverage.notRecorded();
    assertSame(none, RecordOnDay.cut(none, day("2019-01-01"), true));
  }

  private static LocalAreaSendInspection inspection2018(AreaRecord record) {
    return (LocalAreaSendInspection) record.getInspections().get(0);
  }

  private static SignificantWeakness weakness(String id) {
    return SignificantWeakness.builder().id(id).theme(Theme.OTHER).statement("The weakness " + id + ".").build();
  }

  private static Evaluation evaluation(String on, EvaluationVerdict verdict) {
    return Evaluation.builder().evaluatedOn(on(on)).verdict(verdict).build();
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static DatedFact on(String iso) {
    return DatedFact.of(day(iso));
  }

  private static Coverage until(String iso) {
    return Coverage.recordedUntil(on(iso));
  }
}
