package org.sendinspection.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output and error of the command line, with every character that would act on a terminal
 * rather than show on it written as an escape ({@code \u001B}): control characters other than tab, line
 * feed and carriage return (so NUL, ESC and the ANSI sequences it starts, DEL and the C1 controls), the
 * bidirectional overrides and isolates that reorder what is shown, and lone surrogates. A record's names
 * and a file's name reach the terminal as text, never as commands to it. In JSON output the escape has the
 * same meaning as the character it replaces, so JSON stays valid and equal.
 */
final class TerminalSafeWriter extends FilterWriter {

  private TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** The writer wrapped so that it escapes, unless it already does. */
  static PrintWriter of(PrintWriter out) {
    if (out instanceof Safe) {
      return out;
    }
    return new Safe(new TerminalSafeWriter(out));
  }

  /** Whether the character is written as an escape. */
  static boolean escaped(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= 0x7F && c <= 0x9F
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || Character.isSurrogate(c);
  }

  /** The text with each such character escaped, for text that does not pass through this writer. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (escaped(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private char pendingHigh;

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(ch)) {
        out.write(high);
        out.write(ch);
        return;
      }
      out.write(escape(String.valueOf(high)));
    }
    if (Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else if (escaped(ch)) {
      out.write(String.format("\\u%04X", c));
    } else {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }

  @Override
  public void flush() throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      out.write(escape(String.valueOf(high)));
    }
    super.flush();
  }

  /** A print writer over the escaping writer, known as such. */
  private static final class Safe extends PrintWriter {
    Safe(Writer out) {
      super(out, true);
    }
  }
}
