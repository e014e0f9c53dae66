package org.sendinspection.examples.cli;

import java.nio.file.Path;

/**
 * Thrown when a data file cannot be read as the data set it was taken for: missing, not a spreadsheet
 * or CSV file, or lacking a sheet or column the reader needs.
 */
final class UnreadableDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableDataException(Path file, RuntimeException cause) {
    super(file + ": " + describe(cause), cause);
  }

  private static String describe(RuntimeException cause) {
    if (cause.getCause() instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory [missing-file]";
    }
    return cause.getMessage() + " [unreadable]";
  }
}
