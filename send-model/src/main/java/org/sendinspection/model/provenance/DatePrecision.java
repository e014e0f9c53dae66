package org.sendinspection.model.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.sendinspection.model.WireName;

/**
 * How precisely a source dates a fact: to the day ("14 May 2019"), to the month ("June 2018") or to
 * the year ("in 2017").
 *
 * <p>A claim of a month or a year is recorded by the first day of that period; the fact happened on
 * some day within it, which rules read as the interval it is.
 */
public enum DatePrecision implements WireName {
  /** The source names the day. */
  DAY("day"),
  /** The source names the month only. */
  MONTH("month"),
  /** The source names the year only. */
  YEAR("year");

  private final String wireName;

  DatePrecision(String wireName) {
    this.wireName = wireName;
  }

  /** Whether a date is the first day of a period of this precision, as a claim must record it. */
  public boolean startsPeriod(LocalDate date) {
    switch (this) {
      case DAY:
        return true;
      case MONTH:
        return date.getDayOfMonth() == 1;
      case YEAR:
        return date.getDayOfYear() == 1;
    }
    throw new AssertionError(this);
  }

  /** The last day of the period of this precision that begins on the given date. */
  public LocalDate lastDay(LocalDate first) {
    switch (this) {
      case DAY:
        return first;
      case MONTH:
        return first.with(TemporalAdjusters.lastDayOfMonth());
      case YEAR:
        return first.with(TemporalAdjusters.lastDayOfYear());
    }
    throw new AssertionError(this);
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static DatePrecision fromWireName(String text) {
    return WireName.parse(DatePrecision.class, text);
  }
}
