package org.sendinspection.rules.rules2023;

import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.FrameworkRule;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * The base of the 2023 framework's rules: they apply to 2023-framework inspections that have begun by
 * the as-of date, and read them through {@link AreaSendFacts}.
 */
abstract class Rule2023 extends FrameworkRule<AreaSendFacts> {

  protected Rule2023(String id, String title, RuleSource... sources) {
    super(id, title, FrameworkVersion.AREA_SEND_2023, sources);
  }

  @Override
  protected final Optional<AreaSendFacts> facts(RuleContext context) {
    if (context.inspection().framework() != framework()) {
      return Optional.empty();
    }
    AreaSendFacts facts = AreaSendFacts.of(context);
    return facts.happened(facts.begun()) ? Optional.of(facts) : Optional.empty();
  }

  @Override
  protected final String inspectionId(AreaSendFacts facts) {
    return facts.id();
  }
}
