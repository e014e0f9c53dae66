package org.sendinspection.examples.cli;

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
 * <p>Each problem is a line on standard error naming the file, the JSON path and the rule broken, such
 * as {@code essex.json: inspections[0].revisit.outcomes: significant weakness 'ehc-plans' has no revisit
 * outcome [revisit-outcome-for-every-weakness]}. Standard output gets one line per valid file and a
 * closing count. Exits with 1 when any file is missing or invalid.
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
      description = "Record files, or directories of *.json record files.")
  private List<Path> paths;

  @Override
  public Integer call() {
    RecordReader reader = new RecordReader(spec.commandLine().getErr());
    List<Path> files = reader.expand(paths);
    int valid = 0;
    for (Path file : files) {
      if (reader.readChecked(file).isPresent()) {
        valid++;
        spec.commandLine().getOut().println(file + ": valid");
      }
    }
    spec.commandLine().getOut().println(valid + " of " + files.size() + " files valid; "
        + reader.problems() + " problem" + (reader.problems() == 1 ? "" : "s") + " found");
    spec.commandLine().getOut().flush();
    return reader.allGood() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }
}
