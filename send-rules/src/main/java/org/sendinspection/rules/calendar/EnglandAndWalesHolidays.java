package org.sendinspection.rules.calendar;

import static org.sendinspection.rules.calendar.HolidayKind.BANK_HOLIDAY;
import static org.sendinspection.rules.calendar.HolidayKind.COMMON_LAW_HOLIDAY;
import static org.sendinspection.rules.calendar.HolidayKind.PROCLAIMED_BANK_HOLIDAY;

import java.time.LocalDate;
import java.util.List;
import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.rules.conclusion.SourceKind;

/**
 * The public holidays of England and Wales from 2016 to 2027: a dated, cited table.
 *
 * <p>Source: GOV.UK, "UK bank holidays", England and Wales (https://www.gov.uk/bank-holidays), which
 * lists Christmas Day and Good Friday with the bank holidays, and the royal proclamations of the
 * one-off days: the early May bank holiday of 2020 moved to Friday 8 May for the 75th anniversary of
 * VE day; the spring bank holiday of 2022 moved to Thursday 2 June with an extra bank holiday on
 * Friday 3 June for the Platinum Jubilee; Monday 19 September 2022 for the State Funeral of Queen
 * Elizabeth II; Monday 8 May 2023 for the coronation of King Charles III. Where a holiday falls at a
 * weekend the substitute weekday is listed, as GOV.UK lists it. Years from 2026 are as announced and
 * may still change by proclamation; extend or correct the table with {@link WorkingDayCalendar#with}.
 */
public final class EnglandAndWalesHolidays {

  /** Where the table comes from. */
  public static final RuleSource SOURCE = RuleSource.builder()
      .id("gov-uk-bank-holidays")
      .kind(SourceKind.PUBLIC_HOLIDAY_TABLE)
      .title("GOV.UK, UK bank holidays: England and Wales, with the royal proclamations of 2020, 2022 and 2023")
      .url("https://www.gov.uk/bank-holidays")
      .build();

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(
      LocalDate.of(2016, 1, 1), LocalDate.of(2027, 12, 31), table(), List.of(SOURCE));

  private EnglandAndWalesHolidays() {}

  /** The calendar of England and Wales covering 2016 to 2027. */
  public static WorkingDayCalendar calendar() {
    return CALENDAR;
  }

