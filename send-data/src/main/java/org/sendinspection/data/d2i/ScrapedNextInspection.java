package org.sendinspection.data.d2i;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The next inspection of an area as the scraper computed it, not as the rules derive it: its period
 * ({@code 5 years}, {@code 3 years}, {@code 18 months}) and the date it adds to the inspection's start,
 * or the scraper's own note where it computed none.
 *
 * <p>Immutable and thread-safe. These are the scraper's figures, kept beside the records for
 * comparison; the library's rules compute next inspections from the records themselves.
 *
 * @param code the area's ONS code; not null
 * @param row the row it was read from
 * @param period the scraper's period, where it gives one (not its {@code None}); not null
 * @param byDate the scraper's date, where it gives one; not null
 * @param note the scraper's text in place of a date, such as {@code Next inspection time frame not
 *     found}; not null
 */
public record ScrapedNextInspection(String code, int row, Optional<String> period, Optional<LocalDate> byDate,
    Optional<String> note) {

  public ScrapedNextInspection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(byDate, "byDate");
    Objects.requireNonNull(note, "note");
  }
}
