package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendinspection.rules.rules2016.Records2016.dates;
import static org.sendinspection.rules.rules2016.Records2016.day;
import static org.sendinspection.rules.rules2016.Records2016.disputed;
import static org.sendinspection.rules.rules2016.Records2016.evaluated;
import static org.sendinspection.rules.rules2016.Records2016.evaluation;
import static org.sendinspection.rules.rules2016.Records2016.inspection;
import static org.sendinspection.rules.rules2016.Records2016.knownByEvaluation;
import static org.sendinspection.rules.rules2016.Records2016.on;
import static org.sendinspection.rules.rules2016.Records2016.record;
import static org.sendinspection.rules.rules2016.Records2016.revisit;
import static org.sendinspection.rules.rules2016.Records2016.states;
import static org.sendinspection.rules.rules2016.Records2016.submitted;
import static org.sendinspection.rules.rules2016.Records2016.until;
import static org.sendinspection.rules.rules2016.Records2016.weaknesses;
import static org.sendinspection.rules.journey.JourneyState.AWAITING_REVISIT;
import static org.sendinspection.rules.journey.JourneyState.AWAITING_WSOA;
import static org.sendinspection.rules.journey.JourneyState.CLOSED_BY_LATER_INSPECTION;
import static org.sendinspection.rules.journey.JourneyState.INSPECTED;
import static org.sendinspection.rules.journey.JourneyState.MONITORING_CEASED;
import static org.sendinspection.rules.journey.JourneyState.NEXT_STEPS_WITH_DFE_AND_NHSE;
import static org.sendinspection.rules.journey.JourneyState.NOT_REVISITED_MOVES_TO_2023_FRAMEWORK;
import static org.sendinspection.rules.journey.JourneyState.NO_WSOA_REQUIRED;
import static org.sendinspection.rules.journey.JourneyState.REVISIT_OVERDUE;
import static org.sendinspection.rules.journey.JourneyState.REVISIT_UNDER_WAY;
import static org.sendinspection.rules.journey.JourneyState.WSOA_OVERDUE;
import static org.sendinspection.rules.journey.JourneyState.WSOA_UNDER_EVALUATION;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.calendar.WorkingDayCalendar;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyStep;
import org.sendinspection.rules.journey.JourneyTrigger;

/**
 * The 2016 journey on small hand-built records: a report the record does not date, deadlines that pass
 * between facts and those that do not, a journey closed by the area's next inspection, and steps whose
 * recorded dates are out of order.
 */
class JourneyTracerTest {
  private static final EvaluationVerdict FIT = EvaluationVerdict.FIT_FOR_PURPOSE;

  /** Inspected from 1 October 2018 with four significant weaknesses, the report letter dated 5 December 2018. */
  private static ImmutableLocalAreaSendInspection.Builder reported() {
    return inspection("2018-10-01").significantWeaknesses(weaknesses(4)).letterDate(on("2018-12-05"));
  }

  private static WrittenStatementOfAction statement(Submission... submissions) {
    return WrittenStatementOfAction.builder().addSubmissions(submissions).build();
  }

  private static Journey journey(AreaRecord record, String asOf) {
    return Derivation.of(record, day(asOf)).journeys().get(0);
  }

  private static Journey journey(AreaRecord record, String asOf, RuleSettings settings) {
    return Derivation.of(record, day(asOf), settings).journeys().get(0);
  }

