package org.sendinspection.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A quick walk of an object graph that tells whether any field constraint might be broken, so that the
 * full Jakarta Bean Validation pass, with its messages and paths, runs only when one might be.
 *
 * <p>It reads the same annotations Hibernate Validator reads: on the getters of the value's types and
 * their super-types, and on the type arguments of {@code List} and {@code Optional}. It is deliberately
 * one-sided: where it is unsure (a constraint it does not know, a class-level constraint, an annotated
 * field, a nested container) it answers "might be broken", and the full pass decides. Reading a valid
 * record therefore never starts Hibernate Validator, and an invalid one is reported exactly as before.
 * Thread-safe; what it learns of each type is kept for the life of the class.
 */
final class ConstraintScan {

  private static final ClassValue<TypeScan> SCANS = new ClassValue<>() {
    @Override
    protected TypeScan computeValue(Class<?> type) {
      return TypeScan.of(type);
    }
  };

  private ConstraintScan() {}

  /**
   * Whether a field constraint of the value or of anything it holds through {@code @Valid} might be
   * broken.
   *
   * @param value the object; not null
   * @return false only when every constraint certainly holds
   */
  static boolean mayBreak(Object value) {
    return SCANS.get(value.getClass()).mayBreak(value);
  }

  /** The checks of one concrete type, or "unsure" where it has constraints this scan does not know. */
  private static final class TypeScan {
    private final boolean unsure;
    private final List<Property> properties;

    private TypeScan(boolean unsure, List<Property> properties) {
      this.unsure = unsure;
      this.properties = properties;
    }

    static TypeScan of(Class<?> type) {
      if (type.isPrimitive() || type.isEnum() || type.isArray() || type.getName().startsWith("java.")) {
        return new TypeScan(type.isArray(), List.of());
      }
      Set<Class<?>> hierarchy = new LinkedHashSet<>();
      collect(type, hierarchy);
      Map<String, List<Method>> getters = new LinkedHashMap<>();
      for (Class<?> c : hierarchy) {
        if (constrained(c.getAnnotations()) || hasConstrainedField(c)) {
          return new TypeScan(true, List.of());
        }
        for (Method m : c.getDeclaredMethods()) {
          if (isGetter(m)) {
            getters.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
          }
        }
      }
      List<Property> properties = new ArrayList<>();
      for (List<Method> declared : getters.values()) {
        Property property = Property.of(declared);
        if (property == null) {
          return new TypeScan(true, List.of());
        }
        if (!property.isEmpty()) {
          properties.add(property);
        }
      }
      return new TypeScan(false, List.copyOf(properties));
    }

    boolean mayBreak(Object value) {
      if (unsure) {
        return true;
      }
      for (Property property : properties) {
        if (property.mayBreak(value)) {
          return true;
        }
      }
      return false;
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
      if (type == null || type == Object.class || !into.add(type)) {
        return;
      }
      collect(type.getSuperclass(), into);
      for (Class<?> i : type.getInterfaces()) {
        collect(i, into);
      }
    }

    private static boolean hasConstrainedField(Class<?> c) {
      for (var field : c.getDeclaredFields()) {
        if (constrained(field.getAnnotations()) || field.isAnnotationPresent(Valid.class)
            || annotatedInside(field.getAnnotatedType())) {
          return true;
        }
      }
      return false;
    }

