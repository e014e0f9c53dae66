package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.json.RecordFormatException;
import org.sendinspection.model.validation.Violation;

/**
 * Reads the area records named on a command line, reporting every problem of every file on standard
 * error and carrying on past bad files, so that one run shows all that needs fixing.
 *
 * <p>A path may be a record file ({@code .json}), a JSON lines file ({@code .jsonl}: one record a line)
 * or a directory, which stands for every {@code *.json} and {@code *.jsonl} file beneath it, in name
 * order. Records are read and handed on one at a time, so that a file or directory of any size is read
 * in bounded memory (only the files' names are held, to put them in order). Each problem is one line:
 * {@code FILE: JSON-PATH: message [rule]}, where FILE is {@code FILE:LINE} in a JSON lines file and the
 * JSON path is {@code $} for the document itself. Reading is strict (see {@link AreaRecordCodec#strict()}):
 * the format, every field constraint and every invariant of the model. On a terminal, reading many files
 * or records shows its progress on standard error; elsewhere it is quiet. Not thread-safe.
 */
final class RecordReader {
  /** From this many files on, reading shows its progress on a terminal. */
  static final int PROGRESS_FROM = 20;
  /** The extension of JSON lines files. */
  static final String LINES = ".jsonl";

  private final PrintWriter err;
  private final boolean terminal;
  private int problemFiles;
  private int problems;
  private long records;
  private boolean readLines;

  /** A reader whose progress shows on an interactive terminal ({@link System#console()}). */
  RecordReader(PrintWriter err) {
    this(err, System.console() != null);
  }

  RecordReader(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** How many records were read, valid or not (a record file is one; a JSON lines file one a line). */
  long records() {
    return records;
  }

  /** Whether a JSON lines file was among those read, so that counts are of records, not files. */
  boolean readLines() {
    return readLines;
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
   * Reads every record the paths name and keeps them, for commands that need them all at once.
   *
   * @param paths files and directories; not null
   * @return the valid records, in the order found
   */
  List<LoadedRecord> readAll(List<Path> paths) {
    List<LoadedRecord> all = new ArrayList<>();
    forEach(paths, false, all::add);
    return all;
  }

  /**
   * Reads every record the paths name, one at a time.
   *
   * @param paths files and directories; not null
   * @param checked whether to read as {@code send validate} does ({@link #readChecked(String, String)})
   * @param each given each valid record, in the order found; not null
   */
  void forEach(List<Path> paths, boolean checked, Consumer<LoadedRecord> each) {
    List<Path> files = expand(paths);
    Progress progress = new Progress(err, terminal, "read", files.size(), 0);
    for (Path file : files) {
      if (isLines(file)) {
        readLines = true;
        readLines(file, checked, each, progress);
      } else {
        records++;
        (checked ? readChecked(file) : read(file)).ifPresent(each);
        progress.record();
      }
      progress.file();
    }
    progress.done();
  }

  /**
   * Reads a JSON lines file line by line; a blank line is a problem, since it holds no record, and so is a
   * line that is not UTF-8, named by its line, column and byte offset; the lines after either are read.
   */
  private void readLines(Path file, boolean checked, Consumer<LoadedRecord> each, Progress progress) {
    CharsetDecoder strictly = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file)) {
      ByteLines lines = new ByteLines(in);
      while (lines.next()) {
        records++;
        String origin = file + ":" + lines.number();
        byte[] bytes = lines.buffer();
        int start = lines.start();
        if (lines.number() == 1 && lines.end() - start >= 3 && (bytes[start] & 0xFF) == 0xEF
            && (bytes[start + 1] & 0xFF) == 0xBB && (bytes[start + 2] & 0xFF) == 0xBF) {
          // A byte order mark is skipped, as the CSV readers skip it.
          start += 3;
        }
        String line = new String(bytes, start, lines.end() - start, StandardCharsets.UTF_8);
        // The quick decoding puts U+FFFD for bytes that are not UTF-8; only then is the line decoded again,
        // strictly, to tell such bytes from a U+FFFD the text itself holds.
        Optional<String> notUtf8 = line.indexOf('\uFFFD') < 0 ? Optional.empty()
            : notUtf8(strictly, bytes, start, lines.end(), lines.offset() + (start - lines.start()));
        if (notUtf8.isPresent()) {
          report(origin, List.of(new Violation("", RecordFormatException.ENCODING, notUtf8.get())));
        } else if (line.isBlank()) {
          report(origin, List.of(new Violation("", "blank-line",
              "the line is blank; a JSON lines file holds one record a line")));
        } else {
          (checked ? readChecked(line, origin) : read(line, origin)).ifPresent(each);
        }
        progress.record();
      }
    } catch (IOException | UncheckedIOException e) {
      report(file.toString(), List.of(new Violation("", "unreadable",
          readFailure(file, e instanceof UncheckedIOException ? e.getCause() : e))));
    }
  }

