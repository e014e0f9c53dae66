package org.sendinspection.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import org.sendinspection.data.ofsted.AreaRecordWriter;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;
import org.sendinspection.examples.files.PathMoves;

/**
 * What the three import commands share: reading a data file a row at a time and writing each record as
 * it is read, one file per area in a directory or one line per area in a JSON lines file.
 *
 * <p>Notes and problems go to standard error as the rows are read, one a line ({@code FILE: row N, column
 * C: message [rule]}); areas only in the notes and the closing line ({@code wrote N records to DIR (M rows,
 * P problems)}) to standard output. The records of sound rows are written even when other rows have
 * problems, so that one run gives all that can be given. In a directory, an area whose record is already
 * there has the two merged (see {@link ExistingRecords}), so partners and other sources' facts are kept.
 * Either output is written beside its final name and put in place only once every row is read (a
 * directory as a whole, see {@link StagedDirectory}), so that a file that turns out unreadable, a write
 * that fails or a run that is killed leaves no half-written output. An existing output is replaced, or a
 * directory that holds files written into, only when asked ({@code --force}); an empty directory is
 * simply filled.
 */
final class ImportOutput {
  /** The footer of the import commands' help. */
  static final String EXIT_CODES = "Exit codes: 0 no row has a problem (notes are not problems), 1 some rows "
      + "have problems (each is still recorded where its area, first day and outcome are known, the cells with "
      + "problems left unrecorded), 2 usage error or a file that cannot be read or written.";

  /** The description of the import commands' {@code --out}. */
  static final String OUT = "The directory to write <code>.json files into, created if absent, or filled "
      + "if empty; or a file ending .jsonl to write every record to as JSON lines, one record a line. Either "
      + "is put in place only once the whole data file is read.";

  /** The description of the import commands' {@code --force}. */
  static final String FORCE = "Write into a --out directory that holds files (an area's record already there "
      + "is merged with the imported one, other files are kept), or replace an existing --out file.";

  private ImportOutput() {}

  /**
   * Reads a data file and writes its records.
   *
   * @param spec the command's spec, for its writers; not null
   * @param file the data file; not null
   * @param kind the data set it holds; not null
   * @param published for a statistics CSV export, its dataset's publication date; empty otherwise
   * @param out a directory for one {@code <code>.json} per area, or a {@code .jsonl} file; not null
   * @param force whether an existing file may be replaced, or a directory that holds files written into
   * @return the exit code
   */
  static int run(CommandLine.Model.CommandSpec spec, Path file, DataFile kind, Optional<LocalDate> published,
      Path out, boolean force) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Target target;
    try {
      target = RecordReader.isLines(out) ? new LinesTarget(out, force) : new DirectoryTarget(out, force, err);
    } catch (ExistsException e) {
      err.println("send " + spec.name() + ": " + out + ": " + e.getMessage() + " [exists]");
      err.flush();
      return ExitCodes.USAGE;
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

    /** A file of the directory that cannot be written, named as it would be in the directory. */
    UnwritableException(String file, IOException cause) {
      super(file + ": " + why(cause), cause);
    }

    /** Why, without the path of the hidden directory, which the user never sees. */
    private static String why(IOException e) {
      if (e instanceof java.nio.file.DirectoryNotEmptyException) {
        return "a directory of that name holds files";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
        return f.getReason();
      }
      return e.getClass().getSimpleName();
    }
  }

  /** An output that is there already and may not be replaced or written into. */
  private static final class ExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExistsException(String message) {
      super(message);
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

  /**
   * One file per area, each merged with the area's record already there, written into a hidden directory
   * that is put in place once every row is read.
   */
  private static final class DirectoryTarget implements Target {
    private final StagedDirectory staged;
    private final ExistingRecords existing;
    private long written;

    DirectoryTarget(Path directory, boolean force, PrintWriter err) {
      try {
        this.staged = StagedDirectory.open(directory, force);
      } catch (FileAlreadyExistsException e) {
        throw new ExistsException(e.getReason());
      } catch (IOException e) {
        throw new UnwritableException(e);
      }
      // The records already there are read from the hidden directory, which holds them and the records
      // this run wrote, and named by where they will be.
      this.existing = new ExistingRecords(staged.path(), directory, err);
    }

    @Override
    public void write(AreaRecord record) {
      Optional<AreaRecord> toWrite = existing.mergedWith(record);
      if (toWrite.isEmpty()) {
        return;
      }
      String name = AreaRecordWriter.fileName(record);
      try {
        AreaRecordCodec.strict().write(toWrite.get(), staged.fresh(name));
      } catch (IOException e) {
        throw new UnwritableException(name, e);
      } catch (UncheckedIOException e) {
        throw new UnwritableException(name, e.getCause());
      }
      written++;
    }

    @Override
    public void finish() {
      try {
        staged.commit();
      } catch (IOException e) {
        throw new UnwritableException(e);
      }
    }

    @Override
    public void abandon() {
      staged.abandon();
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

    LinesTarget(Path file, boolean force) {
      this.file = file;
      if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new ExistsException("the file exists; give --force to replace it");
      }
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
        PathMoves.intoPlace(part, file, StandardCopyOption.REPLACE_EXISTING);
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
