package org.sendinspection.rules.internal;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sendinspection.rules.RuleContext;

/**
 * What the rules work out about one inspection once and share, held by its {@link RuleContext}: every
 * rule applied to the same context, its journey and its summary read the same facts, rather than each
 * resolving the record's dates again.
 *
 * <p>Thread-safe. A value is a pure function of the context, so where two threads ask for it at once and
 * both work it out, either answer is the same; the first stored is kept.
 */
public final class SharedFacts {
  private static volatile Function<RuleContext, SharedFacts> access;

  private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>(4);

  /** A store for a new context; made by {@link RuleContext} alone. */
  public SharedFacts() {}

  /**
   * Lets {@link RuleContext} hand its store to the rules without a public method of its own (this
   * package is not exported). Called once, when that class is initialised.
   *
   * @param accessor the store of a context; not null
   */
  public static void grantAccess(Function<RuleContext, SharedFacts> accessor) {
    if (access != null) {
      throw new IllegalStateException("access to a rule context's shared facts is already granted");
    }
    access = Objects.requireNonNull(accessor, "accessor");
  }

  /**
   * The store of a context.
   *
   * @param context the context; not null
   * @return its store
   */
  public static SharedFacts of(RuleContext context) {
    return access.apply(Objects.requireNonNull(context, "context"));
  }

  /**
   * The value under a key, worked out the first time it is asked for.
   *
   * @param key what the value is, such as the class of the facts; not null
   * @param compute works the value out; not null; must not return null
   * @param <T> the value's type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    Object value = values.get(key);
    if (value == null) {
      // Not computeIfAbsent: working one value out may ask for another of the same store.
      Object computed = Objects.requireNonNull(compute.get(), "shared fact");
      value = values.putIfAbsent(key, computed);
      if (value == null) {
        value = computed;
      }
    }
    return (T) value;
  }
}
