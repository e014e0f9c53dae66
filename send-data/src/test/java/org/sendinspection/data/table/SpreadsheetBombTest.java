package org.sendinspection.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.data.d2i.ScrapedOverview;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.data.ofsted.StatisticsFormatException;

/**
 * A small spreadsheet that expands to more than {@link SpreadsheetLimits#MAX_UNCOMPRESSED_BYTES} (a zip
 * bomb: one huge part of repeated bytes) is refused with a message naming the file and the bound, before
 * any library reads it, instead of running out of memory.
 */
class SpreadsheetBombTest {

  /** A zip of a few kilobytes whose one part expands past the bound. */
  private static Path bomb(Path dir, String name, String part) throws Exception {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(part));
      byte[] block = new byte[1024 * 1024];
      java.util.Arrays.fill(block, (byte) 'a');
      OutputStream out = zip;
      for (long written = 0; written <= SpreadsheetLimits.MAX_UNCOMPRESSED_BYTES; written += block.length) {
        out.write(block);
      }
      zip.closeEntry();
    }
    return file;
  }

  @Test
  void bomb_isSmallOnDisk(@TempDir Path dir) throws Exception {
    Path file = bomb(dir, "small.ods", "content.xml");
    assertTrue(Files.size(file) < 1024 * 1024, "the test's bomb is small: " + Files.size(file));
    assertTrue(SpreadsheetLimits.archiveProblem(file).isPresent());
  }

  @Test
  void odsBomb_isRefusedNamingTheBound(@TempDir Path dir) throws Exception {
    Path file = bomb(dir, "statistics.ods", "content.xml");
    StatisticsFormatException e = assertThrows(StatisticsFormatException.class, () -> OfstedStatistics.read(file));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("expands to more than "
        + SpreadsheetLimits.MAX_UNCOMPRESSED_BYTES + " bytes") && e.getMessage().contains("content.xml"),
        e.getMessage());
  }

  @Test
  void xlsxBomb_isRefusedNamingTheBound(@TempDir Path dir) throws Exception {
    Path file = bomb(dir, "overview.xlsx", "xl/worksheets/sheet1.xml");
    TableFormatException e = assertThrows(TableFormatException.class, () -> XlsxTable.read(file));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("expands to more than"),
        e.getMessage());
    assertThrows(TableFormatException.class, () -> ScrapedOverview.read(file));
  }

  @Test
  void smallArchive_isWithinTheBounds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("small.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("a.xml"));
      zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    assertEquals(Optional.empty(), SpreadsheetLimits.archiveProblem(file));
  }

  @Test
  void longCell_isAProblem() {
    assertTrue(SpreadsheetLimits.cellProblem("x".repeat(SpreadsheetLimits.MAX_CELL_LENGTH + 1)).isPresent());
    assertEquals(Optional.empty(), SpreadsheetLimits.cellProblem("x".repeat(SpreadsheetLimits.MAX_CELL_LENGTH)));
  }
}
