package org.sendinspection.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one entry point that checks a whole object graph against every field constraint (Jakarta Bean
 * Validation) and returns every violation with its property path, not only the first.
 *
 * <p>Invariants that tie fields together are checked when a value is built and cannot be broken by a
 * built value; this checks what a builder accepts but the framework does not, such as a blank name or
 * a malformed ONS code. Paths are those of the JSON format: {@code area.code},
 * {@code inspections[0].significantWeaknesses[1].statement}. Thread-safe.
 */
public final class RecordValidator {

  private RecordValidator() {}

  /**
   * Checks an object and everything it holds.
   *
   * @param value an area record or any part of one; not null
   * @return every violation, ordered by path; empty when the value is valid
   */
  public static List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    // The full pass is costly, and at start-up loads hundreds of classes: run it only where a quick walk
    // of the same annotations finds that a constraint might be broken.
    if (!ConstraintScan.mayBreak(value)) {
      return List.of();
    }
    Set<ConstraintViolation<Object>> found = Full.VALIDATOR.validate(value);
    return found.stream()
        .map(RecordValidator::toViolation)
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::rule))
        .collect(Collectors.toList());
  }

  private static Violation toViolation(ConstraintViolation<Object> v) {
    String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    String path = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "").replace("<list element>", "");
    path = path.replaceAll("\\.(?=\\[)", "");
    return new Violation(path, rule, v.getMessage() + "; found " + show(v.getInvalidValue()));
  }

  private static String show(Object value) {
    if (value == null) {
      return "nothing";
    }
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }

  /** The full validator, started on first use only. */
  private static final class Full {
    static final Validator VALIDATOR = createValidator();
  }

  private static Validator createValidator() {
    // The parameter interpolator needs no expression language at run time, so validation works the
    // same whether or not an EL implementation is on the class path.
    // Kept open for the life of the class: a validator needs its factory.
    ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    return factory.getValidator();
  }
}
