package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.util.EnumSet;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;

/**
 * Rule {@code 2016.superseded}: the obligations of a 2016-framework inspection that were still in
 * force end on the first day of the area's next full inspection, whose outcome says what follows.
 *
 * <p>Source: Ofsted's account of the end of the 2016 programme (revisits continued to December 2022;
 * an area with a written statement of action that was never revisited is next inspected under the
 * area SEND framework from January 2023). No source says the quarterly visits continue beside a new
 * outcome; the rule says they end and names that reading in its reason.
 */
final class SupersededRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.SUPERSEDED;

  /** The kinds that state an obligation still in force, which end when superseded. */
  static final Set<ConclusionKind> ENDED = EnumSet.of(ConclusionKind.WSOA_OVERDUE, ConclusionKind.REVISIT_DUE,
      ConclusionKind.REVISIT_OVERDUE, ConclusionKind.QUARTERLY_VISITS_IN_FORCE,
      ConclusionKind.QUARTERLY_VISITS_CONTINUE, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE,
      ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED);

  public SupersededRule() {
    super(ID, "When the 2016 obligations end because the area's next full inspection began",
        Sources2016.PROGRAMME_END);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    Optional<ResolvedDate> later = facts.supersededBy();
    if (later.isEmpty() || !facts.statementKnownRequired()) {
      return List.of();
    }
    boolean ceased = facts.revisit().filter(r -> facts.happened(r.outcomeKnown()) && r.allSufficient())
        .filter(r -> !r.outcomeKnown().getDate().isAfter(later.get().getDate())).isPresent();
    if (ceased) {
      return List.of();
    }
    return List.of(conclusion(ConclusionKind.OBLIGATIONS_SUPERSEDED, facts)
        .addDates(ConcernedDate.of(DateRole.SUPERSEDED_ON, later.get().getDate()))
        .addBasis(later.get().reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("The area's next full inspection began on " + Wording.date(later.get().getDate())
            + ", so what this inspection's written statement of action still required (its submission, the"
            + " revisit, the quarterly support and challenge visits, any progress review) ends then: the new"
            + " inspection's outcome says what follows.", later.get())))
        .build());
  }
}
