package org.sendinspection.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send import-mi CSV --out DIR|FILE.jsonl}: Ofsted's management information on the 2023 framework, as one
 * record file per area.
 *
 * <p>The management information names areas but gives no codes; each name is found in the bundled
 * {@link org.sendinspection.model.area.directory.AreaDirectory}, with a note.
 */
@Command(
    name = "import-mi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Reads Ofsted's management information on area SEND inspections (2023 framework) and writes one "
            + "record per area.",
        "The areas are named, not coded: each name is found in the bundled area directory, which gives its "
            + "code, and a note says so. Each cell that breaks a rule is reported with its row, column and rule "
            + "and left unrecorded; the row still gives a record where its area, first day and outcome are known."
    },
    footer = {"", ImportOutput.EXIT_CODES})
final class ImportMiCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CSV", description = "The management information (mi_ofsted_*.csv).")
  private Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR|FILE.jsonl",
      description = ImportOutput.OUT)
  private Path out;

  @Option(names = "--force", description = ImportOutput.FORCE)
  private boolean force;

  @Override
  public Integer call() {
    return ImportOutput.run(spec, file, DataFile.MANAGEMENT_INFORMATION, Optional.empty(), out, force);
  }
}
