package org.sendinspection.rules.rules2023;

import java.time.LocalDate;
import java.util.Objects;
import org.sendinspection.rules.conclusion.DateRange;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.Wording;

/**
 * The window in which an inspection under the 2023 framework usually takes place: a usual date counted
 * from the partnership's receipt of a report, widened by the settings' margin either side.
 *
 * <p>Immutable and thread-safe. Example: Suffolk's report published on 30 January 2024 (outcome 3);
 * the monitoring inspection is usually 18 months on, about 30 July 2025, and with the default margin of
 * 3 months the window runs from 30 April 2025 to 30 October 2025.
 */
final class InspectionWindow {
  private final ResolvedDate countedFrom;
  private final String period;
  private final LocalDate about;
  private final DateRange range;
  private final int marginMonths;

  private InspectionWindow(ResolvedDate countedFrom, String period, LocalDate about, int marginMonths) {
    this.countedFrom = countedFrom;
    this.period = period;
    this.about = about;
    this.range = new DateRange(about.minusMonths(marginMonths), about.plusMonths(marginMonths));
    this.marginMonths = marginMonths;
  }

  /**
   * A window a number of months after a date.
   *
   * @param countedFrom the date it counts from; not null
   * @param months the months to the usual date, at least 1
   * @param marginMonths the months either side, at least 0
   * @return the window
   * @throws IllegalArgumentException if the period is below 1 or the margin negative
   */
  public static InspectionWindow monthsAfter(ResolvedDate countedFrom, int months, int marginMonths) {
    Objects.requireNonNull(countedFrom, "countedFrom");
    check(months, "months", marginMonths);
    return new InspectionWindow(countedFrom, months + " months", countedFrom.getDate().plusMonths(months),
        marginMonths);
  }

  /**
   * A window a number of years after a date.
   *
   * @param countedFrom the date it counts from; not null
   * @param years the years to the usual date, at least 1
   * @param marginMonths the months either side, at least 0
   * @return the window
   * @throws IllegalArgumentException if the period is below 1 or the margin negative
   */
  public static InspectionWindow yearsAfter(ResolvedDate countedFrom, int years, int marginMonths) {
    Objects.requireNonNull(countedFrom, "countedFrom");
    check(years, "years", marginMonths);
    return new InspectionWindow(countedFrom, years == 1 ? "1 year" : years + " years",
        countedFrom.getDate().plusYears(years), marginMonths);
  }

  private static void check(int period, String unit, int marginMonths) {
    if (period < 1) {
      throw new IllegalArgumentException("a window's " + unit + " must be at least 1; found " + period);
    }
    if (marginMonths < 0) {
      throw new IllegalArgumentException("a window's margin must be at least 0 months; found " + marginMonths);
    }
  }

  /** The date it counts from, with its path and notes. */
  public ResolvedDate countedFrom() {
    return countedFrom;
  }

  /** The usual date: the period after the date it counts from. */
  public LocalDate about() {
    return about;
  }

  /** The days of the window, both ends included. */
  public DateRange range() {
    return range;
  }

  /** The first day of the window. */
  public LocalDate opens() {
    return range.from();
  }

  /** The last day of the window. */
  public LocalDate closes() {
    return range.to();
  }

  /** Whether a day falls in the window, both ends included. */
  public boolean contains(LocalDate day) {
    return range.contains(day);
  }

  /** Where a day falls against the window, in words: {@code within the window}, {@code before it}, {@code after it}. */
  public String placing(LocalDate day) {
    // Reports give every timing as an upper bound ("within approximately 18 months"): only a day before
    // the date counted from is early, and a day up to the window's close is within the time given.
    if (day.isBefore(countedFrom.getDate())) {
      return "before the report it follows";
    }
    return range.endedBefore(day) ? "after the window closed" : "within the time the report gives";
  }

  /**
   * The window in a sentence, naming the date it counts from and the setting that widens it, such as
   * {@code about 9 June 2026, 3 years from 9 June 2023 (the report's receipt); the window runs from ...}.
   */
  public String describe() {
    return "about " + Wording.date(about) + ", " + period + " from " + Wording.date(countedFrom.getDate()) + " ("
        + countedFrom.getDescription() + "); the window runs from " + Wording.date(range.from()) + " to "
        + Wording.date(range.to()) + ", " + marginMonths + " months either side (the sources say \"approximately\" or"
        + " \"usually\" without a margin, so the margin is unverified; it is the setting areaSendWindowMonths)";
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof InspectionWindow)) {
      return false;
    }
    InspectionWindow that = (InspectionWindow) other;
    return countedFrom.equals(that.countedFrom) && period.equals(that.period) && about.equals(that.about)
        && marginMonths == that.marginMonths;
  }

  @Override
  public int hashCode() {
    return Objects.hash(countedFrom, period, about, marginMonths);
  }

  @Override
  public String toString() {
    return "InspectionWindow[" + range.from() + " to " + range.to() + ", about " + about + "]";
  }
}
