package org.sendinspection.model.validation;


/**
 * What counts as text that says something: text that holds at least one visible character. The one
 * definition the model's construction, the JSON reader and the JSON Schema share, so that a builder
 * refuses exactly the text the reader and a schema validator refuse.
 *
 * <p>A visible character is any but these: the control characters (U+0000 to U+001F, U+007F to U+009F);
 * white space in Java's, Bean Validation's ({@code trim()}) or JavaScript's sense, no-break spaces
 * included (U+0020, U+00A0, U+1680, U+2000 to U+200A, U+2007 and U+202F among them, U+2028, U+2029,
 * U+205F, U+3000); the invisible format characters (the soft hyphen U+00AD, U+180E, the zero-width
 * characters and direction marks U+200B to U+200F and U+202A to U+202E, the word joiner and invisible
 * operators U+2060 to U+206F, and U+FEFF, the byte order mark); and a lone surrogate. A letter written
 * as a surrogate pair, such as U+1D400, is visible. So a space, a no-break space, or a zero-width
 * space followed by U+FEFF says nothing, and "Essex" after a no-break space does.
 */
public final class VisibleText {

  /**
   * One visible character, as a regular expression. Written with explicit ranges so that Java and
   * ECMAScript regular expressions (as JSON Schema validators use) read it alike; the schema's
   * {@code pattern} for text that must say something is this very expression.
   */
  public static final String CHARACTER =
      "[^\\u0000-\\u0020\\u007F-\\u00A0\\u00AD\\u1680\\u180E\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F"
          + "\\u3000\\uD800-\\uDFFF\\uFEFF]";

  private VisibleText() {}

  /**
   * Whether a text holds a visible character: one that {@link #CHARACTER} matches.
   *
   * @param text the text; null holds none
   * @return true if it says something
   */
  public static boolean in(String text) {
    if (text == null) {
      return false;
    }
    // The same ranges as CHARACTER, tested code point by code point: the model asks this of every text
    // it is built with, and a regular expression was the largest part of its construction checks.
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (visible(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** Whether one code point is visible; a lone surrogate is its own code point here, as in a regular expression. */
  private static boolean visible(int c) {
    if (c <= 0x20) {
      return false;
    }
    if (c < 0x7F) {
      return true;
    }
    if (c <= 0xA0) {
      return false;
    }
    return c != 0xAD && c != 0x1680 && c != 0x180E && !(c >= 0x2000 && c <= 0x200F)
        && !(c >= 0x2028 && c <= 0x202F) && !(c >= 0x205F && c <= 0x206F) && c != 0x3000
        && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFEFF;
  }

  /**
   * Where a text holds a lone surrogate: half of a surrogate pair without its other half, which is
   * not a character and cannot be written as UTF-8.
   *
   * @param text the text; not null
   * @return the index of the first lone surrogate, or -1 if there is none
   */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text with each character that does not show as itself (control, format and surrogate
   * characters, and white space other than the plain space) written as a Java escape (a backslash, u
   * and four hexadecimal digits), so that a message says which invisible characters were found.
   *
   * @param text the text; not null
   * @return the text, escaped
   */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
          || Character.isSpaceChar(c) && c != ' ') {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
