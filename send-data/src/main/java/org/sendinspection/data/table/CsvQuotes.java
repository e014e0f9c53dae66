package org.sendinspection.data.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Where a CSV file's quoted value that is never closed begins. A CSV parser meets the missing quote only at
 * the end of the file, which says nothing useful; the line where the quote opened is where to look.
 */
public final class CsvQuotes {
  private CsvQuotes() {}

  /**
   * The line (from 1) on which a quoted value opens that is never closed, read as RFC 4180 reads quotes: a
   * quote opens a value only at the start of a field, and {@code ""} inside one is a quote.
   *
   * @param file the CSV file; not null
   * @return the line, or empty where every quote is closed or the file cannot be read
   */
  public static OptionalInt unclosedQuoteLine(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 1;
      int openedOn = 0;
      boolean quoted = false;
      boolean fieldStart = true;
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            if (in.read() != '"') {
              in.reset();
              quoted = false;
            }
          } else if (c == '\n') {
            line++;
          }
          fieldStart = false;
          continue;
        }
        if (c == '"' && fieldStart) {
          quoted = true;
          openedOn = line;
        }
        if (c == '\n') {
          line++;
        }
        fieldStart = c == ',' || c == '\n' || c == '\r' || c == '\uFEFF';
      }
      return quoted ? OptionalInt.of(openedOn) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /** The words to add to a CSV reader's message: where the unclosed quote opened, or nothing. */
  public static String describe(Path file) {
    OptionalInt line = unclosedQuoteLine(file);
    return line.isPresent() ? "; a quoted value opens on line " + line.getAsInt() + " and is never closed" : "";
  }
}
