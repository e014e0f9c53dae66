package org.sendinspection.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.sendinspection.examples.files.PathMoves;

/**
 * Writes a site's pages into a folder all at once: they are written into a new folder beside it, then
 * moved into place, so that a reader never sees half a report and a failure leaves the old one whole.
 * A folder that exists is replaced only when it is empty or holds a report this class wrote (it carries
 * the file {@value #MARKER}); anything else is refused, since it may be the user's own files.
 */
public final class SiteWriter {
  /** The file that marks a folder as a report {@code send report} wrote and may replace. */
  public static final String MARKER = ".send-report";

  private SiteWriter() {}

  /**
   * Writes the pages into a folder.
   *
   * @param pages each page's text by its path relative to the folder; not null
   * @param out the folder; not null
   * @throws IllegalArgumentException if {@code out} exists and is a file, a symbolic link, or a folder with
   *     other files in it
   * @throws UncheckedIOException if a page cannot be written or moved into place
   */
  public static void write(Map<String, String> pages, Path out) {
    Objects.requireNonNull(pages, "pages");
    Path target = out.toAbsolutePath().normalize();
    refuseForeign(target);
    Path parent = target.getParent();
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, ".send-report-");
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Path file = staging.resolve(page.getKey()).normalize();
        if (!file.startsWith(staging)) {
          throw new IllegalArgumentException("page path " + page.getKey() + " leaves the report's folder");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      }
      Files.writeString(staging.resolve(MARKER), "written by send report\n", StandardCharsets.UTF_8);
      Path old = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        old = Files.createTempDirectory(parent, ".send-report-old-");
        Files.delete(old);
        PathMoves.intoPlace(target, old);
      }
      PathMoves.intoPlace(staging, target);
      staging = null;
      if (old != null) {
        PathMoves.deleteTreeQuietly(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + target + ": " + e.getMessage(), e);
    } finally {
      if (staging != null) {
        PathMoves.deleteTreeQuietly(staging);
      }
    }
  }

  private static void refuseForeign(Path target) {
    if (Files.isSymbolicLink(target)) {
      throw new IllegalArgumentException(target + " is a symbolic link; give the report a folder of its own");
    }
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IllegalArgumentException(target + " exists and is not a folder; give the report a folder of its own");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      boolean empty = !entries.iterator().hasNext();
      if (!empty && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException(target + " holds files that send report did not write; give the report "
            + "an empty or new folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
    }
  }
}
