package org.sendinspection.data.ofsted;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The value of one spreadsheet cell as the file holds it: empty, text, a number or a date.
 *
 * <p>Immutable. An OpenDocument file keeps each cell's type (a date cell holds a date); a CSV export
 * holds only text, which the typed readers of {@link RowCells} parse.
 */
final class Cell {
  static final Cell EMPTY = new Cell(null);

  /** Null when empty; otherwise a non-blank trimmed String, a Double, a LocalDate or a Boolean. */
  private final Object value;

  private Cell(Object value) {
    this.value = value;
  }

  /**
   * A cell of the given raw value, as a spreadsheet library returns it.
   *
   * @param raw null, a String, a Number, a LocalDate or LocalDateTime, or a Boolean; other types are
   *     kept as their text
   */
  static Cell of(Object raw) {
    if (raw == null) {
      return EMPTY;
    }
    if (raw instanceof String) {
      String text = ((String) raw).trim();
      return text.isEmpty() ? EMPTY : new Cell(text);
    }
    if (raw instanceof Number) {
      return new Cell(((Number) raw).doubleValue());
    }
    if (raw instanceof LocalDateTime) {
      // Ofsted's date cells are whole days; the time of day is always midnight.
      return new Cell(((LocalDateTime) raw).toLocalDate());
    }
    if (raw instanceof LocalDate || raw instanceof Boolean) {
      return new Cell(raw);
    }
    return of(raw.toString());
  }

  boolean isEmpty() {
    return value == null;
  }

  Optional<String> text() {
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  Optional<Double> number() {
    return value instanceof Double ? Optional.of((Double) value) : Optional.empty();
  }

  Optional<LocalDate> date() {
    return value instanceof LocalDate ? Optional.of((LocalDate) value) : Optional.empty();
  }

  /** The value as a person reads it: text as is, whole numbers without a decimal point, dates ISO. */
  String show() {
    if (value == null) {
      return "";
    }
    if (value instanceof Double) {
      double d = (Double) value;
      return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
    }
    return value.toString();
  }

  @Override
  public String toString() {
    return show();
  }
}
