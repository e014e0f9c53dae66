package org.sendinspection.data.d2i;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import org.sendinspection.data.table.RowReader;

/**
 * The date forms the scraped overview writes: inspection, publication and next-inspection dates as
 * {@code 18/11/24}, with two-digit years read as 2000 to 2099 (the 2023 framework began in January
 * 2023); the previous inspection as {@code 27/05/2021}, with {@code 01/01/1900} standing for none.
 */
final class OverviewDates {
  /** Day, month and two-digit year: {@code 18/11/24} is 18 November 2024. */
  static final DateTimeFormatter SHORT = new DateTimeFormatterBuilder()
      .appendPattern("dd/MM/")
      .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  /** Day, month and four-digit year: {@code 27/05/2021}. */
  static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /** The scraper's placeholder for "no previous inspection". */
  static final LocalDate NO_PREVIOUS = LocalDate.of(1900, 1, 1);

  /** What the scraper writes for a next-inspection period it did not find. */
  static final String NONE = "None";

  private OverviewDates() {}

  static Optional<LocalDate> parseShort(String text) {
    try {
      return Optional.of(LocalDate.parse(text, SHORT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The previous inspection's date as stated: empty where the cell is blank or holds the placeholder.
   *
   * @return empty (with a problem) if the cell is not a date; else the date, or none
   */
  static Optional<Optional<LocalDate>> previous(RowReader<OverviewColumn> cells) {
    if (cells.text(OverviewColumn.PREVIOUS_INSPECTION).isEmpty()) {
      return Optional.of(Optional.empty());
    }
    return cells.date(OverviewColumn.PREVIOUS_INSPECTION, LONG, "27/05/2021", false)
        .map(date -> date.equals(NO_PREVIOUS) ? Optional.empty() : Optional.of(date));
  }
}
