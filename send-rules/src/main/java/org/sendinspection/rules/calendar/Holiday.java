package org.sendinspection.rules.calendar;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;

/**
 * A weekday that is not a working day: its date, its name as published, and why.
 *
 * <p>Immutable and thread-safe. Example: {@code Holiday.of(LocalDate.of(2023, 5, 8), "Bank holiday
 * for the coronation of King Charles III", HolidayKind.PROCLAIMED_BANK_HOLIDAY)}.
 */
@Value.Immutable
@SendStyle
public interface Holiday {

  @Value.Parameter
  LocalDate getDate();

  /** The name as GOV.UK publishes it, such as {@code Christmas Day (substitute day)}. */
  @Value.Parameter
  String getName();

  @Value.Parameter
  HolidayKind getKind();

  @Value.Check
  default void check() {
    if (getName().isBlank()) {
      throw new IllegalArgumentException("the holiday on " + getDate() + " needs a name");
    }
  }

  static Holiday of(LocalDate date, String name, HolidayKind kind) {
    return ImmutableHoliday.of(date, name, kind);
  }
}
