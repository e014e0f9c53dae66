package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.Wording;

/**
 * Rule {@code 2023.priority-action-plan}: after outcome 3, HMCI requires the local area partnership to
 * prepare and submit a priority action plan (area SEND) addressing the areas for priority action, each
 * with the bodies the report holds responsible.
 *
 * <p>Sources: the area SEND framework and handbook; Suffolk's 2024 report ("His Majesty's Chief
 * Inspector requires the local area partnership to prepare and submit a priority action plan (area
 * SEND)").
 */
final class PriorityActionPlanRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.PRIORITY_ACTION_PLAN;

  public PriorityActionPlanRule() {
    super(ID, "Whether HMCI requires a priority action plan, and for which areas and bodies",
        Sources2023.FRAMEWORK_AND_HANDBOOK, Sources2023.SUFFOLK_REPORT_2024);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    ResolvedDate report = facts.report();
    if (!facts.outcome().requiresPriorityActionPlan() || !facts.happened(report)) {
      return List.of();
    }
    List<AreaForPriorityAction> areas = facts.inspection().getAreasForPriorityAction();
    String required = "With outcome 3, HMCI requires the local area partnership to prepare and submit a priority"
        + " action plan (area SEND) addressing its ";
    if (areas.isEmpty()) {
      return List.of(withoutDetail(facts, report, required));
    }
    List<FactReference> basis = new ArrayList<>();
    basis.add(report.reference());
    List<String> named = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      AreaForPriorityAction area = areas.get(i);
      String bodies = Wording.and(area.getResponsibleBodies());
      basis.add(FactReference.of(facts.path() + ".areasForPriorityAction[" + i + "]", "area for priority action '"
          + area.getId() + "', responsible: " + bodies));
      named.add("'" + area.getId() + "' (responsible: " + bodies + ")");
    }
    List<String> bodies = areas.stream().flatMap(a -> a.getResponsibleBodies().stream()).distinct()
        .collect(Collectors.toList());
    return List.of(conclusion(ConclusionKind.PRIORITY_ACTION_PLAN_REQUIRED, facts)
        .addDates(ConcernedDate.of(DateRole.REQUIRED_FROM, report.getDate()))
        .addAllBasis(basis)
        .reasoning(Reason.lazily(() -> Wording.withNotes(required + Wording.count(areas.size(),
                "area for priority action", "areas for priority action") + ": " + Wording.and(named) + ". "
            + "The report's table names as responsible, as it spells them: " + Wording.and(bodies) + "."
            + planRecorded(facts), report)))
        .build());
  }

  /** What the record holds of the plan's submission and acceptance, as a sentence; empty where nothing. */
  private static String planRecorded(AreaSendFacts facts) {
    List<String> parts = new ArrayList<>();
    facts.inspection().getPriorityActionPlan().ifPresent(plan -> {
      plan.getSubmittedOn().ifPresent(d -> parts.add("submitted on " + d.describe()));
      plan.getAcceptedOn().ifPresent(d -> parts.add("accepted on " + d.describe()));
    });
    return parts.isEmpty() ? "" : " The record shows the plan was " + Wording.and(parts) + ".";
  }

  /**
   * The requirement where the record holds the areas for priority action only as a count (Ofsted's
   * management information) or not at all (a source that gives only the outcome).
   */
  private Conclusion withoutDetail(AreaSendFacts facts, ResolvedDate report, String required) {
    var conclusion = conclusion(ConclusionKind.PRIORITY_ACTION_PLAN_REQUIRED, facts)
        .addDates(ConcernedDate.of(DateRole.REQUIRED_FROM, report.getDate()))
        .addBasis(report.reference());
    Optional<Integer> counted = facts.inspection().getAreasForPriorityActionCount();
    if (counted.isPresent()) {
      return conclusion.addBasis(FactReference.of(facts.path() + ".areasForPriorityActionCount",
              Wording.count(counted.get(), "area for priority action", "areas for priority action")
                  + ", known only as a count"))
          .reasoning(Reason.lazily(() -> Wording.withNotes(required + Wording.count(counted.get(), "area for priority action",
              "areas for priority action") + "; the record gives them only as a count, so which areas they are and"
              + " which bodies are responsible for each is not known." + planRecorded(facts), report)))
          .build();
    }
    return conclusion.reasoning(Reason.lazily(() -> Wording.withNotes(required + "areas for priority action; the record does not give"
        + " them, so how many there are, what they are and which bodies are responsible is not known."
        + planRecorded(facts), report)))
        .build();
  }
}
