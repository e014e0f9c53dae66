package org.sendinspection.model.json;

/**
 * The bounds the codec sets on what it reads, so that a hostile or broken document is refused at once
 * with a clear message instead of exhausting memory or the stack.
 *
 * <p>They are set far above any real area record (the largest example record is under 30 KB, nested
 * 9 levels deep, with lists of a few dozen items) and far below what would strain a reader: a document
 * at every bound is read in well under a second with a few tens of megabytes. A document beyond a bound
 * fails with the rule {@value RecordFormatException#LIMIT}. They are limits of this reader, not part of
 * the format's meaning: the JSON Schema does not state them. Dates and whole numbers, which the format
 * does bound, are checked by the schema as well (see {@code docs/wire-format.md}).
 */
public final class ReadLimits {
  /** The most characters of a document read from text, and the most bytes of a record file: 16 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;
  /** The deepest nesting of objects and arrays: 32 levels (a record needs at most 10). */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The longest string value, in characters: 100,000 (a long quote is a few hundred). */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest property name, in characters: 100 (the format's longest is under 40). */
  public static final int MAX_NAME_LENGTH = 100;
  /** The longest number, in characters: 100. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The most items in one array: 10,000 (an area has a few dozen sources, inspections or partners). */
  public static final int MAX_ARRAY_SIZE = 10_000;
  /** The most tokens (values, names, brackets) in one document: 1,000,000. */
  public static final long MAX_TOKEN_COUNT = 1_000_000;
  /** The earliest year of a date in a record: 1900. */
  public static final int MIN_YEAR = 1900;
  /** The latest year of a date in a record: 2100. */
  public static final int MAX_YEAR = 2100;

  private ReadLimits() {}
}
