package org.sendinspection.data.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The bounds on a spreadsheet ({@code .ods}, {@code .xlsx}) before any library reads it, so that a small
 * file that expands to gigabytes (a zip bomb) is refused with a clear message instead of exhausting memory.
 *
 * <p>The official files are far within them: the statistics spreadsheet is 50 KB expanding to 0.3 MB, the
 * overview workbook 19 KB expanding to 0.1 MB.
 */
public final class SpreadsheetLimits {
  /** The most bytes all the parts of a spreadsheet may expand to: 32 MiB. */
  public static final long MAX_UNCOMPRESSED_BYTES = 32L * 1024 * 1024;
  /** The most parts (zip entries) a spreadsheet may have: 1,000. */
  public static final int MAX_ENTRIES = 1_000;
  /** The most characters in one cell: 32,767, the most a cell of Excel or LibreOffice Calc holds. */
  public static final int MAX_CELL_LENGTH = 32_767;
  /** The most rows a sheet read may have: 100,000 (the statistics have one row per inspection). */
  public static final int MAX_ROWS = 100_000;
  /** The most columns a sheet read may have: 1,000. */
  public static final int MAX_COLUMNS = 1_000;

  private SpreadsheetLimits() {}

  /**
   * What is wrong with the spreadsheet's size, found by expanding each part while counting its bytes
   * (the sizes an archive declares may lie) and stopping at the bound; empty when it is within every bound.
   * A file that is not a zip archive is not judged here: the reader reports that.
   *
   * @param file the spreadsheet; not null
   * @return the problem, such as "expands to more than 33554432 bytes"
   * @throws IOException if the file cannot be read
   */
  public static Optional<String> archiveProblem(Path file) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      return Optional.empty();
    }
    try (zip) {
      if (zip.size() > MAX_ENTRIES) {
        return Optional.of("has " + zip.size() + " parts; a spreadsheet read has at most " + MAX_ENTRIES);
      }
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_UNCOMPRESSED_BYTES) {
              return Optional.of("expands to more than " + MAX_UNCOMPRESSED_BYTES + " bytes (at its part '"
                  + entry.getName() + "'); a spreadsheet read expands to at most that");
            }
          }
        } catch (ZipException e) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
  }

  /** What is wrong with a cell's length, or empty. */
  public static Optional<String> cellProblem(String text) {
    return text != null && text.length() > MAX_CELL_LENGTH
        ? Optional.of("a cell holds " + text.length() + " characters; a cell read holds at most " + MAX_CELL_LENGTH)
        : Optional.empty();
  }
}
