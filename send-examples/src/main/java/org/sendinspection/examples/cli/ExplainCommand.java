package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sendinspection.examples.explain.ExplainWriter;
import org.sendinspection.examples.timeline.AsOf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code send explain FILE [--as-of DATE] [--format text|json]}: one record's timeline, its state on a
 * day, and the dates its sources disagree on, side by side.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Explains one area record: its timeline, its state on a day and what follows from it.",
        "Every date the sources disagree on is shown with each claim beside the others and its source. "
            + "The JSON form is described by the JSON Schema bundled as "
            + ExplainWriter.JSON_SCHEMA_RESOURCE + "."
    },
    footer = {"", "Exit codes: 0 success, 1 the file is missing or invalid, 2 usage error."})
final class ExplainCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { TEXT, JSON }

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The area record file (JSON).")
  private Path file;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "The day to explain the record on (YYYY-MM-DD). Default: today.")
  private LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() {
    RecordReader reader = new RecordReader(spec.commandLine().getErr());
    Optional<LoadedRecord> loaded = reader.readOne(file);
    if (loaded.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    AsOf day = AsOf.of(asOf == null ? LocalDate.now() : asOf);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.JSON ? ExplainWriter.json(loaded.get().record(), day)
        : ExplainWriter.text(loaded.get().record(), day));
    out.flush();
    return ExitCodes.OK;
  }
}
