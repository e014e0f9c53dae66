package org.sendinspection.rules.rules2023;

import java.util.List;
import org.sendinspection.rules.Rule;

/**
 * The rules of the 2023 framework, in the order a journey meets them.
 */
public final class Rules2023 {
  private Rules2023() {}

  /** Every rule of the 2023 framework. */
  public static List<Rule> all() {
    return List.of(new FrameworkHandoverRule(), new PreviousInspectionRule(), new OutcomeRule(),
        new StrategicPlanRule(), new PriorityActionPlanRule(), new MonitoringInspectionRule(),
        new NextFullInspectionRule(), new AreaSendJourneyStateRule());
  }
}
