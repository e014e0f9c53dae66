package org.sendinspection.rules.rules2016;

import java.util.List;
import org.sendinspection.rules.internal.ResolvedDate;
import java.util.Optional;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * A revisit as the rules read it: when it began, when its outcome became known, and the outcome per
 * weakness or as counts.
 *
 * <p>Immutable and thread-safe. The outcome is taken as known on the revisit letter's date, else on
 * its publication, else (saying so) on the last recorded day on site.
 */
final class RevisitFacts {
  private final ResolvedDate began;
  private final ResolvedDate outcomeKnown;
  private final Optional<ResolvedDate> report;
  private final int sufficient;
  private final int notSufficient;
  private final boolean perWeakness;
  private final List<FactReference> outcomes;
  private final List<FactReference> insufficientOutcomes;
  private final List<String> remainingWeaknesses;

  RevisitFacts(ResolvedDate began, ResolvedDate outcomeKnown, Optional<ResolvedDate> report,
      int sufficient, int notSufficient, boolean perWeakness, List<FactReference> outcomes,
      List<FactReference> insufficientOutcomes, List<String> remainingWeaknesses) {
    this.began = began;
    this.outcomeKnown = outcomeKnown;
    this.report = report;
    this.sufficient = sufficient;
    this.notSufficient = notSufficient;
    this.perWeakness = perWeakness;
    this.outcomes = List.copyOf(outcomes);
    this.insufficientOutcomes = List.copyOf(insufficientOutcomes);
    this.remainingWeaknesses = List.copyOf(remainingWeaknesses);
  }

  /** The first day on site. */
  public ResolvedDate began() {
    return began;
  }

  /** The day the outcome became known. */
  public ResolvedDate outcomeKnown() {
    return outcomeKnown;
  }

  /** The revisit report's date (its letter, else its publication), where recorded. */
  public Optional<ResolvedDate> report() {
    return report;
  }

  /** Weaknesses with sufficient progress. */
  public int sufficient() {
    return sufficient;
  }

  /** Weaknesses without sufficient progress. */
  public int notSufficient() {
    return notSufficient;
  }

  /** Whether every weakness had sufficient progress. */
  public boolean allSufficient() {
    return notSufficient == 0;
  }

  /** The outcome in the official statistics' terms. */
  public RevisitSummary summary() {
    return RevisitSummary.of(sufficient, notSufficient);
  }

  /** Whether the outcome is known per weakness rather than as counts. */
  public boolean perWeakness() {
    return perWeakness;
  }

  /** Every outcome as a fact: one per weakness, or the counts. */
  public List<FactReference> outcomes() {
    return outcomes;
  }

  /** The outcomes without sufficient progress as facts: one per weakness, or the counts. */
  public List<FactReference> insufficientOutcomes() {
    return insufficientOutcomes;
  }

  /** The identifiers of the weaknesses without sufficient progress; empty when known only as counts. */
  public List<String> remainingWeaknesses() {
    return remainingWeaknesses;
  }
}
