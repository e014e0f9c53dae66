package org.sendinspection.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator, as an application that brings its own provider would run it over the model's
 * annotations; for tests only, to show that the annotations say what construction checks.
 */
public final class BeanValidation {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  private BeanValidation() {}

  /** Every broken field constraint of a value and what it holds, as "path Constraint", sorted. */
  public static List<String> violations(Object value) {
    return describe(VALIDATOR.validate(value));
  }

  /**
   * Every constraint a value would break in one property of a type, as "path Constraint", sorted.
   *
   * @param type the model type, such as {@code LocalArea.class}
   * @param property the property's Bean Validation name, such as {@code code}
   * @param value the candidate value
   */
  public static <T> List<String> violations(Class<T> type, String property, Object value) {
    return describe(VALIDATOR.validateValue(type, property, value));
  }

  private static <T> List<String> describe(Set<ConstraintViolation<T>> found) {
    return found.stream()
        .map(v -> v.getPropertyPath() + " "
            + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .sorted()
        .collect(Collectors.toList());
  }
}
