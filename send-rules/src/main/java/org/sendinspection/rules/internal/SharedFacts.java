package org.sendinspection.rules.internal;

import java.util.Arrays;
import java.util.Objects;
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

  /** Keys and values in turn; replaced, never changed, so that a read needs no lock. A context holds one or two. */
  private volatile Object[] entries = new Object[0];

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
    Object known = find(entries, key);
    if (known != null) {
      return (T) known;
    }
    // Worked out outside the lock: working one value out may ask for another of the same store.
    Object computed = Objects.requireNonNull(compute.get(), "shared fact");
    synchronized (this) {
      Object[] current = entries;
      Object first = find(current, key);
      if (first != null) {
        return (T) first;
      }
      Object[] more = Arrays.copyOf(current, current.length + 2);
      more[current.length] = key;
      more[current.length + 1] = computed;
      entries = more;
      return (T) computed;
    }
  }

  private static Object find(Object[] entries, Object key) {
    for (int i = 0; i < entries.length; i += 2) {
      if (entries[i].equals(key)) {
        return entries[i + 1];
      }
    }
    return null;
  }
}
