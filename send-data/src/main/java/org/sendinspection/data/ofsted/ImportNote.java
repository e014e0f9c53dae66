package org.sendinspection.data.ofsted;

import java.util.Objects;

/**
 * How a reader understood a row where that is worth knowing but nothing is wrong: an area found by its
 * name because the data set gives no code, or an old code read as the area that succeeded it.
 *
 * <p>Immutable and thread-safe. Unlike an {@link ImportProblem}, a note does not make an import fail.
 * Example, as {@link #toString()} writes it: {@code row 12, column D: code E10000006 is Cumbria's, which
 * Cumberland (E06000063) succeeded; the name 'cumberland' gives Cumberland (E06000063) [note]}.
 *
 * @param row the row number as a spreadsheet shows it
 * @param column the column letter, or empty where the note concerns the row; not null
 * @param message what the reader did and why; not null
 */
public record ImportNote(int row, String column, String message) {

  public ImportNote {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + message + " [note]";
  }
}
