package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.RuleIds;
import java.util.ArrayList;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.Wording;

/**
 * Rule {@code 2023.strategic-plan}: after outcome 1 or 2, Ofsted and CQC ask the local area partnership
 * to update and publish its strategic plan based on the report's recommendations.
 *
 * <p>Sources: the area SEND framework and handbook; Southend-on-Sea's 2023 report ("Ofsted and the Care
 * Quality Commission (CQC) ask that the local area partnership updates and publishes its strategic plan
 * based on the recommendations set out in this report").
 */
final class StrategicPlanRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.STRATEGIC_PLAN;

  public StrategicPlanRule() {
    super(ID, "Whether the partnership updates and publishes its strategic plan",
        Sources2023.FRAMEWORK_AND_HANDBOOK, Sources2023.SOUTHEND_REPORT_2023);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    ResolvedDate report = facts.report();
    if (!facts.outcome().asksForStrategicPlanUpdate() || !facts.happened(report)) {
      return List.of();
    }
    List<FactReference> basis = new ArrayList<>();
    basis.add(report.reference());
    int improvements = facts.inspection().getAreasForImprovement().size();
    for (int i = 0; i < improvements; i++) {
      basis.add(FactReference.of(facts.path() + ".areasForImprovement[" + i + "]", "area for improvement " + (i + 1)
          + ": " + facts.inspection().getAreasForImprovement().get(i).getStatement()));
    }
    return List.of(conclusion(ConclusionKind.STRATEGIC_PLAN_UPDATE_REQUESTED, facts)
        .addDates(ConcernedDate.of(DateRole.REQUESTED_ON, report.getDate()))
        .addAllBasis(basis)
        .reasoning(Reason.lazily(() -> Wording.withNotes("With outcome " + facts.outcome().number() + ", Ofsted and CQC ask the local area"
            + " partnership to update and publish its strategic plan based on the report's recommendations ("
            + facts.inspection().numberOfAreasForImprovement()
                .map(n -> Wording.count(n, "area for improvement", "areas for improvement"))
                .orElse("its areas for improvement are not recorded") + "); no priority action"
            + " plan is required.", report)))
        .build());
  }
}
