package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.examples.report.ReportSite;
import org.sendinspection.examples.report.SiteWriter;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.DisputedDatePolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send report PATH... [--as-of DATE] [--region NAME] [--claim POLICY] --out DIR}: a static web site
 * over many area records, to open offline and share (see {@link ReportSite}). Reads its paths as {@code
 * send summary} does; problems go to standard error and the site covers the rest, with exit code 1.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes a static web site over many area records, to open in a browser offline and share: a "
            + "national page with the headline figures and a chart of outcomes and journeys over time, a page "
            + "per region, and a page per area with its timeline, its state on the day, every conclusion of "
            + "the rules with its reason and sources, and the dates the sources disagree on.",
        "Tables sort and filter; the pages print well and need no network. The folder is written whole or "
            + "not at all; an existing folder is replaced only if it is empty or an earlier report."
    },
    footer = {"", "Exit codes: 0 success, 1 a file is missing or invalid or a data row has problems (the site "
        + "covers the rest) or the site cannot be written, 2 usage error."})
final class ReportCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Record files, directories of *.json record files, or data files: Ofsted's statistics "
          + "(.ods or CSV export), management information (.csv) or the scraped overview (.xlsx).")
  private List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the site into.")
  private Path out;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "Count and conclude as of this day (YYYY-MM-DD). Default: figures count every recorded "
          + "fact, and states and conclusions are as of the latest date of any step in the records.")
  private LocalDate asOf;

  @Option(names = "--region", paramLabel = "NAME", converter = Converters.Region.class,
      description = "Only areas in this Ofsted region, by name or wire name: ${COMPLETION-CANDIDATES}.",
      completionCandidates = SummaryCommand.RegionNames.class)
  private OfstedRegion region;

  @Option(names = "--claim", paramLabel = "POLICY", defaultValue = "most-corroborated",
      converter = Converters.Claim.class,
      description = "Which claim of a disputed date counts: most-corroborated, earliest, latest or "
          + "first-recorded (default: ${DEFAULT-VALUE}), as in send explain and send summary.")
  private DisputedDatePolicy claim;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RecordSources sources = new RecordSources(spec, "send report");
    List<AreaRecord> records = sources.read(paths);
    if (records.isEmpty()) {
      err.println("send report: no valid area record to report on");
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    FigureScope scope = FigureScope.national().withClaims(claim);
    scope = region == null ? scope : scope.inRegion(region);
    scope = asOf == null ? scope : scope.asOf(asOf);
    ReportSite site;
    try {
      site = ReportSite.of(records, scope, new VersionProvider().getVersion()[0].replaceFirst("^send ", ""));
      SiteWriter.write(site.pages(), out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("send report: " + e.getMessage());
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + site.pages().size() + " pages to " + out + " (open "
        + out.resolve("index.html") + "), as of " + site.day());
    spec.commandLine().getOut().flush();
    return sources.allGood() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }
}
