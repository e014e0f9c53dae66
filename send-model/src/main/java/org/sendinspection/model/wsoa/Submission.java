package org.sendinspection.model.wsoa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

  /** When the statement was submitted. */
  @NotNull
  @Valid
  DatedFact getSubmittedOn();

  /** The evaluation, once made. */
  Optional<@Valid Evaluation> getEvaluation();

  @Value.Check
  default void check() {
    Invariants.of("Submission")
        .requireInOrder(Optional.of(getSubmittedOn()), getEvaluation().map(Evaluation::getEvaluatedOn),
            "evaluation.evaluatedOn", Invariant.EVALUATION_AFTER_SUBMISSION,
            "the evaluation (%s) is dated before the submission it evaluates (%s)")
        .check();
  }

  static ImmutableSubmission.Builder builder() {
    return ImmutableSubmission.builder();
  }
}