  /**
   * Why a line is not UTF-8: its first byte that does not begin a UTF-8 character, with its column (in
   * characters, from 1) and its offset in the file; empty where the line is UTF-8 throughout.
   */
  private static Optional<String> notUtf8(CharsetDecoder strictly, byte[] bytes, int start, int end,
      long fileOffset) {
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    CoderResult result = strictly.reset().decode(in, CharBuffer.allocate(end - start), true);
    if (!result.isError()) {
      return Optional.empty();
    }
    int at = in.position();
    long column = 1;
    for (int i = start; i < at; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return Optional.of(String.format("the line is not UTF-8: byte 0x%02X at column %d (byte offset %d of the "
        + "file) does not begin a UTF-8 character", bytes[at] & 0xFF, column, fileOffset + (at - start)));
  }

  static boolean isLines(Path file) {
    return file.getFileName().toString().endsWith(LINES);
  }

  private Optional<LoadedRecord> read(String json, String origin) {
    try {
      return Optional.of(new LoadedRecord(origin, AreaRecordCodec.strict().readWithWarnings(json, origin).record()));
    } catch (RecordFormatException e) {
      report(origin, e.problems());
    }
    return Optional.empty();
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
   * Reads one record file as {@code send validate} does ({@link #readChecked(String, String)}).
   *
   * @param file the file; not null
   * @return the record, or empty after reporting every problem found
   */
  Optional<LoadedRecord> readChecked(Path file) {
    String text;
    try {
      text = AreaRecordCodec.readText(file);
    } catch (RecordFormatException e) {
      report(file.toString(), e.problems());
      return Optional.empty();
    } catch (UncheckedIOException e) {
      report(file.toString(), List.of(new Violation("", "unreadable", readFailure(file, e.getCause()))));
      return Optional.empty();
    }
    return readChecked(text, file.toString());
  }

  /**
   * Reads one record as {@code send validate} does: through the codec, which checks the format, every
   * field constraint and every invariant; where it finds a problem, also against the record format's JSON
   * Schema, which reports every structural problem at once where the codec may stop at the first. The
   * schema's problems come first; a problem the codec finds at a path the schema already reported is not
   * repeated. A record the codec reads is valid by the schema too (the schema describes the format the
   * codec reads), so the schema's check, the costlier, is made only for records with a problem.
   *
   * @param text the JSON; not null
   * @param origin the file, or file and line, for messages; not null
   * @return the record, or empty after reporting every problem found
   */
  Optional<LoadedRecord> readChecked(String text, String origin) {
    RecordFormatException failure;
    try {
      return Optional.of(new LoadedRecord(origin, AreaRecordCodec.strict().readWithWarnings(text, origin).record()));
    } catch (RecordFormatException e) {
      failure = e;
    }
    if (failure.isMalformed()) {
      // Text that is not a JSON document within the limits is not given to the schema's validator, which
      // has no limits of its own and could add nothing.
      report(origin, failure.problems());
      return Optional.empty();
    }
    List<Violation> found = new ArrayList<>(RecordSchema.problems(text));
    Set<String> reported = found.stream().map(Violation::path).collect(Collectors.toSet());
    failure.problems().stream().filter(v -> !reported.contains(v.path())).forEach(found::add);
    report(origin, found);
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
   * The files the paths name: each file as given, each directory's {@code *.json} and {@code *.jsonl}
   * files beneath it in name order. A path that does not exist is reported and skipped.
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
      List<Path> named = walk.filter(p -> p.getFileName().toString().endsWith(".json") || isLines(p))
          .sorted()
          .collect(Collectors.toList());
      List<Path> found = new ArrayList<>();
      for (Path p : named) {
        if (Files.isRegularFile(p)) {
          found.add(p);
        } else if (Files.isSymbolicLink(p)) {
          // A link to nothing is a record the directory was meant to hold: say so rather than skip it.
          report(p.toString(), List.of(new Violation("", "dangling-link",
              "is a symbolic link to " + linkTarget(p) + ", which does not exist")));
        }
      }
      if (found.isEmpty()) {
        report(directory.toString(), List.of(new Violation("", "missing-file", "the directory holds no *.json or *.jsonl file")));
      }
      return found;
    } catch (IOException e) {
      report(directory.toString(), List.of(new Violation("", "unreadable", readFailure(directory, e))));
      return List.of();
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a target that cannot be read";
    }
  }

  private static String readFailure(Path file, Throwable cause) {
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    return "cannot be read: " + (cause == null ? "unknown reason" : cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
  }

  /**
   * A one-line counter on standard error, shown only on a terminal and only when there are many files or
   * records; elsewhere (a pipe, a log file, a test) reading is quiet.
   */
  static final class Progress {
    private final PrintWriter err;
    private final boolean shown;
    private final String verb;
    private final int files;
    private final long expected;
    private final String unit;
    private int filesDone;
    private long recordsDone;
    private boolean drawn;

    /**
     * @param terminal whether the command runs on an interactive terminal; nothing is shown otherwise
     * @param verb what is done to the records: {@code read} or {@code wrote}
     * @param files how many files, or 0 where one output is written
     * @param expected how many records are expected, or 0 where that is not known beforehand
     */
    Progress(PrintWriter err, boolean terminal, String verb, int files, long expected) {
      this(err, terminal, verb, files, expected, "record");
    }

    /**
     * @param unit what is counted, in the singular: {@code record}, or {@code row} of a data file
     */
    Progress(PrintWriter err, boolean terminal, String verb, int files, long expected, String unit) {
      this.unit = unit;
      this.err = err;
      this.shown = terminal;
      this.verb = verb;
      this.files = files;
      this.expected = expected;
    }

    void record() {
      recordsDone++;
      // Every thousandth record, so that a large file does not flood a slow terminal.
      if (recordsDone % 1000 == 0) {
        draw();
      }
    }

    void file() {
      filesDone++;
      // Every tenth file, for the same reason.
      if (files >= PROGRESS_FROM && (filesDone % 10 == 0 || filesDone == files)) {
        draw();
      }
    }

    void done() {
      if (drawn) {
        draw();
        err.println();
        err.flush();
      }
    }

    /**
     * The line shown: {@code read 20 of 150 files, 20 records}, {@code wrote 3000 of 150000 records} or
     * {@code read 120000 rows}.
     */
    String line() {
      return verb + " " + (files > 1 ? filesDone + " of " + files + " files, " : "") + recordsDone
          + (expected > 0 ? " of " + expected : "") + " " + unit + (recordsDone == 1 && expected == 0 ? "" : "s");
    }

    private void draw() {
      if (!shown) {
        return;
      }
      drawn = true;
      err.print("\r" + line());
      err.flush();
    }
  }
}
