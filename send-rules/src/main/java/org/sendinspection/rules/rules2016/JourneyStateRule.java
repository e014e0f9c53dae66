package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.RuleIds;
import java.util.List;
import org.sendinspection.rules.internal.JourneyStateConclusion;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * Rule {@code 2016.journey-state}: where the area's journey under the 2016 framework stands on the
 * as-of date, and since when, as the {@link org.sendinspection.rules.journey.JourneyStateMachine}
 * traced by {@link JourneyTracer} gives it.
 *
 * <p>Sources: those of the transitions: regulation 4 of the 2015 Regulations, the Essex council paper
 * (Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families Scrutiny Committee, 2020,
 * www.essex.gov.uk), the revisit letters (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June
 * 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in Southend-on-Sea</i>, 14 June
 * 2021, reports.ofsted.gov.uk), and the end of the programme, after which the
 * area's next inspection is under the 2023 framework and closes the journey.
 */
final class JourneyStateRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.JOURNEY_STATE_2016;

  public JourneyStateRule() {
    super(ID, "Where the area's journey stands on the as-of date",
        Sources2016.JOINT_AREA_REVIEWS_REGULATIONS_2015, Sources2016.ESSEX_SCRUTINY_PAPER,
        Sources2016.ESSEX_REVISIT_LETTER, Sources2016.SOUTHEND_REVISIT_LETTER, Sources2016.PROGRAMME_END);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    return JourneyStateConclusion.on(facts.journey(), facts.asOf(),
        conclusion(ConclusionKind.JOURNEY_STATE, facts));
  }
}
