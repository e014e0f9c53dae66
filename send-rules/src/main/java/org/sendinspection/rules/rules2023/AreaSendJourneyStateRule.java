package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.RuleIds;
import java.util.List;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.internal.JourneyStateConclusion;

/**
 * Rule {@code 2023.journey-state}: where the journey after an area SEND inspection stands on the as-of
 * date, and since when, as {@link AreaSendJourneyTracer} traces it through {@link
 * org.sendinspection.rules.journey.JourneyStateMachine#framework2023()}.
 *
 * <p>Sources: those of the transitions: the area SEND framework and handbook, the reports of
 * Southend-on-Sea (2023) and Suffolk (2024), and the handbook's timing as a parent carer forum quotes it.
 */
final class AreaSendJourneyStateRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.JOURNEY_STATE_2023;

  public AreaSendJourneyStateRule() {
    super(ID, "Where the journey after the area SEND inspection stands on the as-of date",
        Sources2023.FRAMEWORK_AND_HANDBOOK, Sources2023.SOUTHEND_REPORT_2023_TIMING,
        Sources2023.SUFFOLK_REPORT_2024_TIMING, Sources2023.TIMING_AS_QUOTED);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    return JourneyStateConclusion.on(facts.journey(), facts.asOf(),
        conclusion(ConclusionKind.JOURNEY_STATE, facts));
  }
}
