package org.sendinspection.rules.internal;

import java.time.LocalDate;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.List;
import java.util.Optional;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.ImmutableConclusion;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyStep;

/**
 * The journey-state conclusion both frameworks' journey-state rules give: the state a journey is at on
 * the as-of date, since when, and why, in the same words whichever framework traced it.
 */
public final class JourneyStateConclusion {

  private JourneyStateConclusion() {}

  /**
   * Completes a rule's journey-state conclusion.
   *
   * @param journey the traced journey; not null
   * @param asOf the as-of date; not null
   * @param conclusion the rule's conclusion, its kind, rule, inspection and sources already set; not null
   * @return the conclusion, or none where the journey has no step by the as-of date
   */
  public static List<Conclusion> on(Journey journey, LocalDate asOf, ImmutableConclusion.Builder conclusion) {
    Optional<JourneyStep> step = journey.stepOn(asOf);
    if (step.isEmpty()) {
      return List.of();
    }
    JourneyStep since = step.get();
    return List.of(conclusion
        .addDates(ConcernedDate.of(DateRole.AS_OF, asOf), ConcernedDate.of(DateRole.SINCE, since.getDate()))
        .addBasis(since.getBasis())
        .reasoning(Reason.lazily(() -> "On " + Wording.date(asOf) + " the area's journey is at \"" + since.getState().description()
            + "\", since " + Wording.date(since.getDate()) + ", when " + since.getTrigger().description() + "."
            + since.getNote().map(n -> " " + n).orElse("")))
        .build());
  }
}
