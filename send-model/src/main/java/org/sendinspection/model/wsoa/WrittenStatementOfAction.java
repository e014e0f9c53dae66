package org.sendinspection.model.wsoa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A written statement of action (WSOA): HMCI's requirement, after an inspection that found
 * significant weaknesses, that the area's principal authorities jointly set out how they will tackle
 * them; its submissions, their evaluations, its coded actions and its publication.
 *
 * <p>Immutable and thread-safe. Legal basis: the Children Act 2004 (Joint Area Reviews) Regulations
 * 2015, regulation 4. A record drawn from the official statistics knows only that a statement was
 * required: every detail here is then absent or empty.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableWrittenStatementOfAction.class)
@JsonDeserialize(as = ImmutableWrittenStatementOfAction.class)
public interface WrittenStatementOfAction {

  /** When HMCI determined that a statement was required, where recorded. */
  Optional<@Valid DatedFact> getDeterminedOn();

  /** The bodies HMCI held jointly responsible for submitting it, as the letter names them. */
  List<@NotBlank String> getJointlyResponsible();

  /** Each submission in the order made; a later one follows a not-fit-for-purpose evaluation. */
  List<@Valid Submission> getSubmissions();

  /**
   * Whether the record shows that no submission or evaluation beyond those listed had happened by a
   * date, or does not say. Written in every document; a builder that does not set it takes "not
   * recorded": Ofsted's official statistics, for one, have no column for submissions.
   */
  @Value.Default
  default Coverage getSubmissionCoverage() {
    return Coverage.notRecorded();
  }

  /** The statement's coded actions, where recorded. */
  List<@Valid CodedAction> getActions();

  /**
   * When the statement was published locally, where recorded (Ofsted and CQC, letter on the joint evaluation of Essex's
   * written statement of action, 6 April 2020, reports.ofsted.gov.uk: it "must be published").
   */
  Optional<@Valid DatedFact> getPublishedOn();

  /** Where the requirement is stated. */
  Optional<@Valid Citation> getCitation();

  /**
   * The evaluation that declared the statement fit for purpose, if one has.
   *
   * @return the accepting evaluation; empty while none has
   */
  default Optional<Evaluation> acceptance() {
    return getSubmissions().stream()
        .flatMap(s -> s.getEvaluation().stream())
        .filter(Evaluation::isFitForPurpose)
        .findFirst();
  }

  @Value.Check
  default void check() {
    Invariants invariants = Invariants.of("WrittenStatementOfAction")
        .requireEachText(getJointlyResponsible(), "jointlyResponsible");
    List<Submission> submissions = getSubmissions();
    for (int i = 1; i < submissions.size(); i++) {
      Optional<Evaluation> previous = submissions.get(i - 1).getEvaluation();
      String path = "submissions[" + i + "]";
      invariants.require(previous.isPresent() && !previous.get().isFitForPurpose(), path,
          Invariant.RESUBMISSION_AFTER_REJECTION,
          previous.isEmpty()
              ? "submission " + (i + 1) + " follows a submission that has no evaluation"
              : "submission " + (i + 1) + " follows a submission already judged fit for purpose");
      invariants.requireInOrder(previous.map(Evaluation::getEvaluatedOn),
          submissions.get(i).getSubmittedOn(), path + ".submittedOn",
          Invariant.RESUBMISSION_AFTER_REJECTION,
          "the resubmission (%s) is dated before the evaluation it answers (%s)");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < getActions().size(); i++) {
      String code = getActions().get(i).getCode();
      invariants.require(codes.add(code), "actions[" + i + "].code", Invariant.UNIQUE_IDENTIFIER,
          "action code '" + code + "' appears more than once");
    }
    invariants.check();
  }

  static ImmutableWrittenStatementOfAction.Builder builder() {
    return ImmutableWrittenStatementOfAction.builder();
  }
}
