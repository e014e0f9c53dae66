package org.sendinspection.rules.rules2016;

import java.util.List;
import java.util.Optional;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyStep;

/**
 * Rule {@code 2016.journey-state}: where the area's journey under the 2016 framework stands on the
 * as-of date, and since when, as the {@link org.sendinspection.rules.journey.JourneyStateMachine}
 * traced by {@link JourneyTracer} gives it.
 *
 * <p>Sources: those of the transitions: regulation 4 of the 2015 Regulations, the Essex council paper
 * (seed 001), the revisit letters (seeds 000 and 002), and the end of the programme, after which the
 * area's next inspection is under the 2023 framework and closes the journey.
 */
public final class JourneyStateRule extends Rule2016 {
  /** The rule's identifier. */
  public static final String ID = "2016.journey-state";

  public JourneyStateRule() {
    super(ID, "Where the area's journey stands on the as-of date",
        Sources2016.JOINT_AREA_REVIEWS_REGULATIONS_2015, Sources2016.ESSEX_SCRUTINY_PAPER,
        Sources2016.ESSEX_REVISIT_LETTER, Sources2016.SOUTHEND_REVISIT_LETTER, Sources2016.PROGRAMME_END);
  }

  @Override
  protected List<Conclusion> derive(InspectionFacts facts) {
    Journey journey = JourneyTracer.trace(facts);
    Optional<JourneyStep> step = journey.stepOn(facts.asOf());
    if (step.isEmpty()) {
      return List.of();
    }
    JourneyStep since = step.get();
    return List.of(conclusion(ConclusionKind.JOURNEY_STATE, facts)
        .addDates(ConcernedDate.of("as of", facts.asOf()), ConcernedDate.of("since", since.getDate()))
        .addBasis(since.getBasis())
        .reason("On " + Wording.date(facts.asOf()) + " the area's journey is at \"" + since.getState().description()
            + "\", since " + Wording.date(since.getDate()) + ", when " + since.getTrigger().description() + "."
            + since.getNote().map(n -> " " + n).orElse(""))
        .build());
  }
}
