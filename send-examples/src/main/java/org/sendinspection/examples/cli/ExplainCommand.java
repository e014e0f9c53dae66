package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sendinspection.examples.explain.ExplainWriter;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.RuleSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code send explain FILE [--as-of DATE] [--format text|json]}: one record's timeline, its state on a
 * day, the dates its sources disagree on side by side, and every conclusion of {@code send-rules} with
 * its reason and citation. {@code --example essex} or {@code --example southend-on-sea} explains a
 * bundled record instead of a file.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Explains one area record: its timeline, its state on a day and what follows from it.",
        "Every date the sources disagree on is shown with each claim beside the others and its source; "
            + "the timeline, the state on the day and the rules place it by the one --claim policy. "
            + "The JSON form is a documented format: --schema prints its JSON Schema."
    },
    footer = {"", "Exit codes: 0 success, 1 the file is missing or invalid, 2 usage error."})
final class ExplainCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { TEXT, JSON }

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OneRecord record;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "The day to explain the record on (YYYY-MM-DD). Default: today.")
  private LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--claim", paramLabel = "POLICY", defaultValue = "most-corroborated",
      converter = Converters.Claim.class,
      description = "Which claim of a disputed date to take: most-corroborated (the date most "
          + "sources give, the earliest of those equally supported), earliest, latest or first-recorded "
          + "(default: ${DEFAULT-VALUE}). The rules, the timeline's order and dates and the state on "
          + "--as-of all take the same claim; every claim is shown beside the others whichever is taken.")
  private DisputedDatePolicy claim;

  @Option(names = "--schema", description = "Print the JSON Schema of --format json and exit.")
  private boolean schema;

  @Override
  public Integer call() {
    if (schema) {
      spec.commandLine().getOut().print(Resources.text(ExplainWriter.JSON_SCHEMA_RESOURCE));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    RecordReader reader = new RecordReader(spec.commandLine().getErr());
    Optional<LoadedRecord> loaded = record.load(reader, spec);
    if (loaded.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    AsOf day = AsOf.of(asOf == null ? LocalDate.now() : asOf, claim);
    PrintWriter out = spec.commandLine().getOut();
    RuleSettings settings = RuleSettings.defaults().withDisputedDatePolicy(claim);
    out.print(format == Format.JSON ? ExplainWriter.json(loaded.get().record(), day, settings)
        : ExplainWriter.text(loaded.get().record(), day, settings));
    out.flush();
    return ExitCodes.OK;
  }
}
