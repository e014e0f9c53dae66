package org.sendinspection.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * Every rule the derivation applies, in order, so that a reader finds any rule from its identifier and
 * a user can list the rules with their sources.
 *
 * <p>Immutable and thread-safe. {@link #standard()} holds the rules of each {@link Framework}, oldest
 * framework first, as {@link Frameworks#all()} lists them. {@code
 * RuleRegistry.standard().describe()} lists each rule's identifier, title and sources.
 */
public final class RuleRegistry {
  private static final RuleRegistry STANDARD = of(Frameworks.all().stream().flatMap(f -> f.rules().stream())
      .collect(Collectors.toList()));

  private final List<Rule> rules;
  private final Map<FrameworkVersion, List<Rule>> byFramework = new EnumMap<>(FrameworkVersion.class);

  private RuleRegistry(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    // Sorted once here, not for each inspection derived.
    for (FrameworkVersion framework : FrameworkVersion.values()) {
      byFramework.put(framework, this.rules.stream().filter(r -> r.framework() == framework)
          .collect(Collectors.toUnmodifiableList()));
    }
  }

  /** The library's rules. */
  public static RuleRegistry standard() {
    return STANDARD;
  }

  /**
   * A registry of the given rules, such as the standard ones with a user's own added.
   *
   * @param rules the rules in the order they apply; not null
   * @return the registry
   * @throws IllegalArgumentException if two rules share an identifier or a rule names no source
   */
  public static RuleRegistry of(List<Rule> rules) {
    Objects.requireNonNull(rules, "rules");
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("two rules share the identifier '" + rule.id() + "'");
      }
      if (rule.sources().isEmpty()) {
        throw new IllegalArgumentException("rule '" + rule.id() + "' names no source");
      }
    }
    return new RuleRegistry(rules);
  }

  /** Every rule, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rules that apply to inspections under a framework, in order. */
  public List<Rule> rulesFor(FrameworkVersion framework) {
    return new ArrayList<>(byFramework.get(framework));
  }

  /** The same, unmodifiable and not copied, for the derivation. */
  List<Rule> applying(FrameworkVersion framework) {
    return byFramework.get(framework);
  }

  /** The rule with an identifier, such as {@code 2016.wsoa-due}. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Every rule with its identifier, title and sources, one block per rule. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    for (Rule rule : rules) {
      text.append(rule.id()).append(": ").append(rule.title()).append('\n');
      for (RuleSource source : rule.sources()) {
        text.append("  - ").append(source.describe()).append('\n');
      }
    }
    return text.toString();
  }
}
