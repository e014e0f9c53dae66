package org.sendinspection.rules.rules2023;

import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.Framework;
import org.sendinspection.rules.Rule;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.InspectionSummary;

/**
 * The 2023 framework: its rules in the order a journey meets them and the journey of its inspections
 * from the outcome to the next inspection. It adds nothing to the summary numbers, which are the 2016
 * framework's.
 */
public final class Framework2023 implements Framework {
  private static final Framework2023 FRAMEWORK = new Framework2023();

  private final List<Rule> rules = List.of(new FrameworkHandoverRule(), new PreviousInspectionRule(),
      new OutcomeRule(), new StrategicPlanRule(), new PriorityActionPlanRule(), new MonitoringInspectionRule(),
      new NextFullInspectionRule(), new AreaSendJourneyStateRule());

  private Framework2023() {}

  /** The framework; found through {@code Frameworks.of(FrameworkVersion.AREA_SEND_2023)}. */
  public static Framework framework() {
    return FRAMEWORK;
  }

  @Override
  public FrameworkVersion version() {
    return FrameworkVersion.AREA_SEND_2023;
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public Journey journey(RuleContext context) {
    return AreaSendFacts.of(context).journey();
  }

  @Override
  public Optional<InspectionSummary> summary(RuleContext context) {
    AreaSendFacts.of(context);
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Framework[" + version().wireName() + "]";
  }
}
