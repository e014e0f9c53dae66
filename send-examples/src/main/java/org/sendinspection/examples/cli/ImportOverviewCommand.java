package org.sendinspection.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send import-overview XLSX --out DIR|FILE.jsonl}: the scraped overview of 2023-framework inspections, as
 * one record file per area.
 *
 * <p>The scraped file is dirty: a row with a missing outcome, or outcome text where the next inspection
 * should be, is reported with its row and what is wrong, never guessed, and the rest is read (see
 * {@link org.sendinspection.data.d2i.ScrapedOverview}).
 */
@Command(
    name = "import-overview",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads the scraped overview of area SEND inspections (2023 framework, .xlsx) and writes one record "
            + "per area.",
        "Each area is found through the bundled area directory, by code and name (Cumberland and Westmorland "
            + "and Furness, which the overview gives Cumbria's old code, become their own areas), with a note. "
            + "Each cell that breaks a rule is reported with its row, column and rule and left unrecorded; the "
            + "row still gives a record where its area, first day on site and outcome are known."
    },
    footer = {"", ImportOutput.EXIT_CODES})
final class ImportOverviewCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "XLSX", description = "The scraped overview (.xlsx).")
  private Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR|FILE.jsonl",
      description = ImportOutput.OUT)
  private Path out;

  @Option(names = "--force", description = ImportOutput.FORCE)
  private boolean force;

  @Override
  public Integer call() {
    return ImportOutput.run(spec, file, DataFile.SCRAPED_OVERVIEW, Optional.empty(), out, force);
  }
}
