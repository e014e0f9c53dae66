package org.sendinspection.rules.rules2016;

import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.rules.Rule;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ImmutableConclusion;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * The base of the 2016 framework's rules: it applies a rule only to 2016-framework inspections that
 * have begun by the as-of date, starts each conclusion with the rule's identifier and sources, and
 * makes sure each reason names every disagreement between sources on the facts it rests on.
 */
public abstract class Rule2016 implements Rule {
  private final String id;
  private final String title;
  private final List<RuleSource> sources;

  protected Rule2016(String id, String title, RuleSource... sources) {
    this.id = id;
    this.title = title;
    this.sources = List.of(sources);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final FrameworkVersion framework() {
    return FrameworkVersion.LOCAL_AREA_SEND_2016;
  }

  @Override
  public final List<RuleSource> sources() {
    return sources;
  }

  @Override
  public final List<Conclusion> derive(RuleContext context) {
    if (!(context.inspection() instanceof LocalAreaSendInspection)) {
      return List.of();
    }
    InspectionFacts facts = InspectionFacts.of(context);
    if (!facts.happened(facts.onSiteStart())) {
      return List.of();
    }
    return derive(facts).stream().map(Conclusion::withDisputesNamed).collect(Collectors.toList());
  }

  /**
   * What follows from an inspection that has begun by the as-of date.
   *
   * @param facts the inspection's facts; not null
   * @return the conclusions, possibly none
   */
  protected abstract List<Conclusion> derive(InspectionFacts facts);

  /** A conclusion of this rule about the inspection, citing the rule's sources. */
  protected final ImmutableConclusion.Builder conclusion(ConclusionKind kind, InspectionFacts facts) {
    return Conclusion.builder().kind(kind).ruleId(id).inspectionId(facts.id()).addAllCitations(sources);
  }

  /** A conclusion of this rule about the inspection, citing only the given sources. */
  protected final ImmutableConclusion.Builder conclusion(ConclusionKind kind, InspectionFacts facts,
      RuleSource... citing) {
    return Conclusion.builder().kind(kind).ruleId(id).inspectionId(facts.id()).addCitations(citing);
  }

  @Override
  public String toString() {
    return id + ": " + title;
  }
}
