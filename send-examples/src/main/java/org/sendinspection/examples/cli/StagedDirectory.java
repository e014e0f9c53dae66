package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.sendinspection.examples.files.PathMoves;

/**
 * A directory a command fills as a whole: files are written into a hidden directory beside it ({@code
 * .NAME.RANDOM.part}), which is moved into place only when {@link #commit()} is called, so that a run that
 * fails or is killed partway leaves the directory as it was (absent, or with its former files), never half
 * written. A directory that already holds files is only written into when asked ({@code --force}): its
 * files are first linked (or, where links are not to be had, copied) into the hidden directory, so that
 * what the run does not write is kept, and at the commit the former directory is swapped for the new one.
 * A file of the former directory that the run writes again is unlinked in the hidden directory first, so
 * the former file is never changed. Not thread-safe.
 */
final class StagedDirectory {
  private final Path target;
  private final Path staging;
  private final boolean existed;
  private boolean done;

  private StagedDirectory(Path target, Path staging, boolean existed) {
    this.target = target;
    this.staging = staging;
    this.existed = existed;
  }

  /**
   * Starts filling a directory.
   *
   * @param directory the directory, which may not exist yet; not null
   * @param force whether a directory that holds files may be written into
   * @return the staged directory
   * @throws FileAlreadyExistsException if the directory holds files and {@code force} is false, or the path
   *     is not a directory; nothing is written
   * @throws IOException if the hidden directory cannot be made
   */
  static StagedDirectory open(Path directory, boolean force) throws IOException {
    Path target = directory.toAbsolutePath().normalize();
    boolean existed = Files.exists(target);
    if (existed) {
      if (!Files.isDirectory(target)) {
        throw new FileAlreadyExistsException(directory.toString(), null,
            "exists and is not a directory; give a directory, or a file ending .jsonl");
      }
      if (!force && !isEmpty(target)) {
        throw new FileAlreadyExistsException(directory.toString(), null,
            "the directory holds files; give --force to import into it (each area's record already there is "
                + "merged with the imported one, the other files kept)");
      }
      // A link to a directory stays a link: the directory it names is the one swapped.
      target = target.toRealPath();
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = null;
    for (int tries = 0; staging == null; tries++) {
      try {
        // Not createTempDirectory, whose directory only its owner may read: the result keeps the usual
        // permissions of a new directory, or those of the directory it replaces.
        staging = Files.createDirectory(parent.resolve("." + target.getFileName() + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part"));
      } catch (FileAlreadyExistsException e) {
        if (tries > 100) {
          throw e;
        }
      }
    }
    StagedDirectory staged = new StagedDirectory(target, staging, existed);
    if (existed) {
      try {
        mirror(target, staging);
      } catch (IOException | UncheckedIOException e) {
        staged.abandon();
        throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      }
    }
    return staged;
  }

  /** Where the run writes its files: the hidden directory. */
  Path path() {
    return staging;
  }

  /**
   * Makes a file of the hidden directory ready to be written afresh, so that writing it never changes the
   * former directory's file it may be linked to.
   *
   * @param name the file's name in the directory; not null
   * @return the file in the hidden directory
   * @throws IOException if the former link cannot be removed
   */
  Path fresh(String name) throws IOException {
    Path file = staging.resolve(name);
    Files.deleteIfExists(file);
    return file;
  }

  /**
   * Puts the hidden directory in place of the directory.
   *
   * @throws IOException if it cannot be moved; the hidden directory is then removed and the directory left
   *     as it was
   */
  void commit() throws IOException {
    try {
      if (!existed) {
        PathMoves.intoPlace(staging, target);
      } else {
        Path old = target.resolveSibling("." + target.getFileName() + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".old");
        PathMoves.intoPlace(target, old);
        try {
          PathMoves.intoPlace(staging, target);
        } catch (IOException e) {
          PathMoves.intoPlace(old, target);
          throw e;
        }
        PathMoves.deleteTreeQuietly(old);
      }
      done = true;
    } finally {
      if (!done) {
        abandon();
      }
    }
  }

  /** Removes the hidden directory; the directory is left as it was. */
  void abandon() {
    done = true;
    PathMoves.deleteTreeQuietly(staging);
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      return !entries.iterator().hasNext();
    }
  }

  /** Links (or copies) every file under {@code from} into {@code to}, keeping directories and links. */
  private static void mirror(Path from, Path to) throws IOException {
    PosixFileAttributeView permissions = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (permissions != null) {
      permissions.setPermissions(Files.getFileAttributeView(from, PosixFileAttributeView.class)
          .readAttributes().permissions());
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        if (source.equals(from)) {
          continue;
        }
        Path copy = to.resolve(from.relativize(source).toString());
        if (Files.isSymbolicLink(source)) {
          Files.createSymbolicLink(copy, Files.readSymbolicLink(source));
        } else if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectory(copy);
        } else {
          try {
            Files.createLink(copy, source);
          } catch (UnsupportedOperationException | IOException e) {
            Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
          }
        }
      }
    }
  }
}
