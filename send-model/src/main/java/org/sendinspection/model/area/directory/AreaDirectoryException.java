package org.sendinspection.model.area.directory;

/**
 * The directory's bundled list cannot be read or breaks its own rules: a defect in the library's
 * resource, never in a caller's data, so the tests fail on it before a release can.
 */
public final class AreaDirectoryException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  AreaDirectoryException(String message) {
    super(message);
  }
}
