package org.sendinspection.rules.calendar;

import java.time.LocalDate;

/**
 * Thrown when a count of working days reaches a date the calendar does not cover, so that its public
 * holidays are unknown.
 *
 * <p>The message names the range covered and the date needed; extend the calendar with {@link
 * WorkingDayCalendar#with} to go further.
 */
public final class CalendarCoverageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final LocalDate needed;

  CalendarCoverageException(LocalDate needed, LocalDate coveredFrom, LocalDate coveredUntil) {
    super("the working-day calendar covers " + coveredFrom + " to " + coveredUntil
        + " but the count needs " + needed + "; extend it with WorkingDayCalendar.with(...)");
    this.needed = needed;
  }

  /** The date the count needed. */
  public LocalDate needed() {
    return needed;
  }
}
