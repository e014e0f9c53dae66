package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2016.Cases2016.basis;
import static org.sendinspection.rules.rules2016.Cases2016.counted;
import static org.sendinspection.rules.rules2016.Cases2016.drawn;
import static org.sendinspection.rules.rules2016.Cases2016.inspectedFrom;
import static org.sendinspection.rules.rules2016.Cases2016.judgedOnly;
import static org.sendinspection.rules.rules2016.Cases2016.only;
import static org.sendinspection.rules.rules2016.Cases2016.record;
import static org.sendinspection.rules.rules2016.Cases2016.submittedOn;
import static org.sendinspection.rules.rules2016.Cases2016.until;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.calendar.EnglandAndWalesHolidays;
import org.sendinspection.rules.calendar.WorkingDayCalendar;
import org.sendinspection.rules.conclusion.Certainty;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.DateRole;

/**
 * When the written statement of action is due (70 working days, England and Wales, from the report's
 * receipt), and whether the first submission was in time. Essex: published Monday 23 December 2019, due
 * Thursday 2 April 2020.
 */
class StatementDueRuleTest {
  private static final LocalDate ON_SITE = LocalDate.of(2019, 9, 30);
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 12, 23);
  private static final LocalDate DUE = LocalDate.of(2020, 4, 2);
  private static final LocalDate LATER = LocalDate.of(2020, 9, 1);
  private static final String TAKEN_AS_PUBLISHED = " The letters do not say when the report was received, so this"
      + " takes the publication date, the letter's date not being recorded; a record's reportReceivedOn overrides it.";

  private static ImmutableLocalAreaSendInspection.Builder published() {
    return counted(inspectedFrom(ON_SITE), 3).publishedOn(DatedFact.of(PUBLISHED));
  }

  private static AreaRecord withSubmissions(Coverage coverage, Submission... submissions) {
    return record(published().writtenStatement(WrittenStatementOfAction.builder().addSubmissions(submissions)
        .submissionCoverage(coverage).build()).build());
  }

  private static List<Conclusion> due(AreaRecord record, LocalDate asOf) {
    return drawn(StatementDueRule.ID, record, asOf);
  }

  @Test
  void seventy_working_days_from_the_essex_publication_is_2_april_2020_citing_the_calendar() {
    List<Conclusion> due = due(withSubmissions(Coverage.notRecorded()), DUE);
    Conclusion wsoaDue = only(due);
    assertEquals(ConclusionKind.WSOA_DUE, wsoaDue.getKind());
    assertEquals(List.of(ConcernedDate.of(DateRole.DUE_BY, DUE)), wsoaDue.getDates());
    assertEquals(List.of("inspections[0].publishedOn"), basis(wsoaDue));
    assertEquals(List.of(Sources2016.JOINT_AREA_REVIEWS_REGULATIONS_2015, Sources2016.WORKING_DAY_DEFINITION,
        EnglandAndWalesHolidays.SOURCE), wsoaDue.getCitations());
    assertEquals("The principal authorities must make the written statement of action within 70 working days of"
        + " receiving the report, so it is due by 2 April 2020, the report being taken as received on 23 December"
        + " 2019." + TAKEN_AS_PUBLISHED, wsoaDue.getReason());
  }

  @Test
  void the_essex_statement_submitted_on_27_march_2020_was_in_time_66_working_days_after_publication() {
    List<Conclusion> due = due(withSubmissions(Coverage.notRecorded(), submittedOn(LocalDate.of(2020, 3, 27))), LATER);
    assertEquals(2, due.size());
    Conclusion inTime = due.get(1);
    assertEquals(ConclusionKind.WSOA_SUBMITTED_IN_TIME, inTime.getKind());
    assertEquals(Certainty.ESTABLISHED, inTime.getCertainty());
    assertEquals(List.of(ConcernedDate.of(DateRole.SUBMITTED_ON, LocalDate.of(2020, 3, 27))), inTime.getDates());
    assertEquals(List.of("inspections[0].publishedOn", "inspections[0].writtenStatement.submissions[0].submittedOn"),
        basis(inTime));
    assertTrue(inTime.getCitations().contains(EnglandAndWalesHolidays.SOURCE));
    assertEquals("The statement was submitted on 27 March 2020, 66 working days after receipt, within the time"
        + " allowed (due by 2 April 2020)." + TAKEN_AS_PUBLISHED, inTime.getReason());
  }

  @Test
  void a_statement_submitted_on_the_due_day_is_in_time_and_the_next_working_day_is_late() {
    assertEquals(ConclusionKind.WSOA_SUBMITTED_IN_TIME,
        due(withSubmissions(Coverage.notRecorded(), submittedOn(DUE)), LATER).get(1).getKind());
    Conclusion late = due(withSubmissions(Coverage.notRecorded(), submittedOn(DUE.plusDays(1))), LATER).get(1);
    assertEquals(ConclusionKind.WSOA_SUBMITTED_LATE, late.getKind());
    assertTrue(late.getReason().startsWith("The statement was submitted on 3 April 2020, 71 working days after"
        + " receipt, after it was due (by 2 April 2020)."), late.getReason());
  }

  @Test
  void one_working_day_is_worded_in_the_singular_and_a_recorded_receipt_needs_no_note() {
    LocalDate received = LocalDate.of(2020, 1, 6);
    AreaRecord record = record(published().reportReceivedOn(DatedFact.of(received))
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(submittedOn(received.plusDays(1))).build())
        .build());
    List<Conclusion> due = due(record, LATER);
    assertEquals(List.of("inspections[0].reportReceivedOn"), basis(due.get(0)));
    assertEquals("The statement was submitted on 7 January 2020, 1 working day after receipt, within the time allowed"
        + " (due by 15 April 2020).", due.get(1).getReason());
  }

  @Test
  void the_number_of_working_days_is_a_setting() {
    AreaRecord record = withSubmissions(Coverage.notRecorded());
    Conclusion due = only(drawn(StatementDueRule.ID, record, LocalDate.of(2019, 12, 27),
        RuleSettings.defaults().withStatementWorkingDays(2)));
    // Tuesday 24 December, then Friday 27 December after Christmas Day and Boxing Day.
    assertEquals(LocalDate.of(2019, 12, 27), due.date(DateRole.DUE_BY).orElseThrow());
    assertTrue(due.getReason().startsWith("The principal authorities must make the written statement of action"
        + " within 2 working days of receiving the report, so it is due by 27 December 2019,"), due.getReason());
  }

  @Test
  void a_submission_dated_before_the_receipt_cannot_be_judged_in_time_or_late() {
    AreaRecord record = record(published().reportReceivedOn(DatedFact.of(LocalDate.of(2020, 1, 6)))
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(submittedOn(LocalDate.of(2019, 12, 30)))
            .build()).build());
    Conclusion unknown = due(record, LATER).get(1);
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("inspections[0].reportReceivedOn"), unknown.getMissingFacts());
    assertEquals(List.of("inspections[0].reportReceivedOn", "inspections[0].writtenStatement.submissions[0].submittedOn"),
        basis(unknown));
    assertEquals("The record dates the submission (30 December 2019) before the day taken as the report's receipt"
        + " (6 January 2020), so whether it was made in time cannot be judged; record the report's receipt"
        + " (reportReceivedOn) to settle it.", unknown.getReason());
  }

  @Test
  void a_submission_known_only_by_its_evaluation_within_the_time_is_in_time_at_the_latest_then() {
    LocalDate evaluated = LocalDate.of(2020, 3, 30);
    Conclusion inTime = due(withSubmissions(Coverage.notRecorded(), judgedOnly(evaluated,
        EvaluationVerdict.FIT_FOR_PURPOSE)), LATER).get(1);
    assertEquals(ConclusionKind.WSOA_SUBMITTED_IN_TIME, inTime.getKind());
    assertEquals(Certainty.BOUNDED, inTime.getCertainty());
    assertEquals(List.of(ConcernedDate.of(DateRole.SUBMITTED_BY, evaluated)), inTime.getDates());
    assertEquals(List.of("inspections[0].publishedOn", "inspections[0].writtenStatement.submissions[0].evaluation"),
        basis(inTime));
    assertEquals("No source says when the statement was first submitted; it was evaluated on 30 March 2020, so it"
        + " had been submitted by 30 March 2020 at the latest, within the time allowed (due by 2 April 2020)."
        + TAKEN_AS_PUBLISHED, inTime.getReason());
    assertEquals(ConclusionKind.WSOA_SUBMITTED_IN_TIME, due(withSubmissions(Coverage.notRecorded(),
        judgedOnly(DUE, EvaluationVerdict.FIT_FOR_PURPOSE)), LATER).get(1).getKind());
  }

  @Test
  void a_submission_known_only_by_an_evaluation_after_the_due_day_is_not_determinable() {
    LocalDate evaluated = DUE.plusDays(1);
    Conclusion unknown = due(withSubmissions(Coverage.notRecorded(), judgedOnly(evaluated,
        EvaluationVerdict.NOT_FIT_FOR_PURPOSE)), LATER).get(1);
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("inspections[0].writtenStatement.submissions[0].submittedOn"), unknown.getMissingFacts());
    assertEquals(List.of("inspections[0].publishedOn", "inspections[0].writtenStatement.submissions[0].evaluation"),
        basis(unknown));
    assertEquals(List.of(), unknown.getDates());
    assertEquals("No source says when the statement was first submitted; it was evaluated on 3 April 2020, so it had"
        + " been submitted by 3 April 2020 at the latest, and it was due by 2 April 2020, so whether it was made in"
        + " time cannot be settled; the day it was submitted (submittedOn) would settle it." + TAKEN_AS_PUBLISHED,
        unknown.getReason());
  }

  @Test
  void no_submission_listed_by_a_record_complete_past_the_due_day_is_overdue() {
    Conclusion overdue = due(withSubmissions(until(LocalDate.of(2020, 6, 30))), LATER).get(1);
    assertEquals(ConclusionKind.WSOA_OVERDUE, overdue.getKind());
    assertEquals(List.of(ConcernedDate.of(DateRole.DUE_BY, DUE), ConcernedDate.of(DateRole.AS_OF, LATER)),
        overdue.getDates());
    assertEquals(List.of("inspections[0].publishedOn", "inspections[0].writtenStatement.submissionCoverage"),
        basis(overdue));
    assertEquals("The written statement of action was due by 2 April 2020, and the record, which lists every"
        + " submission until 30 June 2020, lists none: it had not been submitted when it was due."
        + TAKEN_AS_PUBLISHED, overdue.getReason());
  }

  @Test
  void no_submission_listed_by_a_record_complete_only_before_the_due_day_is_not_determinable() {
    Conclusion unknown = due(withSubmissions(until(LocalDate.of(2020, 3, 1))), LATER).get(1);
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("inspections[0].writtenStatement.submissions"), unknown.getMissingFacts());
    assertEquals(List.of("inspections[0].publishedOn"), basis(unknown));
    assertEquals("The written statement of action was due by 2 April 2020. The record lists no submission and lists"
        + " the statement's submissions only until 1 March 2020, before it was due, so whether it was submitted in"
        + " time, late or not at all cannot be settled." + TAKEN_AS_PUBLISHED, unknown.getReason());
  }

  @Test
  void no_submission_listed_is_not_called_overdue_until_the_due_day_has_passed() {
    AreaRecord record = withSubmissions(until(LocalDate.of(2020, 6, 30)));
    assertEquals(ConclusionKind.WSOA_DUE, only(due(record, DUE)).getKind());
    assertEquals(ConclusionKind.WSOA_OVERDUE, due(record, DUE.plusDays(1)).get(1).getKind());
  }

  @Test
  void with_no_date_for_the_report_the_due_date_is_not_determinable_naming_the_three_missing_dates() {
    Conclusion unknown = only(due(record(counted(inspectedFrom(ON_SITE), 2).build()), LATER));
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("inspections[0].reportReceivedOn", "inspections[0].letterDate", "inspections[0].publishedOn"),
        unknown.getMissingFacts());
    assertEquals(List.of("inspections[0].significantWeaknessCount"), basis(unknown));
    assertEquals(EnglandAndWalesHolidays.SOURCE, unknown.getCitations().get(unknown.getCitations().size() - 1));
    assertEquals("The record gives no date for the report's receipt, its letter or its publication, so when the"
        + " written statement of action is due cannot be worked out.", unknown.getReason());
  }

  @Test
  void no_statement_required_or_a_report_not_yet_received_draws_nothing() {
    assertEquals(List.of(), due(record(counted(inspectedFrom(ON_SITE), 0).publishedOn(DatedFact.of(PUBLISHED))
        .build()), LATER));
    assertEquals(List.of(), due(withSubmissions(Coverage.notRecorded()), PUBLISHED.minusDays(1)));
    assertEquals(1, due(withSubmissions(Coverage.notRecorded()), PUBLISHED).size());
  }

  @Test
  void a_calendar_that_does_not_reach_the_due_day_leaves_it_not_determinable() {
    WorkingDayCalendar only2019 = WorkingDayCalendar.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
        List.of(), List.of(EnglandAndWalesHolidays.SOURCE));
    Conclusion unknown = only(drawn(StatementDueRule.ID, withSubmissions(Coverage.notRecorded()), LATER,
        RuleSettings.defaults().withCalendar(only2019)));
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("a working-day calendar covering 2019"), unknown.getMissingFacts());
    assertEquals(List.of("inspections[0].publishedOn"), basis(unknown));
    assertEquals("When the written statement of action is due, or whether it was made in time, cannot be settled: the"
        + " working days cannot be counted: the working-day calendar covers 2019-01-01 to 2019-12-31 but the count"
        + " needs 2020-01-01; extend it with WorkingDayCalendar.with(...)." + TAKEN_AS_PUBLISHED, unknown.getReason());
  }

  @Test
  void a_submission_beyond_the_calendar_is_judged_without_counting_the_days_it_took() {
    WorkingDayCalendar to2020 = WorkingDayCalendar.englandAndWales().holidays().stream()
        .filter(h -> h.getDate().getYear() <= 2020)
        .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(),
            h -> WorkingDayCalendar.of(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), h,
                List.of(EnglandAndWalesHolidays.SOURCE))));
    AreaRecord record = withSubmissions(Coverage.notRecorded(), submittedOn(LocalDate.of(2021, 2, 1)));
    Conclusion late = drawn(StatementDueRule.ID, record, LocalDate.of(2021, 6, 1),
        RuleSettings.defaults().withCalendar(to2020)).get(1);
    assertEquals(ConclusionKind.WSOA_SUBMITTED_LATE, late.getKind());
    assertTrue(late.getReason().startsWith("The statement was submitted on 1 February 2021, after it was due (by 2"
        + " April 2020)."), late.getReason());
  }

  @Test
  void where_sources_disagree_on_the_receipt_the_due_date_from_each_claim_is_given() {
    AreaRecord record = record(counted(inspectedFrom(ON_SITE), 3).publishedOn(DatedFact.builder()
        .addClaims(DateClaim.of(PUBLISHED), DateClaim.of(LocalDate.of(2019, 11, 18))).build()).build());
    // The sources are evenly split: the earliest date is taken.
    Conclusion due = only(due(record, LocalDate.of(2020, 2, 27)));
    assertEquals(LocalDate.of(2020, 2, 27), due.date(DateRole.DUE_BY).orElseThrow(), due.getReason());
    assertTrue(due.getReason().contains(" Counted from each claimed date it would be due by 27 February 2020 (from 18"
        + " November 2019) and 2 April 2020 (from 23 December 2019)."), due.getReason());
  }

  @Test
  void where_a_claimed_receipt_is_beyond_the_calendar_no_alternatives_are_counted() {
    WorkingDayCalendar to2019 = WorkingDayCalendar.of(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31),
        List.of(), List.of(EnglandAndWalesHolidays.SOURCE));
    AreaRecord record = record(counted(inspectedFrom(ON_SITE), 3).publishedOn(DatedFact.builder()
        .addClaims(DateClaim.of(LocalDate.of(2019, 10, 7)), DateClaim.of(LocalDate.of(2019, 12, 23))).build()).build());
    // The earliest claim is taken; 10 working days from it stay within 2019, from the other they do not.
    Conclusion due = only(drawn(StatementDueRule.ID, record, LocalDate.of(2019, 10, 21),
        RuleSettings.defaults().withCalendar(to2019).withStatementWorkingDays(10)
            .withDisputedDatePolicy(org.sendinspection.rules.DisputedDatePolicy.EARLIEST)));
    assertEquals(LocalDate.of(2019, 10, 21), due.date(DateRole.DUE_BY).orElseThrow());
    assertTrue(!due.getReason().contains("Counted from each claimed date"), due.getReason());
  }
}
