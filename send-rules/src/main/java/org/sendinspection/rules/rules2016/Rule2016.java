package org.sendinspection.rules.rules2016;

import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.FrameworkRule;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * The base of the 2016 framework's rules: they apply to 2016-framework inspections that have begun by
 * the as-of date, and read them through {@link InspectionFacts}.
 */
abstract class Rule2016 extends FrameworkRule<InspectionFacts> {

  protected Rule2016(String id, String title, RuleSource... sources) {
    super(id, title, FrameworkVersion.LOCAL_AREA_SEND_2016, sources);
  }

  @Override
  protected final Optional<InspectionFacts> facts(RuleContext context) {
    if (context.inspection().framework() != framework()) {
      return Optional.empty();
    }
    InspectionFacts facts = InspectionFacts.of(context);
    return facts.happened(facts.onSiteStart()) ? Optional.of(facts) : Optional.empty();
  }

  /**
   * From the first day of the area's next full inspection, what the 2016 framework still required
   * (the statement, the revisit, the quarterly visits, the progress review) is superseded: an area
   * with a statement never revisited is next inspected under the 2023 framework, whose outcome says
   * what follows. Conclusions about what happened before stay; those of obligations still in force do
   * not, and {@link SupersededRule} says when and why they ended.
   */
  @Override
  protected final List<Conclusion> inForce(InspectionFacts facts, List<Conclusion> conclusions) {
    if (facts.supersededBy().isEmpty()) {
      return conclusions;
    }
    boolean revisited = facts.revisit().filter(r -> facts.happened(r.began())).isPresent();
    // When the revisit was due stays true of the past once it has taken place.
    return conclusions.stream()
        .filter(c -> !SupersededRule.ENDED.contains(c.getKind())
            || (revisited && c.getKind() == ConclusionKind.REVISIT_DUE))
        .collect(Collectors.toList());
  }

  @Override
  protected final String inspectionId(InspectionFacts facts) {
    return facts.id();
  }
}
