package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.SummaryFigures;
import org.sendinspection.data.figures.SummaryTally;
import org.sendinspection.examples.summary.SummaryWriter;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.rules.DisputedDatePolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send summary PATH... [--as-of DATE] [--region NAME] [--claim POLICY] [--format text|csv|json]}:
 * the figures an inspection paper quotes, across many area records or straight from Ofsted's data.
 *
 * <p>A path is a record file, a JSON lines file of records ({@code .jsonl}), a directory of them, or a
 * data file: the official statistics
 * ({@code .ods} or its CSV export), the management information (CSV) or the scraped overview ({@code
 * .xlsx}), told apart by extension and header (see {@link DataFile}). Invalid files and problem rows are
 * reported on standard error and left out; the figures over the rest are still written, and the exit
 * code is then 1 so that a script notices. An area read from several inputs (a directory imported from a
 * file, and the file) is counted once: its records are merged, every date claim kept. What counts by a date is {@link FigureScope}'s to say; the
 * next inspections due are derived as of {@code --as-of}, or without it as of the latest date of any fact
 * in the records (never the clock), as {@link org.sendinspection.data.figures.NextInspectionsDue} says.
 * Records are read and counted one at a time ({@link SummaryTally}), so that inputs of any size are
 * summarised without holding every record.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Figures across many area records, or Ofsted's data files read directly, as an inspection paper "
            + "quotes them.",
        "2016 framework: areas inspected, how many and what share required a written statement of action, "
            + "significant weaknesses by theme, revisits and their outcomes (all, some or none sufficient), "
            + "weaknesses with and without sufficient progress, and the median days between steps. 2023 "
            + "framework: inspections by outcome, priority action plans and areas for priority action "
            + "(\"not recorded\" where the data does not give them), and, for the latest inspection of each "
            + "area, the next full inspection and (after outcome 3) the monitoring inspection due by year, "
            + "with how many are overdue and how many windows are open, as the rules derive them.",
        "Only what had happened by --as-of counts: an area is inspected from its first day on site, an "
            + "inspection's findings and a revisit's outcome count from publication, and a fact with no "
            + "date counts only without --as-of. Where sources disagree on a date, the claim --claim "
            + "names is taken, as send explain and the rules take it. Without --as-of, the inspections due "
            + "are derived as of the latest date of any fact in the records, never today's date."
    },
    footer = {"", "Exit codes: 0 success, 1 a file is missing or invalid or a data row has problems (figures "
        + "cover the rest), 2 usage error."})
final class SummaryCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { TEXT, CSV, JSON }

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Record files (.json), JSON lines files of records (.jsonl), directories of them, or data "
          + "files: Ofsted's statistics "
          + "(.ods or CSV export), management information (.csv) or the scraped overview (.xlsx).")
  private List<Path> paths;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "Count only what had happened by this day (YYYY-MM-DD). Default: every recorded fact.")
  private LocalDate asOf;

  @Option(names = "--region", paramLabel = "NAME", converter = Converters.Region.class,
      description = "Only areas in this Ofsted region, by name or wire name: ${COMPLETION-CANDIDATES}.",
      completionCandidates = RegionNames.class)
  private OfstedRegion region;

  @Option(names = "--claim", paramLabel = "POLICY", defaultValue = "most-corroborated",
      converter = Converters.Claim.class,
      description = "Which claim of a disputed date counts: most-corroborated (the date most sources give, "
          + "the earliest of those equally supported), earliest, latest or first-recorded (default: "
          + "${DEFAULT-VALUE}), as in send explain.")
  private DisputedDatePolicy claim;

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
    PrintWriter err = spec.commandLine().getErr();
    RecordSources sources = new RecordSources(spec, "send summary");
    FigureScope scope = FigureScope.national().withClaims(claim);
    scope = region == null ? scope : scope.inRegion(region);
    scope = asOf == null ? scope : scope.asOf(asOf);
    // Records are counted as they are read, not held: see SummaryTally for what the figures keep, and
    // RecordSources for how an area given twice is counted once.
    SummaryTally tally = new SummaryTally(scope);
    sources.forEach(paths, tally::add);
    if (tally.records() == 0) {
      // Figures of nothing would read as a nation with no inspections.
      err.println("send summary: no valid area record to summarise");
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    SummaryFigures figures = tally.figures();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case CSV -> out.print(SummaryWriter.csv(figures));
      case JSON -> out.print(SummaryWriter.json(figures));
      default -> out.print(SummaryWriter.text(figures));
    }
    out.flush();
    return sources.allGood() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
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
