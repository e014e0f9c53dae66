package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON lines file as bytes, split where {@link java.io.BufferedReader#readLine()} splits
 * text: at {@code \n}, at {@code \r}, and once at {@code \r\n}; a last line without a line break is a line,
 * and a file that ends with a line break has no empty line after it. Splitting bytes rather than text lets
 * each line be decoded on its own, so that bytes that are not UTF-8 are named by line and spoil only their
 * line, and lets a reader look at a line without decoding it. A line is held whole, in a buffer that grows
 * to the longest line. Not thread-safe; the stream is not closed.
 */
final class ByteLines {
  private static final int CHUNK = 1 << 16;

  private final InputStream in;
  private byte[] buffer = new byte[CHUNK];
  /** The file offset of {@code buffer[0]}. */
  private long base;
  private int length;
  private int next;
  private boolean eof;
  private boolean afterCr;
  private int start;
  private int end;
  private long number;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /**
   * Moves to the next line.
   *
   * @return whether there is one
   * @throws IOException if the stream cannot be read
   */
  boolean next() throws IOException {
    if (afterCr) {
      afterCr = false;
      if (next == length) {
        fill();
      }
      if (next < length && buffer[next] == '\n') {
        next++;
      }
    }
    int scanned = next;
    while (true) {
      for (int i = scanned; i < length; i++) {
        byte b = buffer[i];
        if (b == '\n' || b == '\r') {
          start = next;
          end = i;
          next = i + 1;
          afterCr = b == '\r';
          number++;
          return true;
        }
      }
      if (eof) {
        if (next == length) {
          return false;
        }
        start = next;
        end = length;
        next = length;
        number++;
        return true;
      }
      scanned = length - next;
      fill();
    }
  }

  /** Keeps the unfinished line at the front of the buffer and reads more after it. */
  private void fill() throws IOException {
    System.arraycopy(buffer, next, buffer, 0, length - next);
    base += next;
    length -= next;
    next = 0;
    if (buffer.length - length < CHUNK) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = in.read(buffer, length, buffer.length - length);
    if (read < 0) {
      eof = true;
    } else {
      length += read;
    }
  }

  /** The buffer that holds the line; valid until the next call of {@link #next()}. */
  byte[] buffer() {
    return buffer;
  }

  /** Where the line begins in {@link #buffer()}. */
  int start() {
    return start;
  }

  /** Where the line ends in {@link #buffer()}, its line break not included. */
  int end() {
    return end;
  }

  /** The line's number, from 1. */
  long number() {
    return number;
  }

  /** The file offset of the line's first byte. */
  long offset() {
    return base + start;
  }
}