  private static List<Holiday> table() {
    return List.of(
        // 2016
        bank(2016, 1, 1, "New Year's Day"), goodFriday(2016, 3, 25), bank(2016, 3, 28, "Easter Monday"),
        bank(2016, 5, 2, "Early May bank holiday"), bank(2016, 5, 30, "Spring bank holiday"),
        bank(2016, 8, 29, "Summer bank holiday"), christmas(2016), bank(2016, 12, 26, "Boxing Day"),
        bank(2016, 12, 27, "Christmas Day (substitute day)"),
        // 2017
        bank(2017, 1, 2, "New Year's Day (substitute day)"), goodFriday(2017, 4, 14),
        bank(2017, 4, 17, "Easter Monday"), bank(2017, 5, 1, "Early May bank holiday"),
        bank(2017, 5, 29, "Spring bank holiday"), bank(2017, 8, 28, "Summer bank holiday"),
        christmas(2017), bank(2017, 12, 26, "Boxing Day"),
        // 2018
        bank(2018, 1, 1, "New Year's Day"), goodFriday(2018, 3, 30), bank(2018, 4, 2, "Easter Monday"),
        bank(2018, 5, 7, "Early May bank holiday"), bank(2018, 5, 28, "Spring bank holiday"),
        bank(2018, 8, 27, "Summer bank holiday"), christmas(2018), bank(2018, 12, 26, "Boxing Day"),
        // 2019
        bank(2019, 1, 1, "New Year's Day"), goodFriday(2019, 4, 19), bank(2019, 4, 22, "Easter Monday"),
        bank(2019, 5, 6, "Early May bank holiday"), bank(2019, 5, 27, "Spring bank holiday"),
        bank(2019, 8, 26, "Summer bank holiday"), christmas(2019), bank(2019, 12, 26, "Boxing Day"),
        // 2020
        bank(2020, 1, 1, "New Year's Day"), goodFriday(2020, 4, 10), bank(2020, 4, 13, "Easter Monday"),
        proclaimed(2020, 5, 8, "Early May bank holiday (VE day), moved from Monday 4 May"),
        bank(2020, 5, 25, "Spring bank holiday"), bank(2020, 8, 31, "Summer bank holiday"),
        christmas(2020), bank(2020, 12, 28, "Boxing Day (substitute day)"),
        // 2021
        bank(2021, 1, 1, "New Year's Day"), goodFriday(2021, 4, 2), bank(2021, 4, 5, "Easter Monday"),
        bank(2021, 5, 3, "Early May bank holiday"), bank(2021, 5, 31, "Spring bank holiday"),
        bank(2021, 8, 30, "Summer bank holiday"), christmas(2021),
        bank(2021, 12, 27, "Christmas Day (substitute day)"),
        bank(2021, 12, 28, "Boxing Day (substitute day)"),
        // 2022
        bank(2022, 1, 3, "New Year's Day (substitute day)"), goodFriday(2022, 4, 15),
        bank(2022, 4, 18, "Easter Monday"), bank(2022, 5, 2, "Early May bank holiday"),
        proclaimed(2022, 6, 2, "Spring bank holiday, moved from Monday 30 May"),
        proclaimed(2022, 6, 3, "Platinum Jubilee bank holiday"),
        bank(2022, 8, 29, "Summer bank holiday"),
        proclaimed(2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        christmas(2022), bank(2022, 12, 26, "Boxing Day"),
        bank(2022, 12, 27, "Christmas Day (substitute day)"),
        // 2023
        bank(2023, 1, 2, "New Year's Day (substitute day)"), goodFriday(2023, 4, 7),
        bank(2023, 4, 10, "Easter Monday"), bank(2023, 5, 1, "Early May bank holiday"),
        proclaimed(2023, 5, 8, "Bank holiday for the coronation of King Charles III"),
        bank(2023, 5, 29, "Spring bank holiday"), bank(2023, 8, 28, "Summer bank holiday"),
        christmas(2023), bank(2023, 12, 26, "Boxing Day"),
        // 2024
        bank(2024, 1, 1, "New Year's Day"), goodFriday(2024, 3, 29), bank(2024, 4, 1, "Easter Monday"),
        bank(2024, 5, 6, "Early May bank holiday"), bank(2024, 5, 27, "Spring bank holiday"),
        bank(2024, 8, 26, "Summer bank holiday"), christmas(2024), bank(2024, 12, 26, "Boxing Day"),
        // 2025
        bank(2025, 1, 1, "New Year's Day"), goodFriday(2025, 4, 18), bank(2025, 4, 21, "Easter Monday"),
        bank(2025, 5, 5, "Early May bank holiday"), bank(2025, 5, 26, "Spring bank holiday"),
        bank(2025, 8, 25, "Summer bank holiday"), christmas(2025), bank(2025, 12, 26, "Boxing Day"),
        // 2026
        bank(2026, 1, 1, "New Year's Day"), goodFriday(2026, 4, 3), bank(2026, 4, 6, "Easter Monday"),
        bank(2026, 5, 4, "Early May bank holiday"), bank(2026, 5, 25, "Spring bank holiday"),
        bank(2026, 8, 31, "Summer bank holiday"), christmas(2026),
        bank(2026, 12, 28, "Boxing Day (substitute day)"),
        // 2027
        bank(2027, 1, 1, "New Year's Day"), goodFriday(2027, 3, 26), bank(2027, 3, 29, "Easter Monday"),
        bank(2027, 5, 3, "Early May bank holiday"), bank(2027, 5, 31, "Spring bank holiday"),
        bank(2027, 8, 30, "Summer bank holiday"), christmas(2027),
        bank(2027, 12, 27, "Christmas Day (substitute day)"),
        bank(2027, 12, 28, "Boxing Day (substitute day)"));
  }

  private static Holiday bank(int year, int month, int day, String name) {
    return Holiday.of(LocalDate.of(year, month, day), name, BANK_HOLIDAY);
  }

  private static Holiday proclaimed(int year, int month, int day, String name) {
    return Holiday.of(LocalDate.of(year, month, day), name, PROCLAIMED_BANK_HOLIDAY);
  }

  private static Holiday goodFriday(int year, int month, int day) {
    return Holiday.of(LocalDate.of(year, month, day), "Good Friday", COMMON_LAW_HOLIDAY);
  }

  private static Holiday christmas(int year) {
    return Holiday.of(LocalDate.of(year, 12, 25), "Christmas Day", COMMON_LAW_HOLIDAY);
  }
}
