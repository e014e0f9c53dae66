package org.sendinspection.model.wsoa;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One submission of a written statement of action to Ofsted, and its evaluation once made.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableSubmission.class)
@JsonDeserialize(as = ImmutableSubmission.class)
public interface Submission {

  /**
   * When the statement was submitted, where a source says. Southend-on-Sea's statement is known to
   * have been declared fit for purpose on 14 May 2019 (Ofsted and CQC, <i>Joint area SEND revisit in
   * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk), but no source gives the day it was
   * submitted: such a submission is recorded with its evaluation and no date.
   */
  Optional<@Valid DatedFact> getSubmittedOn();

  /** The evaluation, once made. */
  Optional<@Valid Evaluation> getEvaluation();

  @Value.Check
  default void check() {
    Invariants.of("Submission")
        .requireInOrder(getSubmittedOn(), getEvaluation().map(Evaluation::getEvaluatedOn),
            "evaluation.evaluatedOn", Invariant.EVALUATION_AFTER_SUBMISSION,
            "the evaluation (%s) is dated before the submission it evaluates (%s)")
        .require(getSubmittedOn().isPresent() || getEvaluation().isPresent(), "submittedOn",
            Invariant.SUBMISSION_DATED_OR_EVALUATED,
            "a submission needs the day it was made or its evaluation; found neither")
        .check();
  }

  /** A submission made on the given day, not yet evaluated. */
  static Submission on(DatedFact submittedOn) {
    return builder().submittedOn(submittedOn).build();
  }

  static ImmutableSubmission.Builder builder() {
    return ImmutableSubmission.builder();
  }
}
