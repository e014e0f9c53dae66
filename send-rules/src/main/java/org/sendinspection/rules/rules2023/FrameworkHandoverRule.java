package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.RuleIds;
import java.util.List;
import org.sendinspection.rules.conclusion.DateRole;
import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.Frameworks;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.conclusion.Certainty;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.Reason;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStep;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.rules2016.Sources2016;
import org.sendinspection.rules.internal.Wording;

/**
 * Rule {@code 2023.framework-handover}: an area SEND inspection that follows a 2016-framework inspection
 * closes that inspection's journey on its first day, and says what that means for the 2016 conclusions:
 * a statement of action never revisited is not revisited now (the area was carried into the 2023
 * framework), the quarterly visits stand as the 2016 record leaves them, and what follows is this
 * inspection's outcome.
 *
 * <p>Sources: Ofsted on the end of the 2016 programme (revisits continued to December 2022; an area not
 * revisited is next inspected under the area SEND framework from January 2023); the area SEND framework
 * and handbook, in force from 1 January 2023.
 */
final class FrameworkHandoverRule extends Rule2023 {
  /** The rule's identifier. */
  public static final String ID = RuleIds.FRAMEWORK_HANDOVER;

  public FrameworkHandoverRule() {
    super(ID, "What an area SEND inspection means for the 2016 journey before it", Sources2016.PROGRAMME_END,
        Sources2023.FRAMEWORK_AND_HANDBOOK);
  }

  @Override
  protected List<Conclusion> derive(AreaSendFacts facts) {
    Optional<RuleContext> previous = facts.previousInspectionContext()
        .filter(c -> c.inspection().framework() == FrameworkVersion.LOCAL_AREA_SEND_2016);
    if (previous.isEmpty()) {
      return List.of();
    }
    // The 2016 journey as its own framework traces it, so that this rule needs none of its internals.
    Journey journey = Frameworks.of(FrameworkVersion.LOCAL_AREA_SEND_2016).journey(previous.get());
    String earlier = previous.get().inspection().getId();
    Optional<ResolvedDate> firstDay = facts.onSiteStart();
    ResolvedDate began = firstDay.orElseGet(facts::begun);
    Optional<JourneyStep> before = journey.steps().stream()
        .filter(s -> s.getState() != JourneyState.CLOSED_BY_LATER_INSPECTION).reduce((a, b) -> b);
    if (before.isEmpty()) {
      return List.of();
    }
    JourneyStep stood = before.get();
    if (firstDay.isEmpty()) {
      return closedByAtTheLatest(facts, earlier, began, stood);
    }
    return List.of(conclusion(ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED, facts)
        .addDates(ConcernedDate.of(DateRole.CLOSED_ON, began.getDate()))
        .addBasis(began.reference(), stood.getBasis())
        .reasoning(Reason.lazily(() -> Wording.withNotes("This area SEND inspection began on " + Wording.date(began.getDate())
            + ", so the journey of the 2016-framework inspection '" + earlier + "' closes that day; it stood"
            + " at \"" + stood.getState().description() + "\" since " + Wording.date(stood.getDate()) + ". "
            + meaning(stood.getState()), began)))
        .build());
  }

  /**
   * The hand-over where the record gives no first day on site (a source that gives only the
   * publication): the 2016 journey was closed by the day the record shows this inspection had begun, at
   * the latest, which bounds the hand-over; the day it closed is not determinable, and a second conclusion
   * names the missing first day.
   */
  private List<Conclusion> closedByAtTheLatest(AreaSendFacts facts, String earlier, ResolvedDate began,
      JourneyStep stood) {
    String missing = facts.path() + ".onSiteStart";
    Conclusion closed = conclusion(ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED, facts)
        .certainty(Certainty.BOUNDED)
        .addDates(ConcernedDate.of(DateRole.CLOSED_BY, began.getDate()))
        .addBasis(began.reference(), stood.getBasis())
        .reasoning(Reason.lazily(() -> Wording.withNotes("This area SEND inspection had begun by " + Wording.date(began.getDate())
            + " (" + began.getDescription() + "), so the journey of the 2016-framework inspection '" + earlier
            + "' was closed by then at the latest; it stood at \"" + stood.getState().description() + "\" since "
            + Wording.date(stood.getDate()) + ". " + meaning(stood.getState()), began)))
        .build();
    Conclusion day = conclusion(ConclusionKind.NOT_DETERMINABLE, facts)
        .addDates(ConcernedDate.of(DateRole.CLOSED_BY, began.getDate()))
        .addBasis(began.reference())
        .addMissingFacts(missing)
        .reasoning(Reason.lazily(() -> "The record gives no first day on site of this area SEND inspection (" + missing + " is not"
            + " recorded), so the day the journey of the 2016-framework inspection '" + earlier + "' closed"
            + " cannot be settled; it closed by " + Wording.date(began.getDate()) + " at the latest."))
        .build();
    return List.of(closed, day);
  }

  /** What the hand-over means for the 2016 conclusions, by where the 2016 journey stood. */
  private static String meaning(JourneyState stood) {
    switch (stood) {
      case AWAITING_WSOA:
      case WSOA_OVERDUE:
      case WSOA_UNDER_EVALUATION:
      case WSOA_TO_BE_RESUBMITTED:
      case AWAITING_REVISIT:
      case REVISIT_OVERDUE:
      case NOT_REVISITED_MOVES_TO_2023_FRAMEWORK:
        return "The written statement of action was never revisited, so the area is next inspected under the"
            + " 2023 framework, as Ofsted provided when the 2016 programme ended: the 2016 revisit is no longer"
            + " due, the 2016 conclusions on the statement and the revisit stand only as a record of what was"
            + " outstanding, and the quarterly support and challenge visits stand as the 2016 record leaves"
            + " them (no revisit ended them). What follows now is this inspection's outcome.";
      case NEXT_STEPS_WITH_DFE_AND_NHSE:
        return "The 2016 revisit left weaknesses without sufficient progress, so the next steps were with DfE and"
            + " NHS England and no further revisit was to follow unless the Secretary of State directed; those"
            + " conclusions stand as the 2016 record leaves them. What follows now is this inspection's outcome.";
      case MONITORING_CEASED:
        return "The 2016 revisit had found sufficient progress on every weakness and the quarterly visits had"
            + " ceased, so nothing was outstanding under the 2016 framework. What follows now is this"
            + " inspection's outcome.";
      case NO_WSOA_REQUIRED:
        return "No written statement of action had been required, so nothing was outstanding under the 2016"
            + " framework. What follows now is this inspection's outcome.";
      default:
        return "What the 2016 journey awaited is no longer awaited. What follows now is this inspection's outcome.";
    }
  }
}
