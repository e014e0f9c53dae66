package org.sendinspection.model.area.directory;

import java.util.Locale;

/** How names are compared: ignoring case, punctuation, hyphens, extra spaces, and {@code &} for {@code and}. */
final class AreaNames {
  private AreaNames() {}

  /** The form two spellings of one name share: {@code telford & wrekin} and {@code Telford and Wrekin} alike. */
  static String key(String name) {
    // By hand rather than with regular expressions: a data set's every row looks a name up.
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder spaced = new StringBuilder(lower.length() + 8);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case '&' -> spaced.append(" and ");
        case '.', ',', '\'', '\u2019', '(', ')', '-' -> spaced.append(' ');
        default -> spaced.append(c);
      }
    }
    String trimmed = spaced.toString().trim();
    StringBuilder key = new StringBuilder(trimmed.length());
    boolean inSpace = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space) {
        if (!inSpace) {
          key.append(' ');
        }
      } else {
        key.append(c);
      }
      inSpace = space;
    }
    return key.toString();
  }
}
