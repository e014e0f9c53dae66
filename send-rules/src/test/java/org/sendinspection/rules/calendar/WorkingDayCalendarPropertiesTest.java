package org.sendinspection.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.rules.conclusion.SourceKind;

/**
 * The calendar counts in whole weeks and the holidays between; it is held here to counting day by day,
 * the definition, over drawn calendars (holidays on weekdays and weekends, runs of them, ranges of a few
 * weeks to a few years) and counts that start and end inside, at the edges of and outside the range,
 * including which day a count refuses.
 */
class WorkingDayCalendarPropertiesTest {
  private static final RuleSource SOURCE = RuleSource.of("drawn", SourceKind.PUBLIC_HOLIDAY_TABLE, "drawn holidays");
  private static final LocalDate EARLIEST = LocalDate.of(2015, 12, 25);

  private record Case(WorkingDayCalendar calendar, LocalDate start, LocalDate end, int workingDays) {}

  private static final Gen<Case> CASES = (Draws draws) -> {
    LocalDate from = draws.dayBetween(EARLIEST, EARLIEST.plusDays(20));
    LocalDate until = from.plusDays(draws.between(0, draws.chance(50) ? 60 : 1500));
    Set<LocalDate> days = new TreeSet<>();
    int holidays = draws.between(0, 40);
    for (int i = 0; i < holidays; i++) {
      LocalDate day = draws.dayBetween(from, until);
      days.add(day);
      if (draws.chance(30) && day.isBefore(until)) {
        days.add(day.plusDays(1));
      }
    }
    List<Holiday> listed = new ArrayList<>();
    for (LocalDate day : days) {
      listed.add(Holiday.of(day, "holiday " + day, HolidayKind.BANK_HOLIDAY));
    }
    WorkingDayCalendar calendar = WorkingDayCalendar.of(from, until, listed, List.of(SOURCE));
    // Starts a little before, within and a little after the range, so that counts leave it either way.
    LocalDate start = draws.dayBetween(from.minusDays(10), until.plusDays(10));
    LocalDate end = draws.dayBetween(from.minusDays(10), until.plusDays(10));
    return new Case(calendar, start, end, draws.between(0, draws.chance(50) ? 12 : 400));
  };

  /** The definition: one day at a time. */
  private static Object dayByDay(WorkingDayCalendar calendar, LocalDate start, int workingDays) {
    LocalDate day = start;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (!calendar.covers(day)) {
        return "refused at " + day;
      }
      if (workingDay(calendar, day)) {
        counted++;
      }
    }
    return day;
  }

  private static Object dayByDayBetween(WorkingDayCalendar calendar, LocalDate after, LocalDate upTo) {
    if (upTo.isBefore(after)) {
      Object reversed = dayByDayBetween(calendar, upTo, after);
      return reversed instanceof Integer ? -(Integer) reversed : reversed;
    }
    int count = 0;
    for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
      if (!calendar.covers(day)) {
        return "refused at " + day;
      }
      if (workingDay(calendar, day)) {
        count++;
      }
    }
    return count;
  }

  private static boolean workingDay(WorkingDayCalendar calendar, LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && calendar.holidayOn(day).isEmpty();
  }

  private static Object counted(java.util.function.Supplier<Object> count) {
    try {
      return count.get();
    } catch (CalendarCoverageException e) {
      return "refused at " + e.needed();
    }
  }

  @Test
  void adding_working_days_agrees_with_counting_day_by_day() {
    PropertyCheck.forAll(CASES).describedBy(Case::toString).check(c -> assertEquals(
        dayByDay(c.calendar(), c.start(), c.workingDays()),
        counted(() -> c.calendar().plusWorkingDays(c.start(), c.workingDays()))));
  }

  @Test
  void working_days_between_agree_with_counting_day_by_day() {
    PropertyCheck.forAll(CASES).describedBy(Case::toString).check(c -> assertEquals(
        dayByDayBetween(c.calendar(), c.start(), c.end()),
        counted(() -> c.calendar().workingDaysBetween(c.start(), c.end()))));
  }

  @Test
  void the_standard_calendar_agrees_with_counting_day_by_day_on_every_start_from_2016_to_2026() {
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    for (LocalDate start = LocalDate.of(2016, 1, 1); start.isBefore(LocalDate.of(2027, 1, 1)); start = start.plusDays(1)) {
      LocalDate from = start;
      assertEquals(dayByDay(calendar, from, 70), counted(() -> calendar.plusWorkingDays(from, 70)), "70 from " + from);
      assertEquals(dayByDay(calendar, from, 1), counted(() -> calendar.plusWorkingDays(from, 1)), "1 from " + from);
    }
  }
}
