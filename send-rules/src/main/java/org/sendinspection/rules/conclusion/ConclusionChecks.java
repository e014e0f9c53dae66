package org.sendinspection.rules.conclusion;

/** The argument checks the conclusion types share, so that their messages read alike. */
final class ConclusionChecks {
  private ConclusionChecks() {}

  static void requireText(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
