package org.sendinspection.model.wsoa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Ofsted and CQC's joint evaluation of a submitted written statement of action.
 *
 * <p>Immutable and thread-safe. Example (Ofsted and CQC, letter on the joint evaluation of Essex's written statement of
 * action, 6 April 2020, reports.ofsted.gov.uk): Essex's statement submitted on 27 March 2020 was
 * "deemed to be fit for purpose" by a letter dated 6 April 2020, with six aspects to strengthen.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
public interface Evaluation {

  /** When the statement was judged: the evaluation letter's date, with any other claim. */
  @NotNull
  @Valid
  DatedFact getEvaluatedOn();

  /** Fit for purpose or not. */
  @NotNull
  EvaluationVerdict getVerdict();

  /** The aspects the letter says would strengthen the statement, in its words. */
  List<@NotBlank String> getAspectsToStrengthen();

  /** Where the evaluation is stated. */
  Optional<@Valid Citation> getCitation();

  /** Whether the statement was judged fit for purpose. */
  default boolean isFitForPurpose() {
    return getVerdict() == EvaluationVerdict.FIT_FOR_PURPOSE;
  }

  @Value.Check
  default void check() {
    Invariants.of("Evaluation")
        .requireEachText(getAspectsToStrengthen(), "aspectsToStrengthen")
        .check();
  }

  static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }
}
