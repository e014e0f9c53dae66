package org.sendinspection.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;

/** {@link Wording#date} writes every date as the formatter {@code d MMMM yyyy} does in {@link Locale#UK}. */
class WordingDatePropertiesTest {
  private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Test
  void a_date_reads_as_the_formatter_writes_it() {
    Gen<LocalDate> days = draws -> draws.dayBetween(LocalDate.of(1, 1, 1), LocalDate.of(12000, 12, 31));
    PropertyCheck.forAll(days)
        .tries(2000)
        .check(day -> assertEquals(FORMATTER.format(day), Wording.date(day), day.toString()));
  }

  @Test
  void the_first_and_last_days_of_each_month_and_of_the_four_digit_years_read_as_the_formatter_writes_them() {
    for (int month = 1; month <= 12; month++) {
      LocalDate first = LocalDate.of(2019, month, 1);
      assertEquals(FORMATTER.format(first), Wording.date(first));
      LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
      assertEquals(FORMATTER.format(last), Wording.date(last));
    }
    for (LocalDate day : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 3, 4)}) {
      assertEquals(FORMATTER.format(day), Wording.date(day));
    }
    assertEquals("23 December 2019", Wording.date(LocalDate.of(2019, 12, 23)));
  }
}
