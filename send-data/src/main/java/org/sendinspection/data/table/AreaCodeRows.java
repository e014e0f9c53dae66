package org.sendinspection.data.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The first row of each area code seen in a data file, kept small enough for a file of millions of rows.
 *
 * <p>An ONS code of nine characters, a capital letter and eight digits ({@code E10000012}), is kept as one
 * number in an open-addressed table, about 24 bytes an area where a map of strings takes over 100; any
 * other code in an ordinary map. Not thread-safe.
 */
final class AreaCodeRows {
  private static final long EMPTY = -1;

  private long[] codes = new long[1024];
  private int[] rows = new int[1024];
  private int size;
  private final Map<String, Integer> others = new HashMap<>();

  AreaCodeRows() {
    Arrays.fill(codes, EMPTY);
  }

  /**
   * Records the row of a code unless the code was seen before.
   *
   * @param code the area code; not null
   * @param row the row number
   * @return the row the code was first seen on, or empty if this is the first
   */
  OptionalInt putIfAbsent(String code, int row) {
    long packed = pack(code);
    if (packed == EMPTY) {
      Integer first = others.putIfAbsent(code, row);
      return first == null ? OptionalInt.empty() : OptionalInt.of(first);
    }
    int slot = find(codes, packed);
    if (codes[slot] == packed) {
      return OptionalInt.of(rows[slot]);
    }
    codes[slot] = packed;
    rows[slot] = row;
    if (++size * 2 > codes.length) {
      grow();
    }
    return OptionalInt.empty();
  }

  /** A code of a capital letter and eight digits as a number (the letter times 10^8 plus the digits). */
  static long pack(String code) {
    if (code.length() != 9) {
      return EMPTY;
    }
    char letter = code.charAt(0);
    if (letter < 'A' || letter > 'Z') {
      return EMPTY;
    }
    long digits = 0;
    for (int i = 1; i < 9; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return EMPTY;
      }
      digits = digits * 10 + (c - '0');
    }
    return (letter - 'A') * 100_000_000L + digits;
  }

  private static int find(long[] table, long packed) {
    int mask = table.length - 1;
    int slot = (int) (mix(packed) & mask);
    while (table[slot] != EMPTY && table[slot] != packed) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private void grow() {
    long[] oldCodes = codes;
    int[] oldRows = rows;
    codes = new long[oldCodes.length * 2];
    rows = new int[oldRows.length * 2];
    Arrays.fill(codes, EMPTY);
    for (int i = 0; i < oldCodes.length; i++) {
      if (oldCodes[i] != EMPTY) {
        int slot = find(codes, oldCodes[i]);
        codes[slot] = oldCodes[i];
        rows[slot] = oldRows[i];
      }
    }
  }
}
