package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code send validate PATH...}: checks area records against the record format and every rule of the
 * model, and reports every problem of every file.
 *
 * <p>Files and directories of any size are read one record at a time ({@link RecordReader}). Each problem
 * is a line on standard error naming the file (and line, in a {@code .jsonl} file), the JSON path and the
 * rule broken, such
 * as {@code essex.json: inspections[0].revisit.outcomes: significant weakness 'ehc-plans' has no revisit
 * outcome [revisit-outcome-for-every-weakness]}. Standard output gets one line per valid record and a
 * closing count, of files, or of records where a JSON lines file was read. Exits with 1 when any file is missing or invalid.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Checks area records against the record format's JSON Schema and every rule of the model.",
        "Reports every problem of every file, not just the first, on standard error as "
            + "FILE: JSON-PATH: message [rule], and carries on past bad files."
    },
    footer = {"", "Exit codes: 0 all valid, 1 a file is missing or invalid, 2 usage error."})
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Record files (.json), JSON lines files of records (.jsonl, one record a line), or "
          + "directories of them.")
  private List<Path> paths;

  @Override
  public Integer call() {
    RecordReader reader = new RecordReader(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    long[] valid = {0};
    reader.forEach(paths, true, record -> {
      valid[0]++;
      // print, not println, which flushes every line: a line a record is a write to the terminal or pipe a
      // record, a cost of its own over many thousands. The lines are flushed at the end.
      out.print(record.origin() + ": valid" + System.lineSeparator());
    });
    String counted = reader.readLines() ? "records" : "files";
    out.println(valid[0] + " of " + reader.records() + " " + counted + " valid; "
        + reader.problems() + " problem" + (reader.problems() == 1 ? "" : "s") + " found");
    spec.commandLine().getOut().flush();
    return reader.allGood() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }
}
