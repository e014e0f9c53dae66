package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.sendinspection.data.ofsted.AreaRecordWriter;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;

/**
 * What the three import commands share: reporting what was read and writing one record file per area.
 *
 * <p>Problems go to standard error, one a line ({@code FILE: row N, column C: message [rule]}); areas
 * only in the notes and the closing line ({@code wrote N records to DIR (M rows, P problems)}) to
 * standard output. The records of sound rows are written even when other rows have problems, so that
 * one run gives all that can be given. An area whose record is already in the directory has the two
 * merged (see {@link ExistingRecords}), so partners and other sources' facts are kept.
 */
final class ImportOutput {
  /** The footer of the import commands' help. */
  static final String EXIT_CODES = "Exit codes: 0 no row has a problem (notes are not problems), 1 some rows "
      + "have problems (each is still recorded where its area, first day and outcome are known, the cells with "
      + "problems left unrecorded), 2 usage error or a file that cannot be read or written.";

  private ImportOutput() {}

  /**
   * Reports what was read and writes its records.
   *
   * @param spec the command's spec, for its writers; not null
   * @param imported what was read; not null
   * @param directory where to write one {@code <code>.json} per area; not null
   * @return the exit code
   */
  static int finish(CommandLine.Model.CommandSpec spec, Imported imported, Path directory) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    imported.reportReadingNotes(err);
    imported.reportProblems(err);
    imported.reportAreasOnlyInNotes(out);
    ExistingRecords existing = new ExistingRecords(directory, err);
    List<AreaRecord> records = existing.mergedWith(imported.records());
    try {
      AreaRecordWriter.write(records, directory);
    } catch (UncheckedIOException e) {
      err.println("send " + spec.name() + ": " + directory + ": cannot be written: " + e.getMessage() + " [unwritable]");
      err.flush();
      return ExitCodes.USAGE;
    }
    int problems = imported.problems().size();
    out.println("wrote " + records.size() + " records to " + directory
        + (existing.merged() > 0 ? " (" + existing.merged() + " merged with the record already there)" : "")
        + " (" + imported.rows()
        + " rows, " + problems + " problem" + (problems == 1 ? "" : "s") + " in " + imported.problemRows() + " row"
        + (imported.problemRows() == 1 ? "" : "s") + ", " + imported.readingNotes().size() + " note"
        + (imported.readingNotes().size() == 1 ? "" : "s") + ")");
    out.flush();
    return problems == 0 && existing.refused() == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  /** Reports a file that could not be read at all. */
  static int unreadable(CommandLine.Model.CommandSpec spec, UnreadableDataException e) {
    spec.commandLine().getErr().println(e.getMessage());
    spec.commandLine().getErr().flush();
    return ExitCodes.USAGE;
  }
}
