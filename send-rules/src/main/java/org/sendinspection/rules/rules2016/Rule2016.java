package org.sendinspection.rules.rules2016;

import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.rules.FrameworkRule;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * The base of the 2016 framework's rules: they apply to 2016-framework inspections that have begun by
 * the as-of date, and read them through {@link InspectionFacts}.
 */
public abstract class Rule2016 extends FrameworkRule<InspectionFacts> {

  protected Rule2016(String id, String title, RuleSource... sources) {
    super(id, title, FrameworkVersion.LOCAL_AREA_SEND_2016, sources);
  }

  @Override
  protected final Optional<InspectionFacts> facts(RuleContext context) {
    if (!(context.inspection() instanceof LocalAreaSendInspection)) {
      return Optional.empty();
    }
    InspectionFacts facts = InspectionFacts.of(context);
    return facts.happened(facts.onSiteStart()) ? Optional.of(facts) : Optional.empty();
  }

  @Override
  protected final String inspectionId(InspectionFacts facts) {
    return facts.id();
  }
}
