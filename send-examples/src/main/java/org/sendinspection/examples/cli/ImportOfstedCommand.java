package org.sendinspection.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send import-ofsted FILE --out DIR|FILE.jsonl [--published DATE]}: Ofsted's official statistics on the
 * 2016 framework, as one record file per area.
 *
 * <p>Reads the OpenDocument spreadsheet Ofsted publishes, or a CSV export of its data sheet, through
 * {@link org.sendinspection.data.ofsted.OfstedStatistics}. On the 2022 file: 149 records, no problems,
 * and Dorset and Northamptonshire reported as areas only in the notes.
 */
@Command(
    name = "import-ofsted",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads Ofsted's area SEND official statistics (2016 framework) and writes one record per area.",
        "FILE is the spreadsheet Ofsted publishes (.ods) or a CSV export of its data sheet. Each row that "
            + "breaks a rule is reported with its row, column and rule, and gives no record; areas that "
            + "exist only in the notes are listed."
    },
    footer = {"", ImportOutput.EXIT_CODES})
final class ImportOfstedCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The statistics: .ods, or a CSV export of the data sheet.")
  private Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR|FILE.jsonl",
      description = ImportOutput.OUT)
  private Path out;

  @Option(names = "--force", description = ImportOutput.FORCE)
  private boolean force;

  @Option(names = "--published", paramLabel = "DATE", converter = Converters.Day.class,
      description = "The publication date of the statistics a CSV export came from (YYYY-MM-DD), which "
          + "the export does not carry; cited by every record. Default: what the file says.")
  private LocalDate published;

  @Override
  public Integer call() {
    return ImportOutput.run(spec, file, DataFile.STATISTICS, Optional.ofNullable(published), out, force);
  }
}
