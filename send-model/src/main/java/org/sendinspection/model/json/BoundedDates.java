package org.sendinspection.model.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a date of a record: exactly {@code YYYY-MM-DD}, a real calendar day, in the years
 * {@value ReadLimits#MIN_YEAR} to {@value ReadLimits#MAX_YEAR}, as the schema's date pattern says. An
 * inspection record has no business with the year 9999, whose day after cannot even be written in four
 * digits.
 */
final class BoundedDates extends ValueDeserializer<LocalDate> {
  private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    return parse(p.getString());
  }

  /** The day the text names; an IllegalArgumentException naming what is wrong otherwise. */
  static LocalDate parse(String text) {
    if (!FORM.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a date in ISO-8601 form (YYYY-MM-DD)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a calendar day");
    }
    if (date.getYear() < ReadLimits.MIN_YEAR || date.getYear() > ReadLimits.MAX_YEAR) {
      throw new IllegalArgumentException("'" + text + "' is outside the years " + ReadLimits.MIN_YEAR
          + " to " + ReadLimits.MAX_YEAR + " that a record's dates may have");
    }
    return date;
  }
}
