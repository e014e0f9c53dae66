package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sendinspection.examples.files.PathMoves;

/**
 * A file a command writes: first to a hidden temporary file beside it, then moved into its place, so that
 * a failed or killed run never leaves half a file; and an existing file is replaced only when asked
 * ({@code --force}).
 */
final class OutputFile {
  /** What a file's content is written by. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Writes the file whole, or not at all.
   *
   * @param force whether an existing file may be replaced
   * @throws FileAlreadyExistsException if the file exists and {@code force} is false (nothing is written)
   * @throws IOException if it cannot be written (nothing is left behind)
   */
  static void write(Path file, boolean force, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString(), null, "exists; give --force to replace it");
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      PathMoves.intoPlace(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** What went wrong in a few words a person can act on, naming no exception class. */
  static String failure(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "the file exists; give --force to replace it";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
