package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import java.util.Optional;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;

/**
 * Rule {@code 2016.quarterly-visits}: DfE and NHS England's formal quarterly support and challenge
 * visits are in force from the requirement of a written statement of action until a revisit finds
 * sufficient progress on every significant weakness; they cease then, and never while any weakness
 * lacks sufficient progress.
 *
 * <p>Source: the Essex revisit letter (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022,
 * reports.ofsted.gov.uk): "As the area has made sufficient progress in
 * addressing all the significant weaknesses, the formal quarterly support and challenge visits from
 * the DfE and NHS England will cease"; the Southend-on-Sea revisit letter (Ofsted and CQC, <i>Joint area SEND
 * revisit in Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk), where not all
 * had improved and the next steps fell to DfE and NHS England.
 */
final class QuarterlyVisitsRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.QUARTERLY_VISITS;

  QuarterlyVisitsRule() {
    super(ID, "Whether DfE and NHS England's quarterly support and challenge visits are in force",
        Sources2016.ESSEX_REVISIT_LETTER, Sources2016.SOUTHEND_REVISIT_LETTER);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    if (!facts.statementKnownRequired()) {
      return List.of();
    }
    Optional<ResolvedDate> requirement = facts.requirement();
    if (requirement.isPresent() && !facts.happened(requirement.get())) {
      return List.of();
    }
    Optional<RevisitFacts> revisit = facts.revisit().filter(r -> facts.happened(r.outcomeKnown()));
    if (revisit.isPresent() && revisit.get().allSufficient()) {
      return List.of(ceased(facts, requirement, revisit.get(), revisit.get().sufficient()));
    }
    List<Conclusion> conclusions = new ArrayList<>();
    var inForce = conclusion(ConclusionKind.QUARTERLY_VISITS_IN_FORCE, facts);
    if (requirement.isPresent()) {
      inForce.addDates(ConcernedDate.of(DateRole.IN_FORCE_FROM, requirement.get().getDate()))
          .addBasis(requirement.get().reference())
          .reasoning(Reason.lazily(() -> Wording.withNotes("A written statement of action has been required since "
              + Wording.date(requirement.get().getDate()) + ", so DfE and NHS England monitor the area through"
              + " formal quarterly support and challenge visits until a revisit finds sufficient progress on"
              + " every significant weakness.", requirement.get())));
    } else {
      inForce.addAllBasis(facts.weaknesses())
          .reasoning(Reason.of("A written statement of action is required, so DfE and NHS England monitor the area through"
              + " formal quarterly support and challenge visits until a revisit finds sufficient progress on"
              + " every significant weakness; the record gives no date from which they are in force."));
    }
    conclusions.add(inForce.build());
    revisit.ifPresent(r -> conclusions.add(conclusion(ConclusionKind.QUARTERLY_VISITS_CONTINUE, facts)
        .addDates(ConcernedDate.of(DateRole.REVISIT_OUTCOME_ON, r.outcomeKnown().getDate()))
        .addAllBasis(r.insufficientOutcomes())
        .reasoning(Reason.lazily(() -> Wording.withNotes("The revisit found sufficient progress on " + r.sufficient() + " of "
            + (r.sufficient() + r.notSufficient())
            + " significant weaknesses, so the quarterly visits do not cease: they cease only when every"
            + " significant weakness has sufficient progress.", r.outcomeKnown())))
        .build()));
    return conclusions;
  }

  private Conclusion ceased(InspectionFacts facts, Optional<ResolvedDate> requirement, RevisitFacts revisit,
      int found) {
    ResolvedDate known = revisit.outcomeKnown();
    var ceased = conclusion(ConclusionKind.QUARTERLY_VISITS_CEASED, facts)
        .addDates(ConcernedDate.of(DateRole.CEASED_ON, known.getDate()))
        .addAllBasis(revisit.outcomes());
    // A requirement the record dates only after the outcome is neither cited nor worded as "in force since".
    Optional<ResolvedDate> before = requirement.filter(r -> !r.getDate().isAfter(known.getDate()));
    before.ifPresent(r -> ceased.addBasis(r.reference()));
    String since = before.map(r -> ", in force since " + Wording.date(r.getDate()) + ",").orElse("");
    return ceased.reasoning(Reason.lazily(() -> Wording.withNotes("The revisit found sufficient progress on "
            + (found == 1 ? "the significant weakness" : "all " + found + " significant weaknesses")
            + (revisit.perWeakness() ? "" : " (known from counts)")
            + ", so DfE and NHS England's formal quarterly support and challenge visits" + since + " cease on "
            + Wording.date(known.getDate()) + ".", List.of(Optional.of(known), before))))
        .build();
  }
}
