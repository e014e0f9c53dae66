package org.sendinspection.rules.rules2016;

import java.util.List;
import org.sendinspection.rules.Rule;

/**
 * The rules of the 2016 framework, in the order a journey meets them.
 */
public final class Rules2016 {
  private Rules2016() {}

  /** Every rule of the 2016 framework. */
  public static List<Rule> all() {
    return List.of(new StatementRequiredRule(), new StatementDueRule(), new StatementEvaluationRule(),
        new RevisitDueRule(), new QuarterlyVisitsRule(), new NextStepsRule(), new SupersededRule(), new JourneyStateRule());
  }
}
