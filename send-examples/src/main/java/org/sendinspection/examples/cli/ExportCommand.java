package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendinspection.data.export.AreaStateTable;
import org.sendinspection.data.export.InspectionTable;
import org.sendinspection.data.join.JoinedDataset;
import org.sendinspection.data.join.NationalDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send export PATH... --table inspections|areas [--as-of DATE]}: a tidy CSV of the joined records,
 * one row per inspection or one row per area with its state on a day (columns in {@code docs/tidy-csv.md}).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes a tidy CSV to standard output, for R or pandas: --table inspections gives one row per "
            + "inspection (both frameworks); --table areas one row per area with its state on --as-of as the "
            + "rules derive it. The inputs are joined as send dataset joins them.",
        "An empty cell is a value the records do not hold (not recorded), never zero or no."
    },
    footer = {"", "Exit codes: 0 success, 1 some inputs have problems (the rest is exported), 2 usage error or a "
        + "file that cannot be read."})
final class ExportCommand implements Callable<Integer> {

  /** The tables. */
  enum Table { INSPECTIONS, AREAS }

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Data files (.ods, .csv, .xlsx), record files or directories of *.json record files.")
  private List<Path> paths;

  @Option(names = "--table", required = true, paramLabel = "TABLE",
      description = "inspections or areas.")
  private Table table;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "The day of the areas table's state (YYYY-MM-DD); required with --table areas.")
  private LocalDate asOf;

  @Override
  public Integer call() {
    if (table == Table.AREAS && asOf == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--table areas needs --as-of DATE");
    }
    PrintWriter err = spec.commandLine().getErr();
    DataInputs read;
    try {
      read = DataInputs.read(paths, err);
    } catch (UnreadableDataException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    JoinedDataset joined = NationalDataset.join(read.inputs);
    joined.differences().forEach(d -> err.println("send export: " + d));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.print(table == Table.INSPECTIONS ? InspectionTable.of(joined.records())
        : AreaStateTable.of(joined.records(), asOf));
    out.flush();
    return read.problems ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }
}
