package org.sendinspection.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.provenance.DatedFact;

/**
 * Collects the invariants one model object breaks, so that construction fails once with all of them.
 *
 * <p>Every {@code @Value.Check} method of the model starts one collector, states its rules and calls
 * {@link #check()}. Not thread-safe; use one per check.
 */
public final class Invariants {
  private final String typeName;
  private final List<Violation> violations = new ArrayList<>();

  private Invariants(String typeName) {
    this.typeName = typeName;
  }

  /**
   * Starts collecting for one object.
   *
   * @param typeName the model type's simple name, used in the error message; not null
   * @return a new collector
   */
  public static Invariants of(String typeName) {
    return new Invariants(typeName);
  }

  /**
   * Records a violation unless the condition holds.
   *
   * @param holds whether the rule holds
   * @param path the path of the field that breaks it; not null
   * @param rule the rule; not null
   * @param message what was found, as a sentence; not null
   * @return this collector
   */
  public Invariants require(boolean holds, String path, Invariant rule, String message) {
    if (!holds) {
      violations.add(new Violation(path, rule.id(), message));
    }
    return this;
  }

  /**
   * Records a violation if the later fact, under every claim the sources make, falls before the
   * earlier one under every claim. Where the sources disagree, a record is accepted as long as some
   * reading of its dates is in order: the disagreement is the sources', not the record's.
   *
   * @param earlier the fact that must come first; absent means nothing to check
   * @param later the fact that must not come before it; absent means nothing to check
   * @param path the path of the later fact; not null
   * @param rule the rule; not null
   * @param what a phrase naming the two facts, such as {@code "the on-site end (%s) is before the
   *     on-site start (%s)"}, with two {@code %s} for the later and earlier dates
   * @return this collector
   */
  public Invariants requireInOrder(
      Optional<DatedFact> earlier, Optional<DatedFact> later, String path, Invariant rule,
      String what) {
    if (earlier.isPresent() && later.isPresent()
        && later.get().latestPossible().isBefore(earlier.get().earliestPossible())) {
      violations.add(new Violation(path, rule.id(),
          String.format(what, later.get().describe(), earlier.get().describe())));
    }
    return this;
  }

  /** Records a violation found by a nested check, re-rooted under the given path. */
  public Invariants add(Violation violation) {
    violations.add(violation);
    return this;
  }

  /**
   * Throws if any rule was broken.
   *
   * @throws InvariantViolationException listing every violation recorded
   */
  public void check() {
    if (!violations.isEmpty()) {
      throw new InvariantViolationException(typeName, violations);
    }
  }
}
