package org.sendinspection.model.json;

import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.model.SendModelException;
import org.sendinspection.model.validation.Violation;

/**
 * Thrown when JSON cannot be read as an area record: it is not JSON, names an unknown property,
 * lacks a required one, has a value of the wrong type, or describes a record that breaks a rule.
 *
 * <p>Each problem names its JSON path and the rule broken. A read that throws this yields nothing: there
 * is never a partly built record.
 */
public final class RecordFormatException extends SendModelException {
  private static final long serialVersionUID = 1L;

  /** Rule identifier for text that is not well-formed JSON. */
  public static final String JSON_SYNTAX = "json-syntax";
  /** Rule identifier for a property the format does not define (strict mode). */
  public static final String UNKNOWN_PROPERTY = "unknown-property";
  /** Rule identifier for a required property that is absent or null. */
  public static final String MISSING_PROPERTY = "missing-property";
  /** Rule identifier for a value of the wrong type or form (a bad date, an unknown enum spelling). */
  public static final String INVALID_VALUE = "invalid-value";
  /** Rule identifier for a missing or unsupported {@code schemaVersion}. */
  public static final String SCHEMA_VERSION = "schema-version";

  private final String origin;
  private final transient List<Violation> problems;

  RecordFormatException(String origin, List<Violation> problems) {
    super(describe(origin, problems));
    this.origin = origin;
    this.problems = List.copyOf(problems);
  }

  /** Where the JSON came from: a file name, or {@code <string>}. */
  public String origin() {
    return origin;
  }

  /** Every problem found, each with its JSON path and rule; never empty. */
  public List<Violation> problems() {
    return problems;
  }

  private static String describe(String origin, List<Violation> problems) {
    return origin + ": " + problems.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
