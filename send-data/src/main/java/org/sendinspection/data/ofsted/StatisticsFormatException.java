package org.sendinspection.data.ofsted;

/**
 * Thrown when a file cannot be read as Ofsted's area SEND statistics at all: it is not a spreadsheet
 * or CSV file, it lacks the data sheet, or no row holds the columns the statistics' Guidance sheet
 * defines.
 *
 * <p>A file that can be read but whose rows break the framework's rules does not throw; its rows are
 * reported as {@link ImportProblem}s.
 */
public final class StatisticsFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StatisticsFormatException(String message) {
    super(message);
  }

  StatisticsFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
