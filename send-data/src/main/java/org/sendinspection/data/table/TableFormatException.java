package org.sendinspection.data.table;

/**
 * Thrown when a file cannot be read as the table a reader expects at all: it cannot be parsed, or its
 * header row lacks a column the reader needs.
 *
 * <p>A file that can be read but whose rows break a rule does not throw; its rows are reported as
 * {@link org.sendinspection.data.ofsted.ImportProblem}s.
 */
public final class TableFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A format error.
   *
   * @param message what is wrong, naming the file; not null
   */
  public TableFormatException(String message) {
    super(message);
  }

  /**
   * A format error with its cause.
   *
   * @param message what is wrong, naming the file; not null
   * @param cause the parser's error; may be null
   */
  public TableFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
