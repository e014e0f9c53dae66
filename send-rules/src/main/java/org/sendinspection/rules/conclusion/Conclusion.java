package org.sendinspection.rules.conclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;

/**
 * One consequence of an area record under the framework, with the facts it rests on, a reason a
 * parent could read, and the source of the rule that draws it.
 *
 * <p>Immutable and thread-safe. Example, for Essex: kind {@link ConclusionKind#QUARTERLY_VISITS_CEASED},
 * rule {@code 2016.quarterly-visits}, date {@link DateRole#CEASED_ON} 2022-06-30, resting on the three revisit
 * outcomes {@code inspections[0].revisit.outcomes[0..2]}, citing the revisit letter (Ofsted and CQC, <i>Joint
 * area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk).
 *
 * <p>Every date a conclusion concerns is on or after every dated fact it rests on: a conclusion never
 * reaches back before its evidence.
 */
@Value.Immutable
@SendStyle
public interface Conclusion {

  /** What the conclusion says. */
  ConclusionKind getKind();

  /** The identifier of the rule that drew it, such as {@code 2016.wsoa-due}. */
  String getRuleId();

  /** The identifier of the inspection it follows from, such as {@code inspection-2019}. */
  String getInspectionId();

  /** The dates it concerns, each with its role; empty where the record gives none to work from. */
  List<ConcernedDate> getDates();

  /** The recorded facts it rests on, by path. */
  List<FactReference> getBasis();

  /**
   * Why, as the rule gave it: put into words only when {@link #getReason()} is first read, and part of
   * the conclusion's equality, as its text.
   */
  Reason getReasoning();

  /**
   * Why, in one or two sentences a parent could read, naming any assumption or disagreement: {@link
   * #getReasoning()} in words, written the first time it is asked for.
   *
   * @throws IllegalStateException if the rule's wording writes blank text or fails, naming the rule
   */
  @Value.Lazy
  default String getReason() {
    try {
      return getReasoning().text();
    } catch (RuntimeException e) {
      throw new IllegalStateException("the reason of conclusion " + getKind() + " of rule " + getRuleId()
          + " about " + getInspectionId() + " could not be put into words: " + e.getMessage(), e);
    }
  }

  /** The sources of the rule; never empty. */
  List<RuleSource> getCitations();

  /**
   * How firmly the record settles it: established from facts, bounded by facts that give only a limit
   * ("submitted by 9 September 2022 at the latest"), or not determinable. A conclusion of kind
   * {@link ConclusionKind#NOT_DETERMINABLE} is always not determinable; others are established unless
   * the rule says they are bounded.
   */
  @Value.Default
  default Certainty getCertainty() {
    return getKind() == ConclusionKind.NOT_DETERMINABLE ? Certainty.NOT_DETERMINABLE : Certainty.ESTABLISHED;
  }

  /**
   * The facts a not-determinable conclusion lacks, by path where the record has a place for them, such
   * as {@code inspections[0].writtenStatement.submissions}; empty for other conclusions.
   */
  List<String> getMissingFacts();

  /**
   * The date with the given role.
   *
   * @param role the role, such as {@link DateRole#DUE_BY}; not null
   * @return the date, or empty if the conclusion has none in that role
   */
  default Optional<LocalDate> date(DateRole role) {
    return getDates().stream().filter(d -> d.getRole() == role).map(ConcernedDate::getDate).findFirst();
  }

  /**
   * The window the conclusion concerns, from the day it opens to the day it closes, both included.
   *
   * @return the window, or empty if the conclusion has no {@link DateRole#WINDOW_OPENS} and {@link
   *     DateRole#WINDOW_CLOSES} dates
   */
  default Optional<DateRange> window() {
    return date(DateRole.WINDOW_OPENS).flatMap(opens -> date(DateRole.WINDOW_CLOSES).map(closes -> new DateRange(opens, closes)));
  }

  /**
   * This conclusion with every disagreement between sources on the facts it rests on named in its
   * reason, so that no rule picks a disputed date silently, whatever its own wording says.
   *
   * @return the conclusion, its reason extended by each dispute it does not already contain
   */
  default Conclusion withDisputesNamed() {
    List<FactReference> disputed = null;
    for (FactReference fact : getBasis()) {
      if (fact.getDisagreement().isPresent()) {
        if (disputed == null) {
          disputed = new ArrayList<>(2);
        }
        disputed.add(fact);
      }
    }
    if (disputed == null) {
      // Most conclusions rest on no disputed fact, and are their own answer.
      return this;
    }
    Reason own = getReasoning();
    List<FactReference> named = disputed;
    return ImmutableConclusion.copyOf(this).withReasoning(Reason.lazily(() -> {
      StringBuilder reason = new StringBuilder(own.text());
      for (FactReference fact : named) {
        String dispute = fact.getDispute().get();
        if (reason.indexOf(dispute) < 0) {
          reason.append(' ').append(dispute);
        }
      }
      return reason.toString();
    }));
  }

  @Value.Check
  default void check() {
    if ((getKind() == ConclusionKind.NOT_DETERMINABLE) != (getCertainty() == Certainty.NOT_DETERMINABLE)) {
      throw new IllegalArgumentException("conclusion " + getKind() + " of rule " + getRuleId()
          + " has certainty " + getCertainty() + "; only NOT_DETERMINABLE conclusions are not determinable");
    }
    if (getKind() == ConclusionKind.NOT_DETERMINABLE && getMissingFacts().isEmpty()) {
      throw new IllegalArgumentException("not-determinable conclusion of rule " + getRuleId()
          + " must name the fact it lacks (missingFacts); found none");
    }
    ConclusionChecks.requireText(getRuleId(), "Conclusion.ruleId");
    // The reason is not put into words here: a fixed text is checked by Reason.of, a lazily worded one
    // when it is read.
    if (getCitations().isEmpty()) {
      throw new IllegalArgumentException("conclusion " + getKind() + " of rule " + getRuleId()
          + " needs at least one citation of the rule's source; found none");
    }
  }

  static ImmutableConclusion.Builder builder() {
    return ImmutableConclusion.builder();
  }
}
