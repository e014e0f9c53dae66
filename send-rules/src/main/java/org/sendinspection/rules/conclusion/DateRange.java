package org.sendinspection.rules.conclusion;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days from one date to another, both included, such as the window in which an inspection usually
 * takes place.
 *
 * <p>Immutable and thread-safe. Example: {@code new DateRange(LocalDate.of(2025, 4, 30), LocalDate.of(2025,
 * 10, 30)).contains(LocalDate.of(2025, 7, 30))} is true.
 *
 * @param from the first day; not null
 * @param to the last day; not null, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {

  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a date range must not end (" + to + ") before it begins (" + from + ")");
    }
  }

  /** Whether a day falls in the range, both ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** Whether a day is after the range's last day. */
  public boolean endedBefore(LocalDate day) {
    return day.isAfter(to);
  }
}
