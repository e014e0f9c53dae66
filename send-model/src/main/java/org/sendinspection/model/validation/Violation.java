package org.sendinspection.model.validation;

import java.util.Objects;

/**
 * One broken rule of a record: where, which rule, and what was found.
 *
 * <p>Immutable and thread-safe. The path uses the JSON property names of the wire format, with list
 * indexes in brackets ({@code inspections[0].revisit.outcomes[2].weakness}), so that it points both
 * at the Java accessor chain and at the place in a JSON file.
 *
 * @param path the path of the offending field, relative to the object being checked; empty for the
 *     object itself; not null
 * @param rule the stable identifier of the rule broken ({@code revisit-outcome-for-every-weakness},
 *     or a Bean Validation constraint name such as {@code NotBlank}); not null
 * @param message a sentence a person can act on, naming what was found; not null
 */
public record Violation(String path, String rule, String message) {

  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns this violation as seen from an enclosing object.
   *
   * @param prefix the path of this violation's object within the enclosing one, such as
   *     {@code inspections[0]}; not null, empty for no change
   * @return the re-rooted violation
   */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Violation(prefix, rule, message);
    }
    String joiner = path.startsWith("[") ? "" : ".";
    return new Violation(prefix + joiner + path, rule, message);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(record)" : path) + ": " + message + " [" + rule + "]";
  }
}
