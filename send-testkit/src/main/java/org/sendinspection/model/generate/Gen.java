package org.sendinspection.model.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A generator of values from {@link Draws}.
 *
 * <p>A generator must build a valid value from any sequence of draws, so that a shrunk sequence still
 * yields a value of the same kind.
 *
 * @param <T> the type generated
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Generates one value.
   *
   * @param draws the source of choices; not null
   * @return the value; never null
   */
  T generate(Draws draws);

  /** Generates a value from a seed: the same seed gives the same value. */
  default T generate(long seed) {
    return generate(RecordedDraws.fromSeed(seed));
  }

  /** A generator of this generator's values transformed. */
  default <R> Gen<R> map(Function<? super T, ? extends R> function) {
    return draws -> function.apply(generate(draws));
  }

  /**
   * A generator of lists of this generator's values.
   *
   * @param min the least size
   * @param max the greatest size
   * @return lists of {@code min} to {@code max} elements; shorter lists are simpler
   */
  default Gen<List<T>> list(int min, int max) {
    return draws -> {
      int size = draws.between(min, max);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(generate(draws));
      }
      return values;
    };
  }
}
