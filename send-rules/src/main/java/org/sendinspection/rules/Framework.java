package org.sendinspection.rules;

import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.journey.Journey;

/**
 * One version of the inspection framework as the derivation needs it: its rules, the journey an
 * inspection under it takes, and what it adds to the summary numbers.
 *
 * <p>Each framework version has exactly one, found through {@link Frameworks}, so that {@link
 * Derivation} never asks which framework an inspection is under. Implementations are stateless and
 * thread-safe. Which citations an inspection holds is the model's to say ({@code CitationWalk}), each
 * inspection type listing its own.
 */
public interface Framework {

  /** The framework version this is. */
  FrameworkVersion version();

  /** The framework's rules, in the order a journey meets them; each names {@link #version()} as its framework. */
  List<Rule> rules();

  /**
   * The journey of the context's inspection up to the as-of date.
   *
   * @param context an inspection under this framework, as of a date; not null
   * @return the journey; with no step where the inspection had not begun
   * @throws IllegalArgumentException if the inspection is under another framework
   */
  Journey journey(RuleContext context);

  /**
   * The summary numbers of the context's inspection, where the framework has them.
   *
   * @param context an inspection under this framework, as of a date; not null
   * @return the summary, or empty where the framework gives none or the inspection had not begun
   * @throws IllegalArgumentException if the inspection is under another framework
   */
  Optional<InspectionSummary> summary(RuleContext context);
}
