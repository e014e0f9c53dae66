package org.sendinspection.rules.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value worked out the first time it is asked for and kept, for facts that several rules read.
 *
 * <p>Thread-safe where the value is immutable and a pure function of what the supplier reads: two
 * threads asking at once may both work it out, and either answer is the same. The volatile field
 * publishes the value safely.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> compute;
  private volatile T value;

  private Lazy(Supplier<? extends T> compute) {
    this.compute = compute;
  }

  /**
   * A value to work out when first asked for.
   *
   * @param compute works the value out; not null; must not return null
   * @param <T> the value's type
   * @return the lazy value
   */
  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(Objects.requireNonNull(compute, "compute"));
  }

  @Override
  public T get() {
    T known = value;
    if (known == null) {
      known = Objects.requireNonNull(compute.get(), "lazy value");
      value = known;
    }
    return known;
  }
}
