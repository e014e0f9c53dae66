package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendinspection.data.join.JoinedDataset;
import org.sendinspection.data.join.NationalDataset;
import org.sendinspection.data.ofsted.AreaRecordWriter;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send dataset PATH... --out DIR}: one record per local area, joined from any of Ofsted's three
 * data sets and record files, both frameworks in one history (see {@link NationalDataset}).
 */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Joins Ofsted's data sets (the 2016-framework statistics .ods or CSV, the 2023 management information "
            + ".csv, the scraped overview .xlsx) and record files into one record per local area, both "
            + "frameworks in one history, and writes one <code>.json per area.",
        "Every fact keeps its citation to file, sheet, row and column. Where the inputs date one inspection "
            + "differently, both claims are kept. An area created by a reorganisation (Cumberland, from "
            + "Cumbria) also holds its predecessor's inspections, their identifiers prefixed by the "
            + "predecessor's code (e10000006-2019-inspection), so the hand-over between frameworks can be "
            + "derived; the predecessor keeps its own record."
    },
    footer = {"", "Exit codes: 0 every input read without problems, 1 some rows or files have problems (the rest "
        + "is joined and written), 2 usage error or a file that cannot be read or written."})
final class DatasetCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Data files (.ods, .csv, .xlsx), record files or directories of *.json record files.")
  private List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The directory to write <code>.json files into; created if absent.")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DataInputs read;
    try {
      read = DataInputs.read(paths, err);
    } catch (UnreadableDataException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    List<List<AreaRecord>> inputs = read.inputs;
    int rows = read.rows;
    JoinedDataset joined = NationalDataset.join(inputs);
    joined.differences().forEach(d -> err.println("send dataset: " + d));
    err.flush();
    try {
      AreaRecordWriter.write(joined.records(), this.out);
    } catch (UncheckedIOException e) {
      err.println("send dataset: " + this.out + ": cannot be written: " + e.getMessage() + " [unwritable]");
      err.flush();
      return ExitCodes.USAGE;
    }
    out.println("joined " + joined.recordsRead() + " records (" + rows + " data rows) into " + joined.records().size()
        + " areas; " + joined.links().size() + " given a predecessor's history (" + String.join(", ", joined.links())
        + "); wrote " + this.out);
    out.flush();
    return read.problems ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }
}
