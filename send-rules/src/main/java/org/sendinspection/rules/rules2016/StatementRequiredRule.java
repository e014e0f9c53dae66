package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * Rule {@code 2016.wsoa-required}: HMCI requires a written statement of action if and only if the
 * inspection found at least one significant weakness, and the local authority and the area's health
 * commissioners on that date are jointly responsible for it.
 *
 * <p>Sources: regulation 4 of the Children Act 2004 (Joint Area Reviews) Regulations 2015; the revisit
 * letters to Essex and Southend-on-Sea (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June
 * 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in Southend-on-Sea</i>, 14 June
 * 2021, reports.ofsted.gov.uk): "HMCI determined that the local authority
 * and the area's clinical commissioning group(s) (CCG) were jointly responsible". The partners are
 * those the record lists as acting on the day the requirement took effect ({@code LocalArea.partnersOn}).
 */
final class StatementRequiredRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.STATEMENT_REQUIRED;

  StatementRequiredRule() {
    super(ID, "Whether a written statement of action is required, and who is jointly responsible",
        Sources2016.JOINT_AREA_REVIEWS_REGULATIONS_2015, Sources2016.DETERMINATION_IN_REVISIT_LETTERS);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    Optional<ResolvedDate> requirement = facts.requirement();
    if (requirement.isPresent() && !facts.happened(requirement.get())) {
      return List.of();
    }
    if (facts.statementRequired().isEmpty()) {
      return List.of(conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
          .addAllBasis(facts.weaknesses())
          .addMissingFacts(facts.weaknessesPath())
          .reasoning(Reason.of("The record does not give the inspection's significant weaknesses or their number (its report"
              + " is not recorded), so whether HMCI requires a written statement of action cannot be settled."))
          .build());
    }
    if (!facts.statementKnownRequired()) {
      return List.of(notRequired(facts, requirement));
    }
    String found = facts.weaknessesFound()
        .map(n -> Wording.count(n, "significant weakness", "significant weaknesses"))
        .orElse("significant weaknesses (their number is not recorded)");
    if (requirement.isEmpty()) {
      return List.of(conclusion(ConclusionKind.WSOA_REQUIRED, facts)
          .addAllBasis(facts.weaknesses())
          .reasoning(Reason.lazily(() -> "The inspection found " + found
              + ", so HMCI requires a written statement of action; the record gives no date for the report or"
              + " HMCI's determination, so when the requirement took effect, and so which partners are jointly"
              + " responsible, cannot be worked out."))
          .build());
    }
    ResolvedDate from = requirement.get();
    List<FactReference> partners = facts.principalAuthoritiesOn(from.getDate());
    List<FactReference> basis = new ArrayList<>(facts.weaknesses());
    basis.add(from.reference());
    basis.addAll(partners);
    return List.of(conclusion(ConclusionKind.WSOA_REQUIRED, facts)
        .addDates(ConcernedDate.of(DateRole.REQUIRED_FROM, from.getDate()))
        .addAllBasis(basis)
        .reasoning(Reason.lazily(() -> Wording.withNotes("The inspection found " + found
            + ", so HMCI requires a written statement of action from " + Wording.date(from.getDate())
            + "; " + responsible(partners, facts) + ".", from)))
        .build());
  }

  private Conclusion notRequired(InspectionFacts facts, Optional<ResolvedDate> report) {
    var conclusion = conclusion(ConclusionKind.WSOA_NOT_REQUIRED, facts)
        .addAllBasis(facts.weaknesses());
    report.ifPresent(r -> conclusion.addDates(ConcernedDate.of(DateRole.REPORTED_ON, r.getDate())).addBasis(r.reference()));
    return conclusion
        .reasoning(Reason.lazily(() -> Wording.withNotes("The inspection found no significant weakness, so no written statement of"
            + " action is required.", report.stream().toArray(ResolvedDate[]::new))))
        .build();
  }

  private static String responsible(List<FactReference> partners, InspectionFacts facts) {
    String named = facts.namedJointlyResponsible().isEmpty() ? ""
        : " (the letter names " + Wording.and(facts.namedJointlyResponsible()) + ")";
    if (partners.isEmpty()) {
      return "the record lists no local authority or health commissioner acting on that date, so who is"
          + " jointly responsible cannot be named from it" + named;
    }
    return Wording.and(partners.stream().map(FactReference::getDescription).collect(Collectors.toList()))
        + (partners.size() == 1 ? " is" : " are") + " jointly responsible for it, as the local authority and"
        + " health commissioners acting on that date" + named;
  }
}
