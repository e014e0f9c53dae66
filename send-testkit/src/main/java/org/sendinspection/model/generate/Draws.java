package org.sendinspection.model.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The source of every choice a generator makes.
 *
 * <p>Generators draw all their randomness from here, never from a clock or a global random. Because the
 * draws are recorded, a failing example can be replayed from its seed and shrunk by simplifying the
 * recorded choices (see {@link PropertyCheck}). Smaller draws mean simpler values: generators are
 * written so that drawing the minimum gives fewer weaknesses, fewer partners and shorter texts.
 */
public interface Draws {

  /**
   * Draws a whole number in a closed range.
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return a value from {@code min} to {@code max}; the minimum is the simplest
   * @throws IllegalArgumentException if {@code max < min}
   */
  int between(int min, int max);

  /** Draws true with the given chance in percent; false is the simpler choice. */
  default boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /** Draws one element of a non-empty list; earlier elements are simpler. */
  default <T> T oneOf(List<T> choices) {
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("nothing to choose from");
    }
    return choices.get(between(0, choices.size() - 1));
  }

  /** Draws a day in a closed range; the first day is the simplest. */
  default LocalDate dayBetween(LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last);
    if (days < 0) {
      throw new IllegalArgumentException("last day " + last + " is before first day " + first);
    }
    return first.plusDays(between(0, (int) Math.min(days, Integer.MAX_VALUE)));
  }
}