    private static boolean isGetter(Method m) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || m.isBridge()
          || m.getReturnType() == void.class) {
        return false;
      }
      String name = m.getName();
      return name.startsWith("get") && name.length() > 3
          || name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class
          || name.startsWith("has") && name.length() > 3 && m.getReturnType() == boolean.class;
    }
  }

  /** One getter: the checks on its value, on each element it contains, and whether it cascades. */
  private static final class Property {
    private final Method getter;
    private final List<Predicate<Object>> onValue;
    private final List<Predicate<Object>> onElements;
    private final boolean cascade;
    private final boolean cascadeElements;

    private Property(Method getter, List<Predicate<Object>> onValue, List<Predicate<Object>> onElements,
        boolean cascade, boolean cascadeElements) {
      this.getter = getter;
      this.onValue = onValue;
      this.onElements = onElements;
      this.cascade = cascade;
      this.cascadeElements = cascadeElements;
    }

    /** The property of every declaration of one getter in a hierarchy; null when unsure. */
    static Property of(List<Method> declarations) {
      List<Predicate<Object>> onValue = new ArrayList<>();
      List<Predicate<Object>> onElements = new ArrayList<>();
      boolean cascade = false;
      boolean cascadeElements = false;
      Method getter = declarations.get(0);
      for (Method m : declarations) {
        Class<?> returned = m.getReturnType();
        boolean container = Optional.class.isAssignableFrom(returned) || Collection.class.isAssignableFrom(returned);
        for (Annotation a : m.getAnnotations()) {
          if (a instanceof Valid) {
            cascade = true;
          } else if (isConstraint(a)) {
            if (Optional.class.isAssignableFrom(returned)) {
              // Hibernate Validator applies such a constraint to the Optional's content: leave it to it.
              return null;
            }
            Predicate<Object> check = check(a);
            if (check == null) {
              return null;
            }
            onValue.add(check);
          }
        }
        AnnotatedType type = m.getAnnotatedReturnType();
        if (type instanceof AnnotatedParameterizedType) {
          AnnotatedType[] arguments = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments();
          for (AnnotatedType argument : arguments) {
            if (annotatedInside(argument)) {
              return null;
            }
            if (argument.getAnnotations().length > 0 && (!container || arguments.length != 1)) {
              return null;
            }
            for (Annotation a : argument.getAnnotations()) {
              if (a instanceof Valid) {
                cascadeElements = true;
              } else if (isConstraint(a)) {
                Predicate<Object> check = check(a);
                if (check == null) {
                  return null;
                }
                onElements.add(check);
              }
            }
          }
        }
        if (cascade && container) {
          // A @Valid on a container itself cascades into its elements.
          cascade = false;
          cascadeElements = true;
        }
      }
      // Prefer the most specific declaration to call: the first found is the concrete type's own.
      getter.trySetAccessible();
      return new Property(getter, List.copyOf(onValue), List.copyOf(onElements), cascade, cascadeElements);
    }

    boolean isEmpty() {
      return onValue.isEmpty() && onElements.isEmpty() && !cascade && !cascadeElements;
    }

    boolean mayBreak(Object owner) {
      Object value;
      try {
        value = getter.invoke(owner);
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        return true;
      }
      for (Predicate<Object> check : onValue) {
        if (check.test(value)) {
          return true;
        }
      }
      if (cascade && value != null && ConstraintScan.mayBreak(value)) {
        return true;
      }
      if (onElements.isEmpty() && !cascadeElements) {
        return false;
      }
      if (value instanceof Optional) {
        return ((Optional<?>) value).isPresent() && elementMayBreak(((Optional<?>) value).get());
      }
      if (value instanceof Iterable) {
        for (Object element : (Iterable<?>) value) {
          if (elementMayBreak(element)) {
            return true;
          }
        }
        return false;
      }
      return value != null;
    }

    private boolean elementMayBreak(Object element) {
      for (Predicate<Object> check : onElements) {
        if (check.test(element)) {
          return true;
        }
      }
      return cascadeElements && element != null && ConstraintScan.mayBreak(element);
    }
  }

  /** A test that is true when the constraint might be broken; null for a constraint this scan does not know. */
  private static Predicate<Object> check(Annotation a) {
    if (a instanceof NotNull) {
      return v -> v == null;
    }
    if (a instanceof NotBlank) {
      // Both readings of blank: Hibernate Validator's trim() and the JDK's whitespace.
      return v -> !(v instanceof CharSequence) || v.toString().trim().isEmpty() || v.toString().isBlank();
    }
    if (a instanceof NotEmpty) {
      return v -> v == null || v instanceof CharSequence && ((CharSequence) v).length() == 0
          || v instanceof Collection && ((Collection<?>) v).isEmpty()
          || v instanceof Map && ((Map<?, ?>) v).isEmpty()
          || !(v instanceof CharSequence || v instanceof Collection || v instanceof Map);
    }
    if (a instanceof Pattern) {
      Pattern pattern = (Pattern) a;
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
      return v -> v != null && (!(v instanceof CharSequence) || !compiled.matcher((CharSequence) v).matches());
    }
    if (a instanceof PositiveOrZero) {
      return v -> v != null && !((v instanceof Integer || v instanceof Long || v instanceof Short
          || v instanceof Byte) && ((Number) v).longValue() >= 0);
    }
    return null;
  }

  private static boolean isConstraint(Annotation a) {
    Class<? extends Annotation> type = a.annotationType();
    if (type.isAnnotationPresent(Constraint.class)) {
      return true;
    }
    // A repeated constraint (@Pattern.List) is a container of constraints: unknown to this scan.
    return type.getName().startsWith("jakarta.validation.") && !(a instanceof Valid)
        || type.getName().startsWith("org.hibernate.validator.");
  }

  private static boolean constrained(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (isConstraint(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether annotations sit deeper than a container's own type argument, as in List<List<@Valid X>>. */
  private static boolean annotatedInside(AnnotatedType type) {
    if (!(type instanceof AnnotatedParameterizedType)) {
      return false;
    }
    for (AnnotatedType argument : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
      if (argument.getAnnotations().length > 0 || annotatedInside(argument)) {
        return true;
      }
    }
    return false;
  }
}
