package org.sendinspection.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.json.ReadLimits;
import org.sendinspection.rules.DisputedDatePolicy;
import picocli.CommandLine;

/** Turns command-line text into the model's values, with messages that say what was expected. */
final class Converters {
  private Converters() {}

  /** An ISO-8601 date, such as {@code 2022-08-31}. */
  static final class Day implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate day;
      try {
        day = value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(value) : null;
      } catch (DateTimeParseException e) {
        day = null;
      }
      if (day == null) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a date in ISO-8601 form (YYYY-MM-DD), such as 2022-08-31");
      }
      if (day.getYear() < ReadLimits.MIN_YEAR || day.getYear() > ReadLimits.MAX_YEAR) {
        throw new CommandLine.TypeConversionException("'" + value + "' is outside the years "
            + ReadLimits.MIN_YEAR + " to " + ReadLimits.MAX_YEAR + " that a record's dates may have");
      }
      return day;
    }
  }

  /** An Ofsted region by its wire name or the name Ofsted writes, such as {@code east-of-england}. */
  static final class Region implements CommandLine.ITypeConverter<OfstedRegion> {
    @Override
    public OfstedRegion convert(String value) {
      try {
        return OfstedRegion.fromAnyName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** A claim policy for disputed dates: most-corroborated, earliest, latest, first-recorded. */
  static final class Claim implements CommandLine.ITypeConverter<DisputedDatePolicy> {
    @Override
    public DisputedDatePolicy convert(String value) {
      try {
        return DisputedDatePolicy.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a claim policy; expected most-corroborated, earliest, latest or first-recorded");
      }
    }
  }
}
