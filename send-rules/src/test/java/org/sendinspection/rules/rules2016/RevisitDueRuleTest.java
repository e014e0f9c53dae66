package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2016.Cases2016.basis;
import static org.sendinspection.rules.rules2016.Cases2016.counted;
import static org.sendinspection.rules.rules2016.Cases2016.drawn;
import static org.sendinspection.rules.rules2016.Cases2016.inspectedFrom;
import static org.sendinspection.rules.rules2016.Cases2016.only;
import static org.sendinspection.rules.rules2016.Cases2016.record;
import static org.sendinspection.rules.rules2016.Cases2016.submittedAndJudged;
import static org.sendinspection.rules.rules2016.Cases2016.until;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.DateRole;

/**
 * When a revisit usually follows (18 months after the statement is declared fit for purpose), whether it is
 * overdue, and the end of the 2016 revisit programme on 31 December 2022.
 */
class RevisitDueRuleTest {
  private static final LocalDate ON_SITE = LocalDate.of(2016, 5, 9);
  private static final LocalDate LETTER = LocalDate.of(2016, 6, 20);
  private static final String EVALUATION = "inspections[0].writtenStatement.submissions[0].evaluation";
  private static final String COVID = " The window overlapped the suspension of inspections and revisits for COVID-19"
      + " from 17 March 2020 until revisits resumed from 1 April 2021; no source found gives a rule extending it, so"
      + " the date is not moved.";

