package org.sendinspection.rules.rules2016;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.Framework;
import org.sendinspection.rules.ImmutableInspectionSummary;
import org.sendinspection.rules.InspectionSummary;
import org.sendinspection.rules.Rule;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.journey.Journey;

/**
 * The 2016 framework: its rules in the order a journey meets them, the journey of its inspections
 * through the statement, the revisit and what followed, and the summary numbers of each inspection.
 */
public final class Framework2016 implements Framework {
  private static final Framework2016 FRAMEWORK = new Framework2016();

  private final List<Rule> rules = List.of(new StatementRequiredRule(), new StatementDueRule(),
      new StatementEvaluationRule(), new RevisitDueRule(), new QuarterlyVisitsRule(), new NextStepsRule(),
      new SupersededRule(), new JourneyStateRule());

  private Framework2016() {}

  /** The framework; found through {@code Frameworks.of(FrameworkVersion.LOCAL_AREA_SEND_2016)}. */
  public static Framework framework() {
    return FRAMEWORK;
  }

  @Override
  public FrameworkVersion version() {
    return FrameworkVersion.LOCAL_AREA_SEND_2016;
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public Journey journey(RuleContext context) {
    return InspectionFacts.of(context).journey();
  }

  @Override
  public Optional<InspectionSummary> summary(RuleContext context) {
    InspectionFacts facts = InspectionFacts.of(context);
    return facts.happened(facts.onSiteStart()) ? Optional.of(summary(facts)) : Optional.empty();
  }

  /** The summary of an inspection's facts as of their date. */
  private static InspectionSummary summary(InspectionFacts facts) {
    ResolvedDate began = facts.onSiteStart();
    Optional<RevisitFacts> outcome = facts.revisit().filter(r -> facts.happened(r.outcomeKnown()));
    return ImmutableInspectionSummary.builder()
        .inspectionId(facts.id())
        .weaknessesFound(facts.weaknessesFound())
        .weaknessesWithSufficientProgress(outcome.map(RevisitFacts::sufficient))
        .revisitOutcome(outcome.map(RevisitFacts::summary))
        .daysToStatementAcceptance(facts.happened(facts.acceptance())
            .map(a -> ChronoUnit.DAYS.between(began.getDate(), a.getDate())))
        .daysToRevisit(facts.revisit().map(RevisitFacts::began).filter(facts::happened)
            .map(r -> ChronoUnit.DAYS.between(began.getDate(), r.getDate())))
        .build();
  }

  @Override
  public String toString() {
    return "Framework[" + version().wireName() + "]";
  }
}
