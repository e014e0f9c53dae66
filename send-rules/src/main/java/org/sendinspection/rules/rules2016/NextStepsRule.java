package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;

/**
 * Rule {@code 2016.next-steps}: after a revisit that did not find sufficient progress on every
 * significant weakness, DfE and NHS England determine the next steps; DfE requires an accelerated
 * progress plan with a formal progress review within 6 months of the revisit report; Ofsted and CQC
 * will not revisit again unless the Secretary of State directs; and the weaknesses that remain.
 *
 * <p>Sources: the Southend-on-Sea revisit letter (Ofsted and CQC, <i>Joint area SEND revisit in
 * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk: "it is for DfE and NHS England to determine
 * the next steps. Ofsted and CQC will not carry out any further revisit unless directed to do so by
 * the Secretary of State"); DfE as quoted by local bodies (next steps "may include the Secretary of
 * State using his powers of intervention"); the parliamentary answer of 27 May 2021 (a formal progress
 * review "within at least 6 months" of the revisit report; the period is a setting).
 */
final class NextStepsRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.NEXT_STEPS;

  public NextStepsRule() {
    super(ID, "What follows a revisit that did not find sufficient progress on every weakness",
        Sources2016.SOUTHEND_REVISIT_LETTER, Sources2016.INTERVENTION_POWERS,
        Sources2016.ACCELERATED_PROGRESS_PLAN_ANSWER);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    Optional<RevisitFacts> found = facts.revisit()
        .filter(r -> facts.happened(r.outcomeKnown()) && !r.allSufficient());
    if (found.isEmpty()) {
      return List.of();
    }
    RevisitFacts revisit = found.get();
    ResolvedDate known = revisit.outcomeKnown();
    ConcernedDate on = ConcernedDate.of(DateRole.REVISIT_OUTCOME_ON, known.getDate());
    List<Conclusion> conclusions = new ArrayList<>();
    conclusions.add(conclusion(ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE, facts,
        Sources2016.SOUTHEND_REVISIT_LETTER, Sources2016.INTERVENTION_POWERS)
        .addDates(on)
        .addAllBasis(revisit.insufficientOutcomes())
        .reasoning(Reason.lazily(() -> Wording.withNotes("As the revisit did not find sufficient progress on every significant weakness,"
            + " it is for DfE and NHS England to determine the next steps, which may include the Secretary of"
            + " State using powers of intervention." + recorded(facts), known)))
        .build());
    conclusions.add(progressReview(facts, revisit));
    conclusions.add(conclusion(ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED, facts,
        Sources2016.SOUTHEND_REVISIT_LETTER)
        .addDates(on)
        .addAllBasis(revisit.insufficientOutcomes())
        .reasoning(Reason.of("Ofsted and CQC will not carry out any further revisit unless directed to do so by the Secretary"
            + " of State."))
        .build());
    conclusions.add(conclusion(ConclusionKind.WEAKNESSES_REMAINING, facts, Sources2016.SOUTHEND_REVISIT_LETTER)
        .addDates(on)
        .addAllBasis(revisit.insufficientOutcomes())
        .reasoning(Reason.lazily(() -> remaining(facts, revisit)))
        .build());
    return conclusions;
  }

  private Conclusion progressReview(InspectionFacts facts, RevisitFacts revisit) {
    int months = facts.settings().getProgressReviewWithinMonths();
    if (revisit.report().isEmpty()) {
      return conclusion(ConclusionKind.NOT_DETERMINABLE, facts, Sources2016.ACCELERATED_PROGRESS_PLAN_ANSWER)
          .addAllBasis(revisit.insufficientOutcomes())
          .addMissingFacts(facts.path() + ".revisit.letterDate", facts.path() + ".revisit.publishedOn")
          .reasoning(Reason.lazily(() -> "DfE requires an accelerated progress plan with a formal progress review within " + months
              + " months of the revisit report, but the record gives neither the revisit letter's date nor its"
              + " publication, so the review's date cannot be worked out."))
          .build();
    }
    ResolvedDate report = revisit.report().get();
    return conclusion(ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE, facts,
        Sources2016.ACCELERATED_PROGRESS_PLAN_ANSWER)
        .addDates(ConcernedDate.of(DateRole.REVIEW_WITHIN, report.getDate().plusMonths(months)))
        .addBasis(report.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("DfE requires an accelerated progress plan, with a formal progress review within "
            + months + " months of the revisit report of " + Wording.date(report.getDate()) + ", that is by "
            + Wording.date(report.getDate().plusMonths(months)) + " (the answer says \"within at least 6"
            + " months\"; the period is a setting).", report)))
        .build();
  }

  /** What the record holds of the next steps, in a sentence; empty where it holds nothing. */
  private static String recorded(InspectionFacts facts) {
    List<String> parts = new ArrayList<>();
    facts.inspection().getNextSteps().ifPresent(n -> {
      n.getDeterminedOn().ifPresent(d -> parts.add("DfE and NHS England set out the next steps on " + d.describe()));
      n.getAcceleratedProgressPlan().ifPresent(p -> {
        p.getSubmittedOn().ifPresent(d -> parts.add("the accelerated progress plan was submitted on " + d.describe()));
        p.getApprovedOn().ifPresent(d -> parts.add("it was approved on " + d.describe()));
        p.getReviews().forEach(d -> parts.add("a formal progress review was held on " + d.describe()));
      });
      n.getSecretaryOfStateDirection().ifPresent(d -> parts.add("the Secretary of State directed intervention on "
          + d.describe()));
    });
    return parts.isEmpty() ? "" : " The record shows that " + Wording.and(parts) + ".";
  }

  private static String remaining(InspectionFacts facts, RevisitFacts revisit) {
    int total = revisit.sufficient() + revisit.notSufficient();
    String count = revisit.notSufficient() + " of " + total + " significant weaknesses";
    if (!revisit.perWeakness()) {
      return count + " remain without sufficient progress; the record gives the revisit's outcome only as counts,"
          + " so which ones is not known.";
    }
    List<String> named = revisit.remainingWeaknesses().stream()
        .map(id -> "'" + id + "'" + facts.weaknessStatement(id).map(s -> " (" + s.replaceAll("[.]+$", "") + ")").orElse(""))
        .collect(Collectors.toList());
    return count + (revisit.notSufficient() == 1 ? " remains" : " remain") + " without sufficient progress: "
        + Wording.and(named) + ".";
  }
}
