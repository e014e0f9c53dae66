package org.sendinspection.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sendinspection.data.mi.AreaDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send import-mi CSV --statistics FILE --out DIR}: Ofsted's management information on the 2023
 * framework, as one record file per area.
 *
 * <p>The management information names areas but gives no codes; the codes and regions come from the
 * official statistics (see {@link AreaDirectory}).
 */
@Command(
    name = "import-mi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads Ofsted's management information on area SEND inspections (2023 framework) and writes one "
            + "record per area.",
        "The areas are named, not coded: --statistics gives the official statistics whose codes and "
            + "regions the names are matched against. Each row that breaks a rule is reported with its row, "
            + "column and rule, and gives no record."
    },
    footer = {"", ImportOutput.EXIT_CODES})
final class ImportMiCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CSV", description = "The management information (mi_ofsted_*.csv).")
  private Path file;

  @Option(names = "--statistics", required = true, paramLabel = "FILE",
      description = "Ofsted's official statistics (.ods or CSV export), for the areas' codes and regions.")
  private Path statistics;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The directory to write <code>.json files into; created if absent.")
  private Path out;

  @Override
  public Integer call() {
    try {
      AreaDirectory areas = AreaDirectory.of(DataFile.statistics(statistics, Optional.empty()).records());
      return ImportOutput.finish(spec, DataFile.managementInformation(file, areas), out);
    } catch (UnreadableDataException e) {
      return ImportOutput.unreadable(spec, e);
    }
  }
}
