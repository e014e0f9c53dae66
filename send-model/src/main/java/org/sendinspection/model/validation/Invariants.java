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

  /**
   * Records a violation unless the text says something: it holds a {@linkplain VisibleText visible
   * character}, as the JSON reader and the schema require, so that no built object is one the reader
   * refuses. Text only of white space, no-break spaces, control or format characters is blank; so Bean
   * Validation's {@code @NotBlank} never rejects what construction accepts.
   *
   * @param text the text; may be null only where a null was passed in, which is reported
   * @param path the path of the field; not null
   * @return this collector
   */
  public Invariants requireText(String text, String path) {
    if (text == null || FieldRules.isBlank(text)) {
      return require(false, path, Invariant.TEXT_NOT_BLANK,
          "the text is " + (text == null ? "missing" : "blank (found '" + VisibleText.escaped(text) + "')")
              + "; give the words as the source states them");
    }
    int lone = VisibleText.loneSurrogate(text);
    return require(lone < 0, path, Invariant.TEXT_WELL_FORMED, lone < 0 ? ""
        : "the text holds a lone surrogate " + String.format("\\u%04X", (int) text.charAt(lone)) + " at character "
            + (lone + 1) + ", which is not a character and cannot be written as UTF-8; give whole characters");
  }

  /**
   * Records a violation if an optional text is present but blank: a text the source does not give is
   * left out, never written as an empty string, which the wire format could not tell from absence.
   *
   * @param text the text, if any; not null
   * @param path the path of the field; not null
   * @return this collector
   */
  public Invariants requireText(java.util.Optional<String> text, String path) {
    return text.isPresent() ? requireText(text.get(), path) : this;
  }

  /**
   * Records a violation for each blank text of a list, with its index in the path.
   *
   * @param texts the texts; not null
   * @param path the path of the list; not null
   * @return this collector
   */
  public Invariants requireEachText(List<String> texts, String path) {
    for (int i = 0; i < texts.size(); i++) {
      requireText(texts.get(i), path + "[" + i + "]");
    }
    return this;
  }

  /**
   * Records a violation unless the text is an identifier: lower-case letters, digits and hyphens,
   * starting with a letter or digit. A blank identifier is reported as blank only.
   *
   * @param id the identifier; not null
   * @param path the path of the field; not null
   * @return this collector
   */
  public Invariants requireIdentifier(String id, String path) {
    requireText(id, path);
    return require(FieldRules.isBlank(id) || FieldRules.IDENTIFIER.matcher(id).matches(), path,
        Invariant.IDENTIFIER_FORMAT, "'" + id + "' is not an identifier: use lower-case letters, digits and"
            + " hyphens, starting with a letter or digit, such as 'ehc-plan-timeliness'");
  }

  /**
   * Records a violation unless the text is an ONS local authority code: E and eight digits.
   *
   * @param code the code; not null
   * @param path the path of the field; not null
   * @return this collector
   */
  public Invariants requireAreaCode(String code, String path) {
    return requireMatch(code, FieldRules.AREA_CODE, path, Invariant.AREA_CODE_FORMAT,
        "an ONS local authority code: E and eight digits, such as E10000012");
  }

  /**
   * Records a violation unless the text is a coded action's code: capital letters then a number.
   *
   * @param code the code; not null
   * @param path the path of the field; not null
   * @return this collector
   */
  public Invariants requireActionCode(String code, String path) {
    return requireMatch(code, FieldRules.ACTION_CODE, path, Invariant.ACTION_CODE_FORMAT,
        "an action code: capital letters followed by a number, such as JC8");
  }

  private Invariants requireMatch(String text, java.util.regex.Pattern pattern, String path, Invariant rule,
      String expected) {
    requireText(text, path);
    return require(FieldRules.isBlank(text) || pattern.matcher(text).matches(), path, rule,
        "'" + text + "' is not " + expected);
  }

  /**
   * Records a violation if a count is negative.
   *
   * @param count the count; absent means not recorded, which is allowed
   * @param path the path of the field; not null
   * @return this collector
   */
  public Invariants requireNotNegative(Optional<Integer> count, String path) {
    return require(count.isEmpty() || count.get() >= 0, path, Invariant.COUNT_NOT_NEGATIVE,
        "a count cannot be negative; found " + count.orElse(0)
            + " (leave it out where the number is not known)");
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
