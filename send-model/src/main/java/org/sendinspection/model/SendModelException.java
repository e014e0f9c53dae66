package org.sendinspection.model;

/**
 * The root of the exceptions by which the model tells a caller that what it was given is not a valid
 * record of the framework.
 *
 * <p>Each subclass carries, besides its message, the structured detail a tool needs to point at the
 * problem: the path of the field and the rule that was broken.
 */
public abstract class SendModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected SendModelException(String message) {
    super(message);
  }

  protected SendModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
