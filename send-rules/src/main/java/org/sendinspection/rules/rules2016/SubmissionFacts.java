package org.sendinspection.rules.rules2016;

import java.util.Optional;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.model.wsoa.EvaluationVerdict;

/**
 * One submission of a written statement of action as the rules read it: when it was made and, once
 * made, when and how it was evaluated.
 *
 * <p>Immutable and thread-safe.
 */
final class SubmissionFacts {
  private final int index;
  private final ResolvedDate submitted;
  private final boolean dated;
  private final Optional<ResolvedDate> evaluated;
  private final Optional<EvaluationVerdict> verdict;

  SubmissionFacts(int index, ResolvedDate submitted, boolean dated, Optional<ResolvedDate> evaluated,
      Optional<EvaluationVerdict> verdict) {
    this.index = index;
    this.submitted = submitted;
    this.dated = dated;
    this.evaluated = evaluated;
    this.verdict = verdict;
  }

  /** Its index among the statement's submissions, from 0. */
  public int index() {
    return index;
  }

  /**
   * When it was submitted; for a submission no source dates, the day of its evaluation, by which it had
   * been made, with that assumption stated (see {@link #isDated()}).
   */
  public ResolvedDate submitted() {
    return submitted;
  }

  /** Whether a source dates the submission itself, rather than only its evaluation. */
  public boolean isDated() {
    return dated;
  }

  /** When it was evaluated, if it has been. */
  public Optional<ResolvedDate> evaluated() {
    return evaluated;
  }

  /** Whether it was judged fit for purpose. */
  public boolean isFitForPurpose() {
    return verdict.filter(v -> v == EvaluationVerdict.FIT_FOR_PURPOSE).isPresent();
  }
}
