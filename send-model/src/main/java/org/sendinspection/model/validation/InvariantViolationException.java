package org.sendinspection.model.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.model.SendModelException;

/**
 * Thrown when a value is built whose facts cannot all be true together under the framework, such as a
 * revisit dated before its written statement of action was declared fit for purpose.
 *
 * <p>It lists every invariant the object broke, not only the first, each with its path and rule.
 */
public final class InvariantViolationException extends SendModelException {
  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final transient List<Violation> violations;

  public InvariantViolationException(String typeName, List<Violation> violations) {
    super(describe(typeName, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invariant violation needs at least one violation");
    }
    this.typeName = typeName;
    this.violations = List.copyOf(violations);
  }

  /** The simple name of the model type that could not be built, such as {@code Revisit}. */
  public String typeName() {
    return typeName;
  }

  /** Every invariant broken, in the order they were checked; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the same failure with every path seen from an enclosing object.
   *
   * @param prefix the path of the failed object within the enclosing one; not null
   * @return a new exception with re-rooted paths
   */
  public InvariantViolationException under(String prefix) {
    return new InvariantViolationException(
        typeName, violations.stream().map(v -> v.under(prefix)).collect(Collectors.toList()));
  }

  private static String describe(String typeName, List<Violation> violations) {
    return "Invalid " + typeName + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
