package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.RuleIds;
import java.util.List;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.Wording;

/**
 * Rule {@code 2023.outcome}: the one outcome of an area SEND inspection, in the reports' words, known
 * from the partnership's receipt of the report; DfE and NHS England's support and challenge rise with it.
 *
 * <p>Sources: the area SEND framework and handbook (three outcomes); DfE, "Area SEND inspections:
 * support and challenge following inspection" (16 May 2023).
 */
final class OutcomeRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.OUTCOME;

  public OutcomeRule() {
    super(ID, "The outcome of the area SEND inspection", Sources2023.FRAMEWORK_AND_HANDBOOK,
        Sources2023.SUPPORT_AND_CHALLENGE);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    ResolvedDate report = facts.report();
    if (!facts.happened(report)) {
      return List.of();
    }
    // A source that gives only the outcome says nothing of the areas for improvement: no count is claimed.
    String improvements = facts.inspection().numberOfAreasForImprovement()
        .map(n -> " The report lists " + Wording.count(n, "area for improvement", "areas for improvement") + ".")
        .orElse(" The areas for improvement are not recorded.");
    return List.of(conclusion(ConclusionKind.AREA_SEND_OUTCOME, facts)
        .addDates(ConcernedDate.of(DateRole.REPORTED_ON, report.getDate()))
        .addBasis(report.reference())
        .reasoning(Reason.lazily(() -> Wording.withNotes("Outcome " + facts.outcome().number() + " of 3: \"" + facts.outcome().wording()
            + "\"" + improvements + " DfE and NHS England support and challenge the partnership after inspection,"
            + " more intensively the higher the outcome's number.", report)))
        .build());
  }
}
