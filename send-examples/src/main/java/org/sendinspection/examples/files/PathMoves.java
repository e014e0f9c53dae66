package org.sendinspection.examples.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * How the commands put a finished file or directory in place, so that a reader never sees half of
 * one, and clear away the staging a failed or interrupted run left.
 */
public final class PathMoves {

  private PathMoves() {}

  /**
   * Moves a finished file or directory into place: atomically where the file system can, so that the
   * target is either the old one or the new one; as a plain move where it cannot (across file systems).
   *
   * @param from the finished file or directory; not null
   * @param to where it belongs; not null
   * @param options further options, such as {@link StandardCopyOption#REPLACE_EXISTING}
   * @throws IOException if it cannot be moved
   */
  public static void intoPlace(Path from, Path to, CopyOption... options) throws IOException {
    CopyOption[] atomic = Arrays.copyOf(options, options.length + 1);
    atomic[options.length] = StandardCopyOption.ATOMIC_MOVE;
    try {
      Files.move(from, to, atomic);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, options);
    }
  }

  /**
   * Deletes a staging directory and everything in it, as far as it can. What cannot be deleted stays: it
   * is a hidden directory beside the output, named for what it is, and the output itself is whole, so a
   * failure here is no reason to fail the command.
   *
   * @param root the directory; nothing happens if it does not exist
   */
  public static void deleteTreeQuietly(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Left as it is; see above.
    }
  }
}
