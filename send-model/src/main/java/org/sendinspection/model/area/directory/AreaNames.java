package org.sendinspection.model.area.directory;

import java.util.Locale;

/** How names are compared: ignoring case, punctuation, hyphens, extra spaces, and {@code &} for {@code and}. */
final class AreaNames {
  private AreaNames() {}

  /** The form two spellings of one name share: {@code telford & wrekin} and {@code Telford and Wrekin} alike. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[.,'’()]", " ")
        .replace('-', ' ')
        .trim()
        .replaceAll("\\s+", " ");
  }
}
