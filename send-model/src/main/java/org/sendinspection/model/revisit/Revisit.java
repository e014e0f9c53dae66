package org.sendinspection.model.revisit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.inspection.Inspector;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Ofsted and CQC's revisit of an area, to decide whether it has made sufficient progress in
 * addressing each significant weakness of its inspection.
 *
 * <p>Immutable and thread-safe. The outcome is held either per weakness ({@link #getOutcomes()}), as
 * the letters give it, or as counts ({@link #getOutcomeCounts()}), as the official statistics give
 * it: exactly one of the two. Whether the outcomes cover every weakness of the inspection is checked
 * by the inspection, which knows its weaknesses.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableRevisit.class)
@JsonDeserialize(as = ImmutableRevisit.class)
public interface Revisit {

  /** The first day on site. */
  @NotNull
  @Valid
  DatedFact getOnSiteStart();

  /** The last day on site, where recorded. */
  Optional<@Valid DatedFact> getOnSiteEnd();

  /** The date the revisit letter bears, where recorded. */
  Optional<@Valid DatedFact> getLetterDate();

  /** When the letter was published on Ofsted's website, where recorded. */
  Optional<@Valid DatedFact> getPublishedOn();

  /** The inspectors the letter names. */
  List<@Valid Inspector> getInspectors();

  /** The outcome for each significant weakness, where recorded per weakness. */
  List<@Valid WeaknessOutcome> getOutcomes();

  /** The outcome as counts, where only counts are known. */
  Optional<@Valid ProgressCounts> getOutcomeCounts();

  /** Where the revisit's findings are stated. */
  Optional<@Valid Citation> getCitation();

  /** Whether the outcome is known per weakness. */
  default boolean hasOutcomesPerWeakness() {
    return getOutcomeCounts().isEmpty();
  }

  /** How many weaknesses had sufficient progress, from either form of the outcome. */
  default int sufficientCount() {
    return getOutcomeCounts().map(ProgressCounts::getSufficient).orElseGet(() -> count(Progress.SUFFICIENT));
  }

  /** How many weaknesses had not, from either form of the outcome. */
  default int notSufficientCount() {
    return getOutcomeCounts().map(ProgressCounts::getNotSufficient).orElseGet(() -> count(Progress.NOT_SUFFICIENT));
  }

  /** The outcomes recorded per weakness with a given progress; a loop, as the rules ask it of every revisit. */
  private int count(Progress progress) {
    int count = 0;
    for (WeaknessOutcome outcome : getOutcomes()) {
      if (outcome.getProgress() == progress) {
        count++;
      }
    }
    return count;
  }

  /** The outcome in the official statistics' terms: all, some or none of the weaknesses sufficient. */
  default RevisitSummary summary() {
    return RevisitSummary.of(sufficientCount(), notSufficientCount());
  }

  @Value.Check
  default void check() {
    Invariants invariants = Invariants.of("Revisit")
        .requireInOrder(Optional.of(getOnSiteStart()), getOnSiteEnd(), "onSiteEnd",
            Invariant.PERIOD_IN_ORDER, "the last day on site (%s) is before the first (%s)")
        .requireInOrder(getOnSiteEnd().or(() -> Optional.of(getOnSiteStart())), getLetterDate(),
            "letterDate", Invariant.LETTER_AFTER_ON_SITE,
            "the letter (%s) is dated before the revisit ended (%s)")
        .requireInOrder(getLetterDate(), getPublishedOn(), "publishedOn",
            Invariant.PUBLISHED_AFTER_LETTER, "publication (%s) is before the letter's date (%s)")
        .requireInOrder(Optional.of(getOnSiteStart()), getPublishedOn(), "publishedOn",
            Invariant.PUBLISHED_AFTER_ON_SITE, "publication (%s) is before the revisit began (%s)")
        .require(getOutcomes().isEmpty() != getOutcomeCounts().isEmpty(), "outcomes",
            Invariant.REVISIT_OUTCOMES_DETAILED_OR_COUNTED, getOutcomes().isEmpty()
                ? "a revisit needs its outcome: per weakness (outcomes) or as counts (outcomeCounts); "
                    + "found neither"
                : "found both outcomes per weakness and outcome counts; record one");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < getOutcomes().size(); i++) {
      String weakness = getOutcomes().get(i).getWeakness();
      invariants.require(seen.add(weakness), "outcomes[" + i + "].weakness",
          Invariant.REVISIT_OUTCOME_FOR_EVERY_WEAKNESS,
          "weakness '" + weakness + "' has more than one outcome");
    }
    invariants.check();
  }

  static ImmutableRevisit.Builder builder() {
    return ImmutableRevisit.builder();
  }
}
