package org.sendinspection.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.rules.conclusion.SourceKind;

/**
 * A calendar answers only for the dates it covers, counts working days over its holidays, and is a value:
 * equal to another with the same range, holidays and sources.
 */
class WorkingDayCalendarRangeTest {
  private static final LocalDate FIRST = LocalDate.of(2030, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  private static final RuleSource SOURCE = RuleSource.of("gov-uk-2030", SourceKind.PUBLIC_HOLIDAY_TABLE,
      "GOV.UK, bank holidays 2030");
  private static final Holiday NEW_YEAR = Holiday.of(FIRST, "New Year's Day", HolidayKind.BANK_HOLIDAY);
  private static final Holiday CHRISTMAS = Holiday.of(LocalDate.of(2030, 12, 25), "Christmas Day",
      HolidayKind.COMMON_LAW_HOLIDAY);
  private static final Holiday BOXING_DAY = Holiday.of(LocalDate.of(2030, 12, 26), "Boxing Day",
      HolidayKind.BANK_HOLIDAY);
  private static final WorkingDayCalendar Y2030 = WorkingDayCalendar.of(FIRST, LAST,
      List.of(CHRISTMAS, NEW_YEAR, BOXING_DAY), List.of(SOURCE));

  @Test
  void a_calendar_covers_its_first_and_last_days_and_nothing_outside_them() {
    assertEquals(FIRST, Y2030.coveredFrom());
    assertEquals(LAST, Y2030.coveredUntil());
    assertTrue(Y2030.covers(FIRST));
    assertTrue(Y2030.covers(LAST));
    assertFalse(Y2030.covers(FIRST.minusDays(1)));
    assertFalse(Y2030.covers(LAST.plusDays(1)));
  }

  @Test
  void outside_its_range_a_calendar_refuses_to_say_whether_a_day_is_a_holiday_or_a_working_day() {
    CalendarCoverageException before = assertThrows(CalendarCoverageException.class,
        () -> Y2030.holidayOn(FIRST.minusDays(1)));
    assertEquals(FIRST.minusDays(1), before.needed());
    assertThrows(CalendarCoverageException.class, () -> Y2030.isWorkingDay(LAST.plusDays(1)));
    assertThrows(CalendarCoverageException.class, () -> Y2030.workingDaysBetween(LAST.minusDays(3), LAST.plusDays(1)));
    assertEquals(Optional.of(NEW_YEAR), Y2030.holidayOn(FIRST));
    assertEquals(Optional.empty(), Y2030.holidayOn(FIRST.plusDays(1)));
  }

  @Test
  void holidays_are_listed_in_date_order_whatever_the_order_given() {
    assertEquals(List.of(NEW_YEAR, CHRISTMAS, BOXING_DAY), Y2030.holidays());
    assertEquals(List.of(SOURCE), Y2030.sources());
  }

  @Test
  void a_holiday_on_the_first_or_last_day_covered_is_within_the_range() {
    Holiday last = Holiday.of(LAST, "New Year's Eve", HolidayKind.BANK_HOLIDAY);
    WorkingDayCalendar calendar = WorkingDayCalendar.of(FIRST, LAST, List.of(NEW_YEAR, last), List.of(SOURCE));
    assertFalse(calendar.isWorkingDay(LAST), "Tuesday 31 December 2030, listed as a holiday");
    assertFalse(calendar.isWorkingDay(FIRST), "Tuesday 1 January 2030, listed as a holiday");
    assertTrue(WorkingDayCalendar.of(FIRST, FIRST, List.of(), List.of(SOURCE)).isWorkingDay(FIRST),
        "a calendar of one day with no holiday");
  }

  @Test
  void weekends_and_listed_holidays_are_not_working_days_and_other_weekdays_are() {
    assertFalse(Y2030.isWorkingDay(LocalDate.of(2030, 1, 5)), "Saturday");
    assertFalse(Y2030.isWorkingDay(LocalDate.of(2030, 1, 6)), "Sunday");
    assertTrue(Y2030.isWorkingDay(LocalDate.of(2030, 1, 7)), "Monday");
    assertTrue(Y2030.isWorkingDay(LocalDate.of(2030, 1, 4)), "Friday");
    assertFalse(Y2030.isWorkingDay(CHRISTMAS.getDate()), "Wednesday, Christmas Day");
  }

  @Test
  void working_days_between_count_after_the_first_day_up_to_and_including_the_last() {
    LocalDate monday = LocalDate.of(2030, 12, 23);
    assertEquals(0, Y2030.workingDaysBetween(monday, monday));
    assertEquals(1, Y2030.workingDaysBetween(monday, monday.plusDays(1)));
    // Tuesday 24, then Christmas Day and Boxing Day, then Friday 27; the weekend; Monday 30 and Tuesday 31.
    assertEquals(4, Y2030.workingDaysBetween(monday, LAST));
    assertEquals(-4, Y2030.workingDaysBetween(LAST, monday));
    assertEquals(LocalDate.of(2030, 12, 27), Y2030.plusWorkingDays(monday, 2));
    assertEquals(LAST, Y2030.plusWorkingDays(monday, 4));
  }

  @Test
  void a_count_that_ends_on_the_last_day_covered_is_answered_and_one_more_day_is_refused() {
    LocalDate monday = LocalDate.of(2030, 12, 30);
    assertEquals(LAST, Y2030.plusWorkingDays(monday, 1));
    assertThrows(CalendarCoverageException.class, () -> Y2030.plusWorkingDays(monday, 2));
  }

  @Test
  void missing_arguments_are_refused_by_name() {
    assertEquals("start", assertThrows(NullPointerException.class, () -> Y2030.plusWorkingDays(null, 1)).getMessage());
    assertEquals("after", assertThrows(NullPointerException.class, () -> Y2030.workingDaysBetween(null, LAST))
        .getMessage());
    assertEquals("upTo", assertThrows(NullPointerException.class, () -> Y2030.workingDaysBetween(FIRST, null))
        .getMessage());
    assertEquals("day", assertThrows(NullPointerException.class, () -> Y2030.isWorkingDay(null)).getMessage());
    assertEquals("coveredFrom", assertThrows(NullPointerException.class,
        () -> WorkingDayCalendar.of(null, LAST, List.of(), List.of(SOURCE))).getMessage());
    assertEquals("coveredUntil", assertThrows(NullPointerException.class,
        () -> WorkingDayCalendar.of(FIRST, null, List.of(), List.of(SOURCE))).getMessage());
    assertEquals("holidays", assertThrows(NullPointerException.class,
        () -> WorkingDayCalendar.of(FIRST, LAST, null, List.of(SOURCE))).getMessage());
    assertEquals("sources", assertThrows(NullPointerException.class,
        () -> WorkingDayCalendar.of(FIRST, LAST, List.of(), null)).getMessage());
    assertEquals("newCoveredUntil", assertThrows(NullPointerException.class,
        () -> Y2030.with(null, List.of(), SOURCE)).getMessage());
    assertEquals("moreHolidays", assertThrows(NullPointerException.class,
        () -> Y2030.with(LAST, null, SOURCE)).getMessage());
    assertEquals("source", assertThrows(NullPointerException.class,
        () -> Y2030.with(LAST, List.of(), null)).getMessage());
  }

  @Test
  void a_holiday_before_the_range_is_refused() {
    Holiday before = Holiday.of(FIRST.minusDays(1), "New Year's Eve", HolidayKind.BANK_HOLIDAY);
    assertEquals("holiday 'New Year's Eve' on 2029-12-31 is outside the range the calendar covers, 2030-01-01 to"
        + " 2030-12-31", assertThrows(IllegalArgumentException.class,
            () -> WorkingDayCalendar.of(FIRST, LAST, List.of(before), List.of(SOURCE))).getMessage());
  }

  @Test
  void extending_a_calendar_keeps_its_range_start_and_refuses_to_shrink_it_or_add_a_clashing_holiday() {
    assertEquals("an extended calendar must cover at least to 2030-12-31; asked to cover to 2030-12-30",
        assertThrows(IllegalArgumentException.class, () -> Y2030.with(LAST.minusDays(1), List.of(), SOURCE))
            .getMessage());
    assertEquals("two holidays on 2030-12-25: 'Christmas Day' and 'Christmas'", assertThrows(
        IllegalArgumentException.class, () -> Y2030.with(LAST, List.of(Holiday.of(CHRISTMAS.getDate(), "Christmas",
            HolidayKind.COMMON_LAW_HOLIDAY)), SOURCE)).getMessage());
    WorkingDayCalendar same = Y2030.with(LAST, List.of(), SOURCE);
    assertEquals(Y2030, same, "the same range, holidays and source: the same calendar");
    assertEquals(List.of(SOURCE), same.sources(), "a source already listed is not listed twice");
    assertEquals(FIRST, Y2030.with(LAST.plusYears(1), List.of(), SOURCE).coveredFrom());
  }

  @Test
  void calendars_are_equal_exactly_when_range_holidays_and_sources_are() {
    WorkingDayCalendar same = WorkingDayCalendar.of(FIRST, LAST, List.of(NEW_YEAR, CHRISTMAS, BOXING_DAY),
        List.of(SOURCE));
    assertEquals(Y2030, same);
    assertEquals(Y2030.hashCode(), same.hashCode());
    assertEquals(Y2030, Y2030);
    assertNotEquals(Y2030, WorkingDayCalendar.of(FIRST.plusDays(1), LAST, List.of(CHRISTMAS, BOXING_DAY),
        List.of(SOURCE)));
    assertNotEquals(Y2030, WorkingDayCalendar.of(FIRST, LAST.plusDays(1), List.of(NEW_YEAR, CHRISTMAS, BOXING_DAY),
        List.of(SOURCE)));
    assertNotEquals(Y2030, WorkingDayCalendar.of(FIRST, LAST, List.of(NEW_YEAR, CHRISTMAS), List.of(SOURCE)));
    assertNotEquals(Y2030, WorkingDayCalendar.of(FIRST, LAST, List.of(NEW_YEAR, CHRISTMAS, BOXING_DAY),
        List.of(SOURCE, EnglandAndWalesHolidays.SOURCE)));
    // Calendars used as keys (settings are compared and hashed with their calendar) spread over the hash codes.
    assertNotEquals(Y2030.hashCode(), WorkingDayCalendar.of(FIRST, LAST, List.of(NEW_YEAR, CHRISTMAS),
        List.of(SOURCE)).hashCode());
    assertNotEquals(Y2030, "WorkingDayCalendar[2030-01-01..2030-12-31, 3 holidays]");
    assertEquals("WorkingDayCalendar[2030-01-01..2030-12-31, 3 holidays]", Y2030.toString());
  }

  @Test
  void a_holiday_needs_a_name() {
    assertEquals("the holiday on 2030-01-01 needs a name", assertThrows(IllegalArgumentException.class,
        () -> Holiday.of(FIRST, " ", HolidayKind.BANK_HOLIDAY)).getMessage());
  }
}
