package org.sendinspection.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * Counts working days: every day but Saturdays, Sundays and the listed holidays, over a stated range
 * of dates.
 *
 * <p>Immutable and thread-safe; treat as a value. The 70 working days within which a written
 * statement of action is due (regulation 4 of the Children Act 2004 (Joint Area Reviews) Regulations
 * 2015) are counted with {@link #plusWorkingDays}: 70 working days after Monday 23 December 2019 is
 * Thursday 2 April 2020, Christmas Day, Boxing Day and New Year's Day 2020 being holidays.
 *
 * <p>A calendar covers a range of dates and refuses to answer outside it, since it cannot know the
 * holidays there: {@link CalendarCoverageException}. The standard one is {@link #englandAndWales()};
 * extend it with {@link #with}.
 */
public final class WorkingDayCalendar {
  private final LocalDate coveredFrom;
  private final LocalDate coveredUntil;
  private final NavigableMap<LocalDate, Holiday> holidays;
  private final List<RuleSource> sources;
  /** The epoch days of the holidays that fall on weekdays, in order: the only ones a count skips. */
  private final long[] weekdayHolidays;

  private WorkingDayCalendar(LocalDate coveredFrom, LocalDate coveredUntil,
      NavigableMap<LocalDate, Holiday> holidays, List<RuleSource> sources) {
    this.coveredFrom = coveredFrom;
    this.coveredUntil = coveredUntil;
    this.holidays = holidays;
    this.sources = List.copyOf(sources);
    this.weekdayHolidays = holidays.keySet().stream().mapToLong(LocalDate::toEpochDay)
        .filter(day -> weekday(day) < 5).toArray();
  }

  /**
   * The calendar of England and Wales from 2016 to 2027, with every bank holiday, Christmas Day and
   * Good Friday in those years; see {@link EnglandAndWalesHolidays}.
   *
   * @return the standard calendar
   */
  public static WorkingDayCalendar englandAndWales() {
    return EnglandAndWalesHolidays.calendar();
  }

  /**
   * A calendar covering the given dates with the given holidays.
   *
   * @param coveredFrom the first day covered; not null
   * @param coveredUntil the last day covered (inclusive); not null
   * @param holidays every holiday in the range; not null
   * @param sources where the holidays come from; not null, not empty
   * @return the calendar
   * @throws IllegalArgumentException if the range is out of order, a holiday falls outside it, two
   *     holidays share a date, or no source is given
   */
  public static WorkingDayCalendar of(LocalDate coveredFrom, LocalDate coveredUntil,
      Collection<Holiday> holidays, List<RuleSource> sources) {
    Objects.requireNonNull(coveredFrom, "coveredFrom");
    Objects.requireNonNull(coveredUntil, "coveredUntil");
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(sources, "sources");
    if (coveredUntil.isBefore(coveredFrom)) {
      throw new IllegalArgumentException("a calendar's last day (" + coveredUntil
          + ") must be on or after its first (" + coveredFrom + ")");
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a calendar needs the source of its holidays; found none");
    }
    NavigableMap<LocalDate, Holiday> byDate = new TreeMap<>();
    for (Holiday holiday : holidays) {
      LocalDate date = holiday.getDate();
      if (date.isBefore(coveredFrom) || date.isAfter(coveredUntil)) {
        throw new IllegalArgumentException("holiday '" + holiday.getName() + "' on " + date
            + " is outside the range the calendar covers, " + coveredFrom + " to " + coveredUntil);
      }
      Holiday clash = byDate.put(date, holiday);
      if (clash != null) {
        throw new IllegalArgumentException("two holidays on " + date + ": '" + clash.getName()
            + "' and '" + holiday.getName() + "'");
      }
    }
    return new WorkingDayCalendar(coveredFrom, coveredUntil, byDate, sources);
  }

  /**
   * This calendar extended to a later date with more holidays, such as next year's bank holidays
   * once they are announced.
   *
   * @param newCoveredUntil the last day the extended calendar covers; not null, not before the
   *     current last day
   * @param moreHolidays the holidays to add; not null; none may share a date with a listed one
   * @param source where the added holidays come from; not null
   * @return the extended calendar
   * @throws IllegalArgumentException if the new range ends earlier or a holiday clashes or falls
   *     outside the range
   */
  public WorkingDayCalendar with(LocalDate newCoveredUntil, Collection<Holiday> moreHolidays, RuleSource source) {
    Objects.requireNonNull(newCoveredUntil, "newCoveredUntil");
    Objects.requireNonNull(moreHolidays, "moreHolidays");
    Objects.requireNonNull(source, "source");
    if (newCoveredUntil.isBefore(coveredUntil)) {
      throw new IllegalArgumentException("an extended calendar must cover at least to " + coveredUntil
          + "; asked to cover to " + newCoveredUntil);
    }
    List<Holiday> all = new ArrayList<>(holidays.values());
    all.addAll(moreHolidays);
    List<RuleSource> allSources = new ArrayList<>(sources);
    if (!allSources.contains(source)) {
      allSources.add(source);
    }
    return of(coveredFrom, newCoveredUntil, all, allSources);
  }

  /** The first day covered. */
  public LocalDate coveredFrom() {
    return coveredFrom;
  }

  /** The last day covered. */
  public LocalDate coveredUntil() {
    return coveredUntil;
  }

  /** Whether the calendar knows the holidays of the given day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(coveredFrom) && !day.isAfter(coveredUntil);
  }

  /** Every holiday listed, in date order. */
  public List<Holiday> holidays() {
    return List.copyOf(holidays.values());
  }

  /** Where the holidays come from. */
  public List<RuleSource> sources() {
    return sources;
  }

  /**
   * The holiday on a day, if any.
   *
   * @param day the day; not null
   * @return the holiday, or empty on any other day
   * @throws CalendarCoverageException if the day is outside the range covered
   */
  public Optional<Holiday> holidayOn(LocalDate day) {
    requireCovered(day);
    return Optional.ofNullable(holidays.get(day));
  }

  /**
   * Whether a day is a working day: neither a Saturday, a Sunday nor a listed holiday.
   *
   * @param day the day; not null
   * @return whether it is a working day
   * @throws CalendarCoverageException if the day is outside the range covered
   */
  public boolean isWorkingDay(LocalDate day) {
    requireCovered(day);
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.containsKey(day);
  }

  /**
   * The day that is the given number of working days after a start day, not counting the start day:
   * the last day of a period "within N working days of" the start.
   *
   * @param start the day counted from; not null
   * @param workingDays how many working days, at least 0; 0 gives the start day itself
   * @return the last day of the period
   * @throws IllegalArgumentException if the number is negative
   * @throws CalendarCoverageException if the count runs outside the range covered
   */
  public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
    Objects.requireNonNull(start, "start");
    if (workingDays < 0) {
      throw new IllegalArgumentException("the number of working days must be 0 or more; found " + workingDays);
    }
    if (workingDays == 0) {
      return start;
    }
    // Counted in whole weeks and the holidays between, not day by day: the rules count 70 working days for
    // every statement they date. Where the count leaves the range covered, the day refused is the first
    // one outside it that a count day by day would have reached.
    LocalDate first = start.plusDays(1);
    requireCovered(first);
    long from = start.toEpochDay();
    long day = plusWeekdays(from, workingDays);
    long skipped = holidaysIn(from, day);
    while (skipped > 0) {
      long counted = day;
      day = plusWeekdays(counted, skipped);
      skipped = holidaysIn(counted, day);
    }
    if (day > coveredUntil.toEpochDay()) {
      requireCovered(coveredUntil.plusDays(1));
    }
    return LocalDate.ofEpochDay(day);
  }

  /**
   * How many working days fall after one day and on or before another: the working days elapsed.
   *
   * @param after the day counted from, not itself counted; not null
   * @param upTo the last day counted; not null; if before {@code after} the result is negative
   * @return the number of working days in {@code (after, upTo]}, negated if the days are reversed
   * @throws CalendarCoverageException if a day counted is outside the range covered
   */
  public int workingDaysBetween(LocalDate after, LocalDate upTo) {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(upTo, "upTo");
    if (upTo.isBefore(after)) {
      return -workingDaysBetween(upTo, after);
    }
    if (upTo.equals(after)) {
      return 0;
    }
    requireCovered(after.plusDays(1));
    if (upTo.isAfter(coveredUntil)) {
      requireCovered(coveredUntil.plusDays(1));
    }
    long from = after.toEpochDay();
    long to = upTo.toEpochDay();
    return (int) (weekdaysUpTo(to) - weekdaysUpTo(from) - holidaysIn(from, to));
  }

  /** The day of the week of an epoch day, Monday 0 to Sunday 6 (the epoch, 1 January 1970, was a Thursday). */
  private static int weekday(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  /** The number of weekdays from a fixed Monday long ago up to and including an epoch day. */
  private static long weekdaysUpTo(long epochDay) {
    long sinceMonday = epochDay + 3;
    return Math.floorDiv(sinceMonday, 7L) * 5 + Math.min(Math.floorMod(sinceMonday, 7L) + 1, 5);
  }

  /** The day that is the given number of weekdays (at least one) after an epoch day, holidays aside. */
  private static long plusWeekdays(long epochDay, long weekdays) {
    int weekday = weekday(epochDay);
    // From a Saturday or Sunday the next weekday is the Monday, as it is from the Friday before.
    long friday = weekday > 4 ? epochDay - (weekday - 4) : epochDay;
    int from = Math.min(weekday, 4);
    long day = friday + weekdays / 5 * 7 + weekdays % 5;
    return from + weekdays % 5 > 4 ? day + 2 : day;
  }

  /** The number of holidays on weekdays after one epoch day and on or before another. */
  private long holidaysIn(long after, long upTo) {
    return countUpTo(upTo) - countUpTo(after);
  }

  /** The number of weekday holidays on or before an epoch day. */
  private int countUpTo(long epochDay) {
    int low = 0;
    int high = weekdayHolidays.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (weekdayHolidays[middle] <= epochDay) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private void requireCovered(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (!covers(day)) {
      throw new CalendarCoverageException(day, coveredFrom, coveredUntil);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof WorkingDayCalendar)) {
      return false;
    }
    WorkingDayCalendar that = (WorkingDayCalendar) other;
    return coveredFrom.equals(that.coveredFrom) && coveredUntil.equals(that.coveredUntil)
        && holidays.equals(that.holidays) && sources.equals(that.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(coveredFrom, coveredUntil, holidays, sources);
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + coveredFrom + ".." + coveredUntil + ", " + holidays.size()
        + " holidays]";
  }
}
