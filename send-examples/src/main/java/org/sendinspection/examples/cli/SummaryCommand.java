package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sendinspection.examples.summary.NationalSummary;
import org.sendinspection.examples.summary.SummaryFigures;
import org.sendinspection.examples.summary.SummaryWriter;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.model.area.OfstedRegion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send summary PATH... [--as-of DATE] [--region NAME] [--format text|csv|json]}: the figures an
 * inspection paper quotes, across many area records.
 *
 * <p>Invalid files are reported on standard error and left out; the figures over the valid ones are
 * still written, and the exit code is then 1 so that a script notices. See {@link NationalSummary} for
 * what counts by a date.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Figures across many area records on a day, as an inspection paper quotes them.",
        "Areas inspected, how many and what share required a written statement of action, significant "
            + "weaknesses by theme, revisits and their outcomes (all, some or none sufficient), weaknesses "
            + "with and without sufficient progress, and the median days between steps. Only what had "
            + "happened by --as-of counts; where sources disagree on a date, the latest claim is used."
    },
    footer = {"", "Exit codes: 0 success, 1 a file is missing or invalid (figures cover the valid ones), "
        + "2 usage error."})
final class SummaryCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { TEXT, CSV, JSON }

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Record files, or directories of *.json record files.")
  private List<Path> paths;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "Count only what had happened by this day (YYYY-MM-DD). Default: today.")
  private LocalDate asOf;

  @Option(names = "--region", paramLabel = "NAME", converter = Converters.Region.class,
      description = "Only areas in this Ofsted region, by name or wire name: ${COMPLETION-CANDIDATES}.",
      completionCandidates = RegionNames.class)
  private OfstedRegion region;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, csv or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--schema", description = "Print the JSON Schema of --format json and exit.")
  private boolean schema;

  @Override
  public Integer call() {
    if (schema) {
      spec.commandLine().getOut().print(Resources.text(SummaryWriter.JSON_SCHEMA_RESOURCE));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    if (paths == null || paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
    }
    PrintWriter out = spec.commandLine().getOut();
    RecordReader reader = new RecordReader(spec.commandLine().getErr());
    List<LoadedRecord> records = reader.readAll(paths);
    if (records.isEmpty()) {
      // Figures of nothing would read as a nation with no inspections.
      spec.commandLine().getErr().println("send summary: no valid area record to summarise");
      spec.commandLine().getErr().flush();
      return ExitCodes.INVALID_INPUT;
    }
    AsOf day = AsOf.of(asOf == null ? LocalDate.now() : asOf);
    SummaryFigures figures = NationalSummary.of(
        records.stream().map(LoadedRecord::record).collect(Collectors.toList()), day, Optional.ofNullable(region));
    switch (format) {
      case CSV -> out.print(SummaryWriter.csv(figures));
      case JSON -> out.print(SummaryWriter.json(figures));
      default -> out.print(SummaryWriter.text(figures));
    }
    out.flush();
    return reader.allGood() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  /** The regions' wire names, for the help text. */
  static final class RegionNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    RegionNames() {
      for (OfstedRegion r : OfstedRegion.values()) {
        add(r.wireName());
      }
    }
  }
}