  /** A statement declared fit for purpose on the day, no revisit listed, revisits known to the coverage. */
  private static AreaRecord acceptedOn(LocalDate accepted, Coverage revisits) {
    return record(counted(inspectedFrom(ON_SITE), 2).letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(submittedAndJudged(accepted.minusMonths(1),
            accepted, EvaluationVerdict.FIT_FOR_PURPOSE)).build())
        .revisitCoverage(revisits).build());
  }

  /** The same, with a revisit that began on a day. */
  private static AreaRecord revisitedOn(LocalDate accepted, LocalDate began) {
    return record(counted(inspectedFrom(ON_SITE), 2).letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(submittedAndJudged(accepted.minusMonths(1),
            accepted, EvaluationVerdict.FIT_FOR_PURPOSE)).build())
        .revisit(Revisit.builder().onSiteStart(DatedFact.of(began)).outcomeCounts(ProgressCounts.of(2, 0)).build())
        .build());
  }

  private static List<Conclusion> due(AreaRecord record, LocalDate asOf) {
    return drawn(RevisitDueRule.ID, record, asOf);
  }

  private static List<ConclusionKind> kinds(List<Conclusion> conclusions) {
    return conclusions.stream().map(Conclusion::getKind).collect(Collectors.toList());
  }

  @Test
  void a_revisit_usually_follows_18_months_after_the_statement_is_declared_fit_for_purpose() {
    LocalDate accepted = LocalDate.of(2016, 9, 1);
    Conclusion due = only(due(acceptedOn(accepted, Coverage.notRecorded()), LocalDate.of(2017, 1, 1)));
    assertEquals(ConclusionKind.REVISIT_DUE, due.getKind());
    assertEquals(List.of(ConcernedDate.of(DateRole.USUALLY_DUE_BY, LocalDate.of(2018, 3, 1))), due.getDates());
    assertEquals(List.of(EVALUATION), basis(due));
    assertEquals("The written statement of action was declared fit for purpose on 1 September 2016, so a revisit"
        + " usually follows within 18 months (a setting), by 1 March 2018.", due.getReason());
  }

  @Test
  void the_months_to_the_revisit_are_a_setting() {
    Conclusion due = only(drawn(RevisitDueRule.ID, acceptedOn(LocalDate.of(2016, 9, 1), Coverage.notRecorded()),
        LocalDate.of(2017, 1, 1), RuleSettings.defaults().withRevisitWithinMonths(12)));
    assertEquals(LocalDate.of(2017, 9, 1), due.date(DateRole.USUALLY_DUE_BY).orElseThrow());
    assertTrue(due.getReason().contains("within 12 months (a setting), by 1 September 2017."), due.getReason());
  }

  @Test
  void the_reason_says_whether_the_revisit_began_by_the_usual_date() {
    LocalDate accepted = LocalDate.of(2016, 9, 1);
    LocalDate usual = LocalDate.of(2018, 3, 1);
    assertTrue(only(due(revisitedOn(accepted, usual), usual)).getReason().endsWith(" by 1 March 2018. The revisit"
        + " began on 1 March 2018, by that date."));
    Conclusion late = only(due(revisitedOn(accepted, usual.plusDays(1)), LocalDate.of(2019, 1, 1)));
    assertTrue(late.getReason().endsWith(" by 1 March 2018. The revisit began on 2 March 2018, after that date."),
        late.getReason());
    assertEquals(List.of(EVALUATION), basis(late));
  }

  @Test
  void a_window_overlapping_the_covid_19_suspension_is_noted_without_moving_the_date() {
    Conclusion due = only(due(acceptedOn(LocalDate.of(2019, 5, 14), Coverage.notRecorded()), LocalDate.of(2019, 6, 1)));
    assertEquals(LocalDate.of(2020, 11, 14), due.date(DateRole.USUALLY_DUE_BY).orElseThrow());
    assertTrue(due.getReason().endsWith("by 14 November 2020." + COVID), due.getReason());
  }

  @Test
  void a_window_that_ends_on_the_day_of_the_suspension_overlaps_it_and_one_accepted_once_revisits_resumed_does_not() {
    // 17 September 2018 + 18 months = 17 March 2020, the first day of the suspension.
    assertTrue(only(due(acceptedOn(LocalDate.of(2018, 9, 17), Coverage.notRecorded()), LocalDate.of(2019, 1, 1)))
        .getReason().endsWith(COVID));
    assertFalse(only(due(acceptedOn(LocalDate.of(2018, 9, 16), Coverage.notRecorded()), LocalDate.of(2019, 1, 1)))
        .getReason().contains("COVID-19"));
    assertFalse(only(due(acceptedOn(LocalDate.of(2021, 4, 1), Coverage.notRecorded()), LocalDate.of(2021, 6, 1)))
        .getReason().contains("COVID-19"));
    assertTrue(only(due(acceptedOn(LocalDate.of(2021, 3, 31), Coverage.notRecorded()), LocalDate.of(2021, 6, 1)))
        .getReason().contains("COVID-19"));
  }

  @Test
  void a_revisit_before_the_suspension_closes_the_window_before_it() {
    // Due 10 July 2020, in the suspension; the revisit began on 15 January 2020, before it.
    Conclusion due = only(due(revisitedOn(LocalDate.of(2019, 1, 10), LocalDate.of(2020, 1, 15)),
        LocalDate.of(2020, 2, 1)));
    assertFalse(due.getReason().contains("COVID-19"), due.getReason());
  }

  @Test
  void a_usual_date_after_the_programme_s_end_is_said_to_be_so() {
    Conclusion due = only(due(acceptedOn(LocalDate.of(2021, 8, 1), Coverage.notRecorded()), LocalDate.of(2021, 9, 1)));
    assertTrue(due.getReason().endsWith("by 1 February 2023. That is after the 2016 revisit programme ended on 31"
        + " December 2022."), due.getReason());
    assertFalse(only(due(acceptedOn(LocalDate.of(2021, 6, 30), Coverage.notRecorded()), LocalDate.of(2021, 9, 1)))
        .getReason().contains("programme"));
  }

  @Test
  void no_revisit_by_the_usual_date_in_a_record_complete_past_it_is_overdue() {
    LocalDate asOf = LocalDate.of(2018, 6, 1);
    List<Conclusion> due = due(acceptedOn(LocalDate.of(2016, 9, 1), until(LocalDate.of(2018, 5, 1))), asOf);
    assertEquals(List.of(ConclusionKind.REVISIT_DUE, ConclusionKind.REVISIT_OVERDUE), kinds(due));
    Conclusion overdue = due.get(1);
    assertEquals(List.of(ConcernedDate.of(DateRole.USUALLY_DUE_BY, LocalDate.of(2018, 3, 1)),
        ConcernedDate.of(DateRole.AS_OF, asOf)), overdue.getDates());
    assertEquals(List.of(EVALUATION, "inspections[0].revisitCoverage"), basis(overdue));
    assertEquals("No revisit had taken place by 1 March 2018 (the record lists every revisit until 1 May 2018),"
        + " though one usually follows within 18 months of the statement being declared fit for purpose on 1"
        + " September 2016.", overdue.getReason());
  }

  @Test
  void the_revisit_is_not_overdue_on_its_usual_day() {
    AreaRecord record = acceptedOn(LocalDate.of(2016, 9, 1), until(LocalDate.of(2018, 5, 1)));
    assertEquals(List.of(ConclusionKind.REVISIT_DUE), kinds(due(record, LocalDate.of(2018, 3, 1))));
    assertEquals(ConclusionKind.REVISIT_OVERDUE, due(record, LocalDate.of(2018, 3, 2)).get(1).getKind());
  }

  @Test
  void an_overdue_revisit_whose_window_overlapped_the_suspension_says_so() {
    // Accepted 1 June 2021, after revisits resumed: no overlap. Accepted 15 March 2021: the window overlaps.
    Conclusion overdue = due(acceptedOn(LocalDate.of(2021, 3, 15), until(LocalDate.of(2022, 11, 1))),
        LocalDate.of(2022, 11, 1)).get(1);
    assertEquals(ConclusionKind.REVISIT_OVERDUE, overdue.getKind());
    assertTrue(overdue.getReason().endsWith("declared fit for purpose on 15 March 2021." + COVID), overdue.getReason());
  }

  @Test
  void no_revisit_listed_where_the_record_does_not_say_is_not_determinable() {
    Conclusion unknown = due(acceptedOn(LocalDate.of(2016, 9, 1), Coverage.notRecorded()), LocalDate.of(2018, 6, 1))
        .get(1);
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("inspections[0].revisit"), unknown.getMissingFacts());
    assertEquals(List.of(ConcernedDate.of(DateRole.USUALLY_DUE_BY, LocalDate.of(2018, 3, 1))), unknown.getDates());
    assertEquals(List.of(EVALUATION), basis(unknown));
    assertEquals("A revisit usually follows by 1 March 2018; the record lists none and does not record whether a"
        + " revisit took place, so whether it is overdue cannot be settled.", unknown.getReason());
    Conclusion early = due(acceptedOn(LocalDate.of(2016, 9, 1), until(LocalDate.of(2018, 2, 28))),
        LocalDate.of(2018, 6, 1)).get(1);
    assertEquals(ConclusionKind.NOT_DETERMINABLE, early.getKind());
    assertTrue(early.getReason().contains("the record lists none and lists revisits only until 28 February 2018,"
        + " before the usual date, so"), early.getReason());
  }

  @Test
  void a_revisit_that_fell_due_while_revisits_were_suspended_is_not_called_overdue() {
    Conclusion unknown = due(acceptedOn(LocalDate.of(2019, 1, 15), until(LocalDate.of(2021, 5, 1))),
        LocalDate.of(2021, 5, 1)).get(1);
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("a published rule for revisits that fell due while revisits were suspended"),
        unknown.getMissingFacts());
    assertEquals(List.of(ConcernedDate.of(DateRole.USUALLY_DUE_BY, LocalDate.of(2020, 7, 15))), unknown.getDates());
    assertEquals(List.of(EVALUATION), basis(unknown));
    assertEquals("A revisit usually follows within 18 months of the statement being declared fit for purpose on 15"
        + " January 2019, by 15 July 2020, but revisits were suspended for COVID-19 from 17 March 2020 until they"
        + " resumed from 1 April 2021, and no source found says by when a revisit that fell due then was due instead,"
        + " so whether it is overdue cannot be settled.", unknown.getReason());
  }

  @Test
  void a_revisit_due_before_the_suspension_is_not_called_overdue_while_revisits_are_suspended() {
    AreaRecord record = acceptedOn(LocalDate.of(2018, 8, 1), until(LocalDate.of(2021, 5, 1)));
    assertEquals(ConclusionKind.NOT_DETERMINABLE, due(record, LocalDate.of(2020, 5, 1)).get(1).getKind());
    assertEquals(ConclusionKind.REVISIT_OVERDUE, due(record, LocalDate.of(2020, 3, 16)).get(1).getKind());
  }

  @Test
  void revisits_are_suspended_from_the_first_day_of_the_suspension_until_the_day_before_they_resumed() {
    RuleSettings settings = RuleSettings.defaults();
    assertFalse(RevisitDueRule.suspended(settings, LocalDate.of(2020, 3, 16)));
    assertTrue(RevisitDueRule.suspended(settings, LocalDate.of(2020, 3, 17)));
    assertTrue(RevisitDueRule.suspended(settings, LocalDate.of(2021, 3, 31)));
    assertFalse(RevisitDueRule.suspended(settings, LocalDate.of(2021, 4, 1)));
  }

  @Test
  void an_area_not_revisited_by_the_programme_s_end_moves_to_the_2023_framework() {
    LocalDate asOf = LocalDate.of(2023, 3, 1);
    List<Conclusion> due = due(acceptedOn(LocalDate.of(2021, 6, 1), until(LocalDate.of(2023, 2, 1))), asOf);
    assertEquals(List.of(ConclusionKind.REVISIT_DUE, ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END), kinds(due));
    Conclusion ended = due.get(1);
    assertEquals(List.of(ConcernedDate.of(DateRole.PROGRAMME_ENDED, LocalDate.of(2022, 12, 31))), ended.getDates());
    assertEquals(List.of(EVALUATION), basis(ended));
    assertEquals("No revisit is recorded by the end of the 2016 revisit programme on 31 December 2022, so the area"
        + " was not revisited and is next inspected under the 2023 area SEND framework. The 2016 revisit is no"
        + " longer due, and nothing in the record ends the quarterly support and challenge visits: they stand as the"
        + " 2016 record leaves them.", ended.getReason());
  }

  @Test
  void the_programme_s_end_is_not_passed_on_its_last_day_nor_for_a_record_silent_about_it() {
    AreaRecord record = acceptedOn(LocalDate.of(2021, 6, 1), until(LocalDate.of(2023, 2, 1)));
    assertEquals(List.of(ConclusionKind.REVISIT_DUE, ConclusionKind.REVISIT_OVERDUE),
        kinds(due(record, LocalDate.of(2022, 12, 31))));
    // Complete only until the day before the end: overdue since its usual date, but not known to be unrevisited.
    assertEquals(List.of(ConclusionKind.REVISIT_DUE, ConclusionKind.REVISIT_OVERDUE),
        kinds(due(acceptedOn(LocalDate.of(2021, 6, 1), until(LocalDate.of(2022, 12, 30))), LocalDate.of(2023, 3, 1))));
  }

  @Test
  void a_statement_accepted_on_the_programme_s_last_day_is_still_caught_by_its_end() {
    assertEquals(List.of(ConclusionKind.REVISIT_DUE, ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END),
        kinds(due(acceptedOn(LocalDate.of(2022, 12, 31), until(LocalDate.of(2023, 2, 1))), LocalDate.of(2023, 3, 1))));
    assertEquals(List.of(ConclusionKind.REVISIT_DUE),
        kinds(due(acceptedOn(LocalDate.of(2023, 1, 1), until(LocalDate.of(2023, 2, 1))), LocalDate.of(2023, 3, 1))));
  }

  @Test
  void a_revisit_recorded_without_an_acceptance_leaves_its_due_date_not_determinable() {
    LocalDate began = LocalDate.of(2018, 3, 5);
    AreaRecord record = record(counted(inspectedFrom(ON_SITE), 2).letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().build())
        .revisit(Revisit.builder().onSiteStart(DatedFact.of(began)).outcomeCounts(ProgressCounts.of(2, 0)).build())
        .build());
    Conclusion unknown = only(due(record, LocalDate.of(2018, 6, 1)));
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("inspections[0].writtenStatement.submissions"), unknown.getMissingFacts());
    assertEquals(List.of("inspections[0].revisit.onSiteStart"), basis(unknown));
    assertEquals("A revisit is recorded but not when the written statement of action was declared fit for purpose,"
        + " so when the revisit was due cannot be worked out.", unknown.getReason());
    assertEquals(List.of(), due(record, began.minusDays(1)));
  }

  @Test
  void a_statement_never_accepted_and_no_revisit_by_the_programme_s_end_moves_to_the_2023_framework() {
    AreaRecord record = record(counted(inspectedFrom(ON_SITE), 2).letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().submissionCoverage(until(LocalDate.of(2023, 2, 1))).build())
        .revisitCoverage(until(LocalDate.of(2023, 2, 1))).build());
    Conclusion ended = only(due(record, LocalDate.of(2023, 3, 1)));
    assertEquals(ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END, ended.getKind());
    assertEquals(List.of("inspections[0].letterDate"), basis(ended));
    assertTrue(ended.getReason().startsWith("No written statement of action declared fit for purpose and no revisit"
        + " are recorded by the end of the 2016 revisit programme on 31 December 2022, so the area was not"
        + " revisited"), ended.getReason());
    assertEquals(List.of(), due(record, LocalDate.of(2022, 12, 31)));
  }

  @Test
  void a_statement_never_accepted_says_nothing_of_the_programme_s_end_where_the_record_is_silent_or_late() {
    AreaRecord silent = record(counted(inspectedFrom(ON_SITE), 2).letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().build()).build());
    assertEquals(List.of(), due(silent, LocalDate.of(2023, 3, 1)));
    AreaRecord incomplete = record(counted(inspectedFrom(ON_SITE), 2).letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().build())
        .revisitCoverage(until(LocalDate.of(2022, 12, 30))).build());
    assertEquals(List.of(), due(incomplete, LocalDate.of(2023, 3, 1)));
    AreaRecord requiredAfterTheEnd = record(counted(inspectedFrom(LocalDate.of(2022, 12, 5)), 2)
        .letterDate(DatedFact.of(LocalDate.of(2023, 1, 16)))
        .writtenStatement(WrittenStatementOfAction.builder().build())
        .revisitCoverage(until(LocalDate.of(2023, 2, 1))).build());
    assertEquals(List.of(), due(requiredAfterTheEnd, LocalDate.of(2023, 3, 1)));
    AreaRecord requiredOnTheLastDay = record(counted(inspectedFrom(LocalDate.of(2022, 12, 5)), 2)
        .letterDate(DatedFact.of(LocalDate.of(2022, 12, 31)))
        .writtenStatement(WrittenStatementOfAction.builder().build())
        .revisitCoverage(until(LocalDate.of(2023, 2, 1))).build());
    assertEquals(ConclusionKind.NOT_REVISITED_BEFORE_PROGRAMME_END,
        only(due(requiredOnTheLastDay, LocalDate.of(2023, 3, 1))).getKind());
  }

  @Test
  void no_statement_required_draws_nothing() {
    assertEquals(List.of(), due(record(counted(inspectedFrom(ON_SITE), 0).letterDate(DatedFact.of(LETTER))
        .revisitCoverage(until(LocalDate.of(2023, 2, 1))).build()), LocalDate.of(2023, 3, 1)));
  }

  @Test
  void a_disputed_acceptance_taken_as_after_the_revisit_began_is_not_called_missing() {
    // The sources date the acceptance 14 May or 20 June 2019; under the latest-date policy it is 20 June, and
    // the revisit began on 3 June. As of 10 June the acceptance taken has not happened: the rule says nothing.
    AreaRecord record = record(counted(inspectedFrom(ON_SITE), 2).letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(Submission.builder()
            .submittedOn(DatedFact.of(LocalDate.of(2019, 4, 1)))
            .evaluation(Evaluation.builder().verdict(EvaluationVerdict.FIT_FOR_PURPOSE).evaluatedOn(DatedFact.builder()
                .addClaims(DateClaim.of(LocalDate.of(2019, 5, 14)), DateClaim.of(LocalDate.of(2019, 6, 20))).build())
                .build()).build()).build())
        .revisit(Revisit.builder().onSiteStart(DatedFact.of(LocalDate.of(2019, 6, 3)))
            .outcomeCounts(ProgressCounts.of(2, 0)).build())
        .build());
    RuleSettings latest = RuleSettings.defaults().withDisputedDatePolicy(DisputedDatePolicy.LATEST);
    assertEquals(List.of(), drawn(RevisitDueRule.ID, record, LocalDate.of(2019, 6, 10), latest));
    assertEquals(ConclusionKind.REVISIT_DUE, only(drawn(RevisitDueRule.ID, record, LocalDate.of(2019, 6, 20), latest))
        .getKind());
  }
}