  @Test
  void a_step_dated_by_a_limit_says_so_in_its_note_and_in_the_state_s_reason() {
    // The official statistics give some publications only as "on or before" the day they were compiled.
    AreaRecord record = record(inspection("2018-10-01").significantWeaknesses(weaknesses(0))
        .publishedOn(org.sendinspection.model.provenance.DatedFact.builder().addClaims(
            org.sendinspection.model.provenance.DateClaim.builder().date(day("2018-12-20"))
                .bound(org.sendinspection.model.provenance.DateBound.ON_OR_BEFORE).build()).build())
        .build());
    Derivation derivation = Derivation.of(record, day("2019-06-30"));
    Journey journey = derivation.journeys().get(0);
    assertEquals(List.of(INSPECTED, NO_WSOA_REQUIRED), states(journey));
    String limit = "The record gives the inspection report's publication only as on or before 2018-12-20 (a limit);"
        + " the rules take 20 December 2018.";
    assertEquals(Optional.of(limit), journey.steps().get(1).getNote());
    String reason = derivation.conclusions(org.sendinspection.rules.conclusion.ConclusionKind.JOURNEY_STATE).get(0)
        .getReason();
    assertEquals(true, reason.endsWith(limit), reason);
  }

  @Test
  void a_report_the_record_does_not_date_is_implied_by_the_first_submission_and_dated_with_it() {
    AreaRecord record = record(inspection("2018-10-01").significantWeaknesses(weaknesses(4))
        .writtenStatement(statement(submitted("2019-03-01"))).build());
    Journey journey = journey(record, "2019-04-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION), states(journey));
    assertEquals(List.of(day("2018-10-01"), day("2019-03-01"), day("2019-03-01")), dates(journey));
    JourneyStep implied = journey.steps().get(1);
    assertEquals(Optional.of("The record gives no date for the report; the requirement is implied by the statement's"
        + " submission."), implied.getNote());
    assertEquals("inspections[0].writtenStatement.submissions[0].submittedOn", implied.getBasis().getPath());
  }

  @Test
  void a_report_the_record_does_not_date_is_implied_by_the_revisit_where_no_submission_is_listed() {
    // The official statistics give a revisit and its outcome but no submission.
    AreaRecord record = record(inspection("2018-10-01").significantWeaknesses(weaknesses(2))
        .writtenStatement(statement()).revisit(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT,
            Progress.SUFFICIENT)).build());
    Journey journey = journey(record, "2021-07-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, REVISIT_UNDER_WAY, MONITORING_CEASED), states(journey));
    assertEquals(Optional.of("The record gives no date for the report; the requirement is implied by the first day"
        + " of the revisit."), journey.steps().get(1).getNote());
    assertEquals(day("2021-05-05"), journey.steps().get(1).getDate());
  }

  @Test
  void a_report_the_record_does_not_date_with_nothing_after_it_leaves_the_journey_at_inspected() {
    AreaRecord nothingLater = record(inspection("2018-10-01").significantWeaknesses(weaknesses(4))
        .writtenStatement(statement()).build());
    assertEquals(List.of(INSPECTED), states(journey(nothingLater, "2019-06-01")));
    AreaRecord submittedLater = record(inspection("2018-10-01").significantWeaknesses(weaknesses(4))
        .writtenStatement(statement(submitted("2019-03-01"))).build());
    assertEquals(List.of(INSPECTED), states(journey(submittedLater, "2019-02-28")),
        "the submission that would imply the requirement had not been made");
  }

  @Test
  void a_report_without_significant_weaknesses_and_no_date_leaves_the_journey_at_inspected() {
    AreaRecord record = record(inspection("2018-10-01").build());
    assertEquals(List.of(INSPECTED), states(journey(record, "2019-06-01")));
    AreaRecord dated = record(inspection("2018-10-01").letterDate(on("2018-12-05")).build());
    assertEquals(List.of(INSPECTED, NO_WSOA_REQUIRED), states(journey(dated, "2019-06-01")));
  }

  @Test
  void a_statement_submitted_after_its_deadline_was_overdue_from_the_day_after_the_deadline() {
    AreaRecord record = record(reported().writtenStatement(statement(evaluated("2019-04-01", "2019-05-14", FIT)))
        .build());
    Journey journey = journey(record, "2019-06-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_OVERDUE, WSOA_UNDER_EVALUATION, AWAITING_REVISIT),
        states(journey));
    JourneyStep overdue = journey.steps().get(2);
    assertEquals(day("2019-03-19"), overdue.getDate(), "70 working days after 5 December 2018 is 18 March 2019");
    assertEquals(JourneyTrigger.WSOA_DEADLINE_PASSED, overdue.getTrigger());
    assertEquals("inspections[0].letterDate", overdue.getBasis().getPath());
    assertEquals(Optional.of("Due by 18 March 2019, 70 working days after the report's receipt; the record shows no"
        + " submission by then."), overdue.getNote());
  }

  @Test
  void a_statement_submitted_by_its_deadline_was_never_overdue() {
    AreaRecord record = record(reported().writtenStatement(statement(evaluated("2019-03-18", "2019-05-14", FIT)))
        .build());
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION, AWAITING_REVISIT),
        states(journey(record, "2019-06-01")));
  }

  @Test
  void a_statement_known_only_by_its_evaluation_is_never_called_overdue() {
    // It may have been made on any day before it was evaluated, the deadline included.
    AreaRecord record = record(reported().writtenStatement(statement(knownByEvaluation("2019-05-14", FIT))).build());
    Journey journey = journey(record, "2019-06-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION, AWAITING_REVISIT), states(journey));
    assertEquals(day("2019-05-14"), journey.steps().get(2).getDate());
  }

  @Test
  void a_revisit_after_its_usual_time_was_overdue_from_the_day_after_it_was_due() {
    AreaRecord record = record(inspection("2016-10-03").significantWeaknesses(weaknesses(1))
        .letterDate(on("2016-11-25")).writtenStatement(statement(evaluated("2017-02-20", "2017-04-10", FIT)))
        .revisit(revisit("2019-01-21", "2019-03-01", Progress.NOT_SUFFICIENT)).build());
    Journey journey = journey(record, "2019-06-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION, AWAITING_REVISIT, REVISIT_OVERDUE,
        REVISIT_UNDER_WAY, NEXT_STEPS_WITH_DFE_AND_NHSE), states(journey));
    JourneyStep overdue = journey.steps().get(4);
    assertEquals(day("2018-10-11"), overdue.getDate(), "18 months after 10 April 2017");
    assertEquals("inspections[0].writtenStatement.submissions[0].evaluation", overdue.getBasis().getPath());
    assertEquals(Optional.of("Usually due by 10 October 2018; the record shows no revisit by then."),
        overdue.getNote());
  }

  @Test
  void a_revisit_whose_letter_is_not_out_is_under_way() {
    AreaRecord record = record(reported().writtenStatement(statement(knownByEvaluation("2019-05-14", FIT)))
        .revisit(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT,
            Progress.SUFFICIENT)).build());
    Journey journey = journey(record, "2021-06-13");
    assertEquals(REVISIT_UNDER_WAY, journey.current());
    assertEquals(day("2021-05-05"), journey.steps().get(journey.steps().size() - 1).getDate());
  }

  @Test
  void the_programme_end_while_a_statement_was_under_evaluation_ends_the_journey_before_the_evaluation() {
    AreaRecord record = record(inspection("2022-03-28").significantWeaknesses(weaknesses(2))
        .letterDate(on("2022-05-20")).writtenStatement(statement(evaluated("2022-11-01", "2023-02-01", FIT)))
        .revisitCoverage(until("2023-05-31")).build());
    // Submitted after its deadline (about 2 September 2022), and not evaluated until after the programme ended.
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_OVERDUE, WSOA_UNDER_EVALUATION,
        NOT_REVISITED_MOVES_TO_2023_FRAMEWORK), states(journey(record, "2023-06-01")));
  }

  @Test
  void a_revisit_within_its_usual_time_was_never_overdue_even_where_no_list_of_revisits_is_recorded() {
    AreaRecord record = record(inspection("2016-10-03").significantWeaknesses(weaknesses(1))
        .letterDate(on("2016-11-25")).writtenStatement(statement(evaluated("2017-02-20", "2017-04-10", FIT)))
        .revisit(revisit("2018-10-08", "2018-11-20", Progress.SUFFICIENT)).build());
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION, AWAITING_REVISIT, REVISIT_UNDER_WAY,
        MONITORING_CEASED), states(journey(record, "2019-06-01")));
  }

  @Test
  void a_revisit_due_while_revisits_were_suspended_is_not_called_overdue() {
    // Southend-on-Sea: accepted 14 May 2019, so usually due by 14 November 2020, during the COVID-19 suspension.
    AreaRecord record = record(reported().writtenStatement(statement(knownByEvaluation("2019-05-14", FIT)))
        .revisit(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT,
            Progress.NOT_SUFFICIENT)).build());
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION, AWAITING_REVISIT, REVISIT_UNDER_WAY,
        NEXT_STEPS_WITH_DFE_AND_NHSE), states(journey(record, "2021-07-01")));
  }

  @Test
  void the_next_inspection_closes_the_journey_and_no_deadline_after_it_is_a_step() {
    // Statement due by 31 January 2023; the area SEND inspection began on 16 January 2023.
    AreaRecord record = record(inspection("2022-09-05").significantWeaknesses(weaknesses(2))
            .letterDate(on("2022-10-20")).writtenStatement(WrittenStatementOfAction.builder()
                .submissionCoverage(until("2023-06-30")).build()).build(),
        areaSend("2023-01-16"));
    Journey journey = journey(record, "2023-03-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, CLOSED_BY_LATER_INSPECTION), states(journey));
    assertEquals(day("2023-01-16"), journey.steps().get(2).getDate());
    assertEquals("inspections[1].onSiteStart", journey.steps().get(2).getBasis().getPath());
  }

  @Test
  void without_a_later_inspection_the_same_statement_is_overdue() {
    AreaRecord record = record(inspection("2022-09-05").significantWeaknesses(weaknesses(2))
        .letterDate(on("2022-10-20")).writtenStatement(WrittenStatementOfAction.builder()
            .submissionCoverage(until("2023-06-30")).build()).build());
    Journey journey = journey(record, "2023-03-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_OVERDUE), states(journey));
    assertEquals(day("2023-02-01"), journey.steps().get(2).getDate());
  }

  @Test
  void the_programme_end_passing_before_the_statement_s_deadline_comes_first_and_the_deadline_then_does_not_pass() {
    // Statement due by 31 January 2023; the revisit programme ended on 31 December 2022.
    AreaRecord record = record(inspection("2022-09-05").significantWeaknesses(weaknesses(2))
        .letterDate(on("2022-10-20")).writtenStatement(WrittenStatementOfAction.builder()
            .submissionCoverage(until("2023-06-30")).build()).revisitCoverage(until("2023-06-30")).build());
    Journey journey = journey(record, "2023-03-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, NOT_REVISITED_MOVES_TO_2023_FRAMEWORK), states(journey));
    assertEquals(day("2023-01-01"), journey.steps().get(2).getDate());
  }

  @Test
  void a_deadline_the_calendar_cannot_count_to_never_passes() {
    // A calendar that ends on 31 December 2018 cannot count 70 working days from 5 December 2018.
    WorkingDayCalendar short2018 = WorkingDayCalendar.of(day("2016-01-01"), day("2018-12-31"),
        WorkingDayCalendar.englandAndWales().holidays().stream().filter(h -> h.getDate().getYear() <= 2018)
            .collect(java.util.stream.Collectors.toList()), WorkingDayCalendar.englandAndWales().sources());
    AreaRecord record = record(reported().writtenStatement(WrittenStatementOfAction.builder()
        .submissionCoverage(until("2019-12-31")).build()).build());
    assertEquals(List.of(INSPECTED, AWAITING_WSOA),
        states(journey(record, "2019-06-01", RuleSettings.defaults().withCalendar(short2018))));
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_OVERDUE), states(journey(record, "2019-06-01")));
  }

  @Test
  void a_fact_recorded_before_the_previous_step_is_dated_with_it_and_the_step_says_so() {
    // Two sources date the evaluation 20 March and 6 April 2020; the earliest is before the submission.
    AreaRecord record = record(inspection("2019-09-30").significantWeaknesses(weaknesses(3))
        .publishedOn(on("2019-12-23")).writtenStatement(statement(Submission.builder().submittedOn(on("2020-03-27"))
            .evaluation(evaluation(disputed("2020-03-20", "2020-04-06"), FIT)).build())).build());
    Journey journey = journey(record, "2020-06-01", RuleSettings.defaults()
        .withDisputedDatePolicy(DisputedDatePolicy.EARLIEST));
    JourneyStep accepted = journey.steps().get(3);
    assertEquals(AWAITING_REVISIT, accepted.getState());
    assertEquals(day("2020-03-27"), accepted.getDate());
    assertEquals(Optional.of("The sources disagree on Ofsted and CQC's evaluation of the statement's submission:"
        + " fit-for-purpose: 20 March 2020 or 6 April 2020; the rules take the earliest (20 March 2020), as the"
        + " settings' disputed-date policy directs. Recorded as 20 March 2020, before the previous step; dated with"
        + " it."), accepted.getNote());
    JourneyStep latest = journey(record, "2020-06-01", RuleSettings.defaults()
        .withDisputedDatePolicy(DisputedDatePolicy.LATEST)).steps().get(3);
    assertEquals(day("2020-04-06"), latest.getDate());
    assertEquals(Optional.of("The sources disagree on Ofsted and CQC's evaluation of the statement's submission:"
        + " fit-for-purpose: 20 March 2020 or 6 April 2020; the rules take the latest (6 April 2020), as the"
        + " settings' disputed-date policy directs."), latest.getNote());
  }

  @Test
  void the_programme_end_does_not_end_a_journey_first_recorded_after_it() {
    // No report date; the requirement is known from a submission made after the revisit programme ended.
    AreaRecord record = record(inspection("2022-03-28").significantWeaknesses(weaknesses(2))
        .writtenStatement(statement(submitted("2023-02-01"))).revisitCoverage(until("2023-05-31")).build());
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION), states(journey(record, "2023-06-01")));
  }

  @Test
  void a_journey_under_way_at_the_programme_end_ends_with_it_on_the_last_step_s_basis() {
    AreaRecord record = record(inspection("2022-03-28").significantWeaknesses(weaknesses(2))
        .letterDate(on("2022-05-20")).writtenStatement(statement(submitted("2022-08-01")))
        .revisitCoverage(until("2023-05-31")).build());
    Journey journey = journey(record, "2023-06-01");
    assertEquals(List.of(INSPECTED, AWAITING_WSOA, WSOA_UNDER_EVALUATION, NOT_REVISITED_MOVES_TO_2023_FRAMEWORK),
        states(journey));
    JourneyStep ended = journey.steps().get(3);
    assertEquals(day("2023-01-01"), ended.getDate());
    assertEquals("inspections[0].writtenStatement.submissions[0].submittedOn", ended.getBasis().getPath());
    assertEquals(Optional.of("The 2016 revisit programme ended on 31 December 2022."), ended.getNote());
  }

  private static AreaSendInspection areaSend(String firstDay) {
    return AreaSendInspection.builder().id("area-send-" + firstDay.substring(0, 4)).onSiteStart(on(firstDay))
        .publishedOn(on(day(firstDay).plusMonths(2).toString())).outcome(AreaSendOutcome.INCONSISTENT)
        .priorityActionPlanRequired(false).strategicPlanUpdateRequested(true).build();
  }
}
