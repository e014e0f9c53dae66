package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;

/**
 * Rule {@code 2016.wsoa-evaluation}: a statement judged not fit for purpose must be submitted again;
 * one judged fit for purpose starts the revisit clock.
 *
 * <p>Sources: the Essex evaluation letter (Ofsted and CQC, letter on the joint evaluation of Essex's written statement
 * of action, 6 April 2020, reports.ofsted.gov.uk: "deemed to be fit for purpose") and the Essex
 * council paper (Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families Scrutiny
 * Committee, 2020, www.essex.gov.uk: "if it is not deemed fit for purpose further work will be required").
 * What
 * follows a not-fit-for-purpose judgement is not confirmed by any public source found: the library
 * models it as a resubmission and each such conclusion says that it is unverified.
 */
final class StatementEvaluationRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.STATEMENT_EVALUATION;

  public StatementEvaluationRule() {
    super(ID, "What follows Ofsted and CQC's evaluation of a written statement of action",
        Sources2016.ESSEX_EVALUATION_LETTER, Sources2016.ESSEX_SCRUTINY_PAPER,
        Sources2016.RESUBMISSION_UNVERIFIED, Sources2016.REVISIT_TIMING_ANSWER);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    List<Conclusion> conclusions = new ArrayList<>();
    List<SubmissionFacts> submissions = facts.submissions();
    for (SubmissionFacts submission : submissions) {
      if (submission.evaluated().isEmpty() || !facts.happened(submission.evaluated().get())) {
        break;
      }
      ResolvedDate evaluated = submission.evaluated().get();
      ResolvedDate submitted = submission.submitted();
      String judged = submission.isDated()
          ? "Ofsted and CQC judged the statement submitted on " + Wording.date(submitted.getDate())
          : "Ofsted and CQC judged the statement (no source dates its submission)";
      if (submission.isFitForPurpose()) {
        conclusions.add(conclusion(ConclusionKind.WSOA_FIT_FOR_PURPOSE, facts, Sources2016.ESSEX_EVALUATION_LETTER,
            Sources2016.ESSEX_SCRUTINY_PAPER, Sources2016.REVISIT_TIMING_ANSWER)
            .addDates(ConcernedDate.of(DateRole.FIT_FOR_PURPOSE_ON, evaluated.getDate()))
            .addBasis(submitted.reference(), evaluated.reference())
            .reasoning(Reason.lazily(() -> Wording.withNotes(judged + " fit for purpose on " + Wording.date(evaluated.getDate())
                + ", which starts the revisit clock: a revisit usually follows within "
                + facts.settings().getRevisitWithinMonths() + " months.", submitted, evaluated)))
            .build());
      } else {
        String next = submissions.size() > submission.index() + 1
            && facts.happened(submissions.get(submission.index() + 1).submitted())
            ? " It was submitted again on "
                + Wording.date(submissions.get(submission.index() + 1).submitted().getDate()) + "."
            : "";
        conclusions.add(conclusion(ConclusionKind.WSOA_TO_BE_RESUBMITTED, facts, Sources2016.ESSEX_SCRUTINY_PAPER,
            Sources2016.RESUBMISSION_UNVERIFIED)
            .addDates(ConcernedDate.of(DateRole.NOT_FIT_FOR_PURPOSE_ON, evaluated.getDate()))
            .addBasis(submitted.reference(), evaluated.reference())
            .reasoning(Reason.lazily(() -> Wording.withNotes(judged + " not fit for purpose on " + Wording.date(evaluated.getDate())
                + ", so further work is required and the statement must be submitted again; no public source"
                + " found says what follows such a judgement, so treating it as a resubmission is unverified."
                + next, submitted, evaluated)))
            .build());
      }
    }
    return conclusions;
  }
}
