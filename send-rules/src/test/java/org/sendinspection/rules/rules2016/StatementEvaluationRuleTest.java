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
import static org.sendinspection.rules.rules2016.Cases2016.submittedAndJudged;
import static org.sendinspection.rules.rules2016.Cases2016.submittedOn;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.DateRole;

/** What follows Ofsted and CQC's evaluation of each submission of a written statement of action. */
class StatementEvaluationRuleTest {
  private static final LocalDate SUBMITTED = LocalDate.of(2020, 3, 27);
  private static final LocalDate EVALUATED = LocalDate.of(2020, 4, 6);
  private static final LocalDate RESUBMITTED = LocalDate.of(2020, 7, 1);
  private static final LocalDate REEVALUATED = LocalDate.of(2020, 8, 3);
  private static final LocalDate LATER = LocalDate.of(2021, 1, 4);
  private static final String FIRST = "inspections[0].writtenStatement.submissions[0]";
  private static final String SECOND = "inspections[0].writtenStatement.submissions[1]";

  private static AreaRecord submitted(Submission... submissions) {
    return record(counted(inspectedFrom(LocalDate.of(2019, 9, 30)), 3)
        .letterDate(DatedFact.of(LocalDate.of(2019, 11, 15)))
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(submissions).build()).build());
  }

  private static List<Conclusion> evaluations(AreaRecord record, LocalDate asOf) {
    return drawn(StatementEvaluationRule.ID, record, asOf);
  }

  @Test
  void a_statement_judged_fit_for_purpose_starts_the_revisit_clock() {
    Conclusion fit = only(evaluations(submitted(submittedAndJudged(SUBMITTED, EVALUATED,
        EvaluationVerdict.FIT_FOR_PURPOSE)), LATER));
    assertEquals(ConclusionKind.WSOA_FIT_FOR_PURPOSE, fit.getKind());
    assertEquals(List.of(ConcernedDate.of(DateRole.FIT_FOR_PURPOSE_ON, EVALUATED)), fit.getDates());
    assertEquals(List.of(FIRST + ".submittedOn", FIRST + ".evaluation"), basis(fit));
    assertEquals(List.of(Sources2016.ESSEX_EVALUATION_LETTER, Sources2016.ESSEX_SCRUTINY_PAPER,
        Sources2016.REVISIT_TIMING_ANSWER), fit.getCitations());
    assertEquals("Ofsted and CQC judged the statement submitted on 27 March 2020 fit for purpose on 6 April 2020,"
        + " which starts the revisit clock: a revisit usually follows within 18 months.", fit.getReason());
  }

  @Test
  void the_months_to_the_revisit_follow_the_setting() {
    Conclusion fit = only(drawn(StatementEvaluationRule.ID, submitted(submittedAndJudged(SUBMITTED, EVALUATED,
        EvaluationVerdict.FIT_FOR_PURPOSE)), LATER, RuleSettings.defaults().withRevisitWithinMonths(24)));
    assertTrue(fit.getReason().endsWith("a revisit usually follows within 24 months."), fit.getReason());
  }

  @Test
  void a_submission_no_source_dates_is_judged_as_the_statement_and_dated_by_its_evaluation() {
    Conclusion fit = only(evaluations(submitted(judgedOnly(EVALUATED, EvaluationVerdict.FIT_FOR_PURPOSE)), LATER));
    assertEquals(List.of(FIRST + ".evaluation", FIRST + ".evaluation"), basis(fit));
    assertEquals("Ofsted and CQC judged the statement (no source dates its submission) fit for purpose on 6 April"
        + " 2020, which starts the revisit clock: a revisit usually follows within 18 months. No source says when the"
        + " statement's submission was made; it had been made by 6 April 2020, when it was evaluated, and is dated"
        + " so here.", fit.getReason());
  }

  @Test
  void a_statement_not_fit_for_purpose_must_be_resubmitted_and_the_resubmission_is_told() {
    List<Conclusion> judged = evaluations(submitted(
        submittedAndJudged(SUBMITTED, EVALUATED, EvaluationVerdict.NOT_FIT_FOR_PURPOSE),
        submittedAndJudged(RESUBMITTED, REEVALUATED, EvaluationVerdict.FIT_FOR_PURPOSE)), LATER);
    assertEquals(List.of(ConclusionKind.WSOA_TO_BE_RESUBMITTED, ConclusionKind.WSOA_FIT_FOR_PURPOSE),
        judged.stream().map(Conclusion::getKind).collect(Collectors.toList()));
    Conclusion resubmit = judged.get(0);
    assertEquals(List.of(ConcernedDate.of(DateRole.NOT_FIT_FOR_PURPOSE_ON, EVALUATED)), resubmit.getDates());
    assertEquals(List.of(FIRST + ".submittedOn", FIRST + ".evaluation"), basis(resubmit));
    assertEquals(List.of(Sources2016.ESSEX_SCRUTINY_PAPER, Sources2016.RESUBMISSION_UNVERIFIED),
        resubmit.getCitations());
    assertEquals("Ofsted and CQC judged the statement submitted on 27 March 2020 not fit for purpose on 6 April 2020,"
        + " so further work is required and the statement must be submitted again; no public source found says what"
        + " follows such a judgement, so treating it as a resubmission is unverified. It was submitted again on 1 July"
        + " 2020.", resubmit.getReason());
    assertEquals(List.of(SECOND + ".submittedOn", SECOND + ".evaluation"), basis(judged.get(1)));
    assertEquals(List.of(ConcernedDate.of(DateRole.FIT_FOR_PURPOSE_ON, REEVALUATED)), judged.get(1).getDates());
  }

  @Test
  void a_resubmission_not_yet_made_or_not_listed_is_not_told() {
    AreaRecord resubmittedLater = submitted(submittedAndJudged(SUBMITTED, EVALUATED,
        EvaluationVerdict.NOT_FIT_FOR_PURPOSE), submittedOn(RESUBMITTED));
    Conclusion before = only(evaluations(resubmittedLater, RESUBMITTED.minusDays(1)));
    assertTrue(before.getReason().endsWith("treating it as a resubmission is unverified."), before.getReason());
    Conclusion on = only(evaluations(resubmittedLater, RESUBMITTED));
    assertTrue(on.getReason().endsWith("It was submitted again on 1 July 2020."), on.getReason());
    Conclusion alone = only(evaluations(submitted(submittedAndJudged(SUBMITTED, EVALUATED,
        EvaluationVerdict.NOT_FIT_FOR_PURPOSE)), LATER));
    assertTrue(alone.getReason().endsWith("treating it as a resubmission is unverified."), alone.getReason());
  }

  @Test
  void an_evaluation_not_yet_made_or_not_listed_draws_nothing_and_stops_the_account() {
    AreaRecord record = submitted(submittedAndJudged(SUBMITTED, EVALUATED, EvaluationVerdict.NOT_FIT_FOR_PURPOSE),
        submittedAndJudged(RESUBMITTED, REEVALUATED, EvaluationVerdict.FIT_FOR_PURPOSE));
    assertEquals(List.of(), evaluations(record, EVALUATED.minusDays(1)));
    assertEquals(1, evaluations(record, EVALUATED).size());
    assertEquals(1, evaluations(record, REEVALUATED.minusDays(1)).size());
    assertEquals(2, evaluations(record, REEVALUATED).size());
    assertEquals(List.of(), evaluations(submitted(submittedOn(SUBMITTED)), LATER));
  }
}
