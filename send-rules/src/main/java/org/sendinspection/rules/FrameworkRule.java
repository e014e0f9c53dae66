package org.sendinspection.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ImmutableConclusion;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * The base of each framework's rules: a rule applies only to inspections of its framework that have
 * begun by the as-of date, starts each conclusion with the rule's identifier and sources, and makes sure
 * each reason names every disagreement between sources on the facts it rests on.
 *
 * @param <F> the facts a framework's rules read about one inspection
 */
public abstract class FrameworkRule<F> implements Rule {
  private final String id;
  private final String title;
  private final FrameworkVersion framework;
  private final List<RuleSource> sources;

  protected FrameworkRule(String id, String title, FrameworkVersion framework, RuleSource... sources) {
    this.id = id;
    this.title = title;
    this.framework = framework;
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
    return framework;
  }

  @Override
  public final List<RuleSource> sources() {
    return sources;
  }

  @Override
  public final List<Conclusion> derive(RuleContext context) {
    Optional<F> facts = facts(context);
    if (facts.isEmpty()) {
      return List.of();
    }
    List<Conclusion> derived = inForce(facts.get(), derive(facts.get()));
    List<Conclusion> named = new ArrayList<>(derived.size());
    for (Conclusion conclusion : derived) {
      named.add(conclusion.withDisputesNamed());
    }
    return named;
  }

  /**
   * The facts of the context's inspection, if it is of this rule's framework and began by the as-of date.
   *
   * @param context the inspection and as-of date; not null
   * @return the facts, or empty where the rule does not apply
   */
  protected abstract Optional<F> facts(RuleContext context);

  /**
   * The conclusions that still hold on the as-of date: all of them, unless a framework's obligations
   * can be superseded, as the 2016 framework's are by the area's next full inspection.
   *
   * @param facts the inspection's facts; not null
   * @param conclusions what the rule derived; not null
   * @return the conclusions that hold
   */
  protected List<Conclusion> inForce(F facts, List<Conclusion> conclusions) {
    return conclusions;
  }

  /** The identifier of the inspection the facts are about. */
  protected abstract String inspectionId(F facts);

  /**
   * What follows from an inspection that has begun by the as-of date.
   *
   * @param facts the inspection's facts; not null
   * @return the conclusions, possibly none
   */
  protected abstract List<Conclusion> derive(F facts);

  /** A conclusion of this rule about the inspection, citing the rule's sources. */
  protected final ImmutableConclusion.Builder conclusion(ConclusionKind kind, F facts) {
    return Conclusion.builder().kind(kind).ruleId(id).inspectionId(inspectionId(facts)).addAllCitations(sources);
  }

  /** A conclusion of this rule about the inspection, citing only the given sources. */
  protected final ImmutableConclusion.Builder conclusion(ConclusionKind kind, F facts, RuleSource... citing) {
    return Conclusion.builder().kind(kind).ruleId(id).inspectionId(inspectionId(facts)).addCitations(citing);
  }

  @Override
  public String toString() {
    return id + ": " + title;
  }
}
