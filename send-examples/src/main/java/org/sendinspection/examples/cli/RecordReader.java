package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.json.RecordFormatException;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.Violation;

/**
 * Reads the area records named on a command line, reporting every problem of every file on standard
 * error and carrying on past bad files, so that one run shows all that needs fixing.
 *
 * <p>A path may be a file or a directory; a directory stands for every {@code *.json} file beneath it,
 * in name order. Each problem is one line: {@code FILE: JSON-PATH: message [rule]}, where the JSON path
 * is {@code $} for the document itself. Reading is strict (see {@link AreaRecordCodec#strict()}): the
 * format, every field constraint and every invariant of the model. Not thread-safe.
 */
final class RecordReader {
  /** From this many files on, reading shows its progress on standard error. */
  static final int PROGRESS_FROM = 20;

  private final PrintWriter err;
  private int problemFiles;
  private int problems;

  RecordReader(PrintWriter err) {
    this.err = err;
  }

  /** How many files or paths had at least one problem. */
  int problemFiles() {
    return problemFiles;
  }

  /** How many problems were reported in all. */
  int problems() {
    return problems;
  }

  /** Whether every path was read without a problem. */
  boolean allGood() {
    return problemFiles == 0;
  }

  /**
   * Reads every record the paths name.
   *
   * @param paths files and directories; not null
   * @return the records that were valid, in the order found
   */
  List<LoadedRecord> readAll(List<Path> paths) {
    List<Path> files = expand(paths);
    Progress progress = new Progress(err, files.size());
    List<LoadedRecord> records = new ArrayList<>(files.size());
    for (Path file : files) {
      read(file).ifPresent(records::add);
      progress.step();
    }
    progress.done();
    return records;
  }

  /**
   * Reads one record file.
   *
   * @param file the file; not null
   * @return the record, or empty after reporting why it could not be read
   */
  Optional<LoadedRecord> read(Path file) {
    try {
      return Optional.of(new LoadedRecord(file.toString(), AreaRecordCodec.strict().read(file)));
    } catch (RecordFormatException e) {
      report(file.toString(), e.problems());
    } catch (UncheckedIOException e) {
      report(file.toString(), List.of(new Violation("", "unreadable", readFailure(file, e.getCause()))));
    }
    return Optional.empty();
  }

  /**
   * Reads one record file as {@code send validate} does: against the record format's JSON Schema, which
   * reports every structural problem at once, then through the codec, which checks every field
   * constraint and invariant. A problem the codec finds at a path the schema already reported is not
   * repeated.
   *
   * @param file the file; not null
   * @return the record, or empty after reporting every problem found
   */
  Optional<LoadedRecord> readChecked(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      report(file.toString(), List.of(new Violation("", "unreadable", readFailure(file, e))));
      return Optional.empty();
    }
    List<Violation> found = new ArrayList<>(RecordSchema.problems(text));
    Set<String> reported = found.stream().map(Violation::path).collect(Collectors.toSet());
    try {
      AreaRecord record = AreaRecordCodec.strict().readWithWarnings(text, file.toString()).record();
      if (found.isEmpty()) {
        return Optional.of(new LoadedRecord(file.toString(), record));
      }
    } catch (RecordFormatException e) {
      e.problems().stream().filter(v -> !reported.contains(v.path())).forEach(found::add);
    }
    report(file.toString(), found);
    return Optional.empty();
  }

  /**
   * Reads the one record file a command that explains or draws a record is given.
   *
   * @param file the file; not null
   * @return the record, or empty after reporting why it could not be read (missing, a directory, invalid)
   */
  Optional<LoadedRecord> readOne(Path file) {
    if (!Files.exists(file)) {
      report(file.toString(), List.of(new Violation("", "missing-file", "no such file or directory")));
      return Optional.empty();
    }
    if (Files.isDirectory(file)) {
      report(file.toString(), List.of(new Violation("", "not-a-file",
          "is a directory; give one record file")));
      return Optional.empty();
    }
    return read(file);
  }

  /**
   * The files the paths name: each file as given, each directory's {@code *.json} files beneath it in
   * name order. A path that does not exist is reported and skipped.
   */
  List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        report(path.toString(), List.of(new Violation("", "missing-file", "no such file or directory")));
      } else if (Files.isDirectory(path)) {
        files.addAll(jsonFilesUnder(path));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Reports problems of one origin, one line each. */
  void report(String origin, List<Violation> found) {
    problemFiles++;
    for (Violation v : found) {
      problems++;
      err.println(origin + ": " + (v.path().isEmpty() ? "$" : v.path()) + ": " + v.message() + " [" + v.rule() + "]");
    }
    err.flush();
  }

  private List<Path> jsonFilesUnder(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      List<Path> found = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
      if (found.isEmpty()) {
        report(directory.toString(), List.of(new Violation("", "missing-file", "the directory holds no *.json file")));
      }
      return found;
    } catch (IOException e) {
      report(directory.toString(), List.of(new Violation("", "unreadable", readFailure(directory, e))));
      return List.of();
    }
  }

  private static String readFailure(Path file, Throwable cause) {
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return "cannot be read: " + (cause == null ? "unknown reason" : cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
  }

  /** A one-line counter on standard error, shown only when there are many files. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private int done;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
    }

    void step() {
      done++;
      // Every tenth file, so that a large directory does not flood a slow terminal.
      if (total >= PROGRESS_FROM && (done % 10 == 0 || done == total)) {
        err.print("\rread " + done + " of " + total + " files");
        err.flush();
      }
    }

    void done() {
      if (total >= PROGRESS_FROM) {
        err.println();
        err.flush();
      }
    }
  }
}
