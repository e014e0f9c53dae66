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

  /** Rule identifier for a property that appears twice in one object. */
  public static final String DUPLICATE_PROPERTY = "duplicate-property";
  /** Rule identifier for a document beyond one of the {@link ReadLimits}. */
  public static final String LIMIT = "limit";
  /** Rule identifier for bytes that are not UTF-8. */
  public static final String ENCODING = "encoding";

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

  /**
   * Whether the text could not be read as a JSON document at all: it is not well-formed JSON or UTF-8,
   * repeats a property, or is beyond a {@linkplain ReadLimits limit}. No check of the document's
   * structure, such as a JSON Schema's, can add to such a problem, and none should be tried on text
   * that may be hostile.
   */
  public boolean isMalformed() {
    return problems.stream().anyMatch(p -> p.rule().equals(JSON_SYNTAX) || p.rule().equals(DUPLICATE_PROPERTY)
        || p.rule().equals(LIMIT) || p.rule().equals(ENCODING));
  }

  private static String describe(String origin, List<Violation> problems) {
    return origin + ": " + problems.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
