package org.sendinspection.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import org.sendinspection.data.ofsted.AreaRecordWriter;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;

/**
 * What the three import commands share: reading a data file a row at a time and writing each record as
 * it is read, one file per area in a directory or one line per area in a JSON lines file.
 *
 * <p>Notes and problems go to standard error as the rows are read, one a line ({@code FILE: row N, column
 * C: message [rule]}); areas only in the notes and the closing line ({@code wrote N records to DIR (M rows,
 * P problems)}) to standard output. The records of sound rows are written even when other rows have
 * problems, so that one run gives all that can be given. In a directory, an area whose record is already
 * there has the two merged (see {@link ExistingRecords}), so partners and other sources' facts are kept.
 * A JSON lines file ({@code --out FILE.jsonl}) is written beside its final name and put in place only
 * once every row is read, so that a file that turns out unreadable leaves no half-written output; it
 * replaces a file of the same name.
 */
final class ImportOutput {
  /** The footer of the import commands' help. */
  static final String EXIT_CODES = "Exit codes: 0 no row has a problem (notes are not problems), 1 some rows "
      + "have problems (each is still recorded where its area, first day and outcome are known, the cells with "
      + "problems left unrecorded), 2 usage error or a file that cannot be read or written.";

  /** The description of the import commands' {@code --out}. */
  static final String OUT = "The directory to write <code>.json files into, created if absent (an area's "
      + "record already there is merged with the imported one); or a file ending .jsonl to write every "
      + "record to as JSON lines, one record a line (replacing the file).";

  private ImportOutput() {}

  /**
   * Reads a data file and writes its records.
   *
   * @param spec the command's spec, for its writers; not null
   * @param file the data file; not null
   * @param kind the data set it holds; not null
   * @param published for a statistics CSV export, its dataset's publication date; empty otherwise
   * @param out a directory for one {@code <code>.json} per area, or a {@code .jsonl} file; not null
   * @return the exit code
   */
  static int run(CommandLine.Model.CommandSpec spec, Path file, DataFile kind, Optional<LocalDate> published,
      Path out) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Target target;
    try {
      target = RecordReader.isLines(out) ? new LinesTarget(out) : new DirectoryTarget(out, err);
    } catch (UnwritableException e) {
      return unwritable(spec, out, e);
    }
    DataFileStream read = new DataFileStream(file, err, true, true);
    try {
      read.read(kind, published, target::write);
      target.finish();
    } catch (UnreadableDataException e) {
      target.abandon();
      return unreadable(spec, e);
    } catch (UnwritableException e) {
      target.abandon();
      return unwritable(spec, out, e);
    }
    read.reportAreasOnlyInNotes(stdout);
    int problems = read.problems();
    stdout.println("wrote " + target.written() + " records to " + out
        + (target.merged() > 0 ? " (" + target.merged() + " merged with the record already there)" : "")
        + " (" + read.rows()
        + " rows, " + problems + " problem" + (problems == 1 ? "" : "s") + " in " + read.problemRows() + " row"
        + (read.problemRows() == 1 ? "" : "s") + ", " + read.readingNotes() + " note"
        + (read.readingNotes() == 1 ? "" : "s") + ")");
    stdout.flush();
    return problems == 0 && target.refused() == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  /** Reports a file that could not be read at all. */
  static int unreadable(CommandLine.Model.CommandSpec spec, UnreadableDataException e) {
    spec.commandLine().getErr().println(e.getMessage());
    spec.commandLine().getErr().flush();
    return ExitCodes.USAGE;
  }

  private static int unwritable(CommandLine.Model.CommandSpec spec, Path out, UnwritableException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("send " + spec.name() + ": " + out + ": cannot be written: " + e.getMessage() + " [unwritable]");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** A failure to write the output, told apart from a failure to read the data file. */
  private static final class UnwritableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnwritableException(IOException cause) {
      super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }
  }

  /** Where the records go. */
  private interface Target {
    void write(AreaRecord record);

    void finish();

    /** Removes what cannot be finished. */
    void abandon();

    long written();

    int merged();

    int refused();
  }

  /** One file per area, each merged with the area's record already there. */
  private static final class DirectoryTarget implements Target {
    private final Path directory;
    private final ExistingRecords existing;
    private long written;

    DirectoryTarget(Path directory, PrintWriter err) {
      this.directory = directory;
      this.existing = new ExistingRecords(directory, err);
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new UnwritableException(e);
      }
    }

    @Override
    public void write(AreaRecord record) {
      Optional<AreaRecord> toWrite = existing.mergedWith(record);
      if (toWrite.isEmpty()) {
        return;
      }
      try {
        AreaRecordCodec.strict().write(toWrite.get(), directory.resolve(AreaRecordWriter.fileName(record)));
      } catch (UncheckedIOException e) {
        throw new UnwritableException(e.getCause());
      }
      written++;
    }

    @Override
    public void finish() {
      // Each file is complete once written.
    }

    @Override
    public void abandon() {
      // The data file is refused before any row is handed on, so nothing was written.
    }

    @Override
    public long written() {
      return written;
    }

    @Override
    public int merged() {
      return existing.merged();
    }

    @Override
    public int refused() {
      return existing.refused();
    }
  }

  /** One JSON lines file, written aside and moved into place when complete. */
  private static final class LinesTarget implements Target {
    private final Path file;
    private final Path part;
    private final Writer lines;
    private long written;

    LinesTarget(Path file) {
      this.file = file;
      try {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.part = Files.createTempFile(parent, "." + file.getFileName(), ".part");
        this.lines = new BufferedWriter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), 1 << 16);
      } catch (IOException e) {
        throw new UnwritableException(e);
      }
    }

    @Override
    public void write(AreaRecord record) {
      try {
        lines.write(AreaRecordCodec.strict().writeLine(record));
      } catch (IOException e) {
        throw new UnwritableException(e);
      }
      written++;
    }

    @Override
    public void finish() {
      try {
        lines.close();
        try {
          Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        abandon();
        throw new UnwritableException(e);
      }
    }

    @Override
    public void abandon() {
      try {
        lines.close();
      } catch (IOException e) {
        // The part file is deleted below either way.
      }
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        // Nothing more can be done; the part file's name says what it is.
      }
    }

    @Override
    public long written() {
      return written;
    }

    @Override
    public int merged() {
      return 0;
    }

    @Override
    public int refused() {
      return 0;
    }
  }
}
