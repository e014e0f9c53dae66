package org.sendinspection.examples.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sendinspection.examples.timeline.TimelineSvg;
import org.sendinspection.model.validation.Violation;
import org.sendinspection.rules.DisputedDatePolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code send timeline FILE --out FILE.svg}: draws a record as an SVG timeline (see {@link TimelineSvg}).
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Draws one area record as an SVG timeline to read at a glance.",
        "Shows the partners over time; each inspection, its report, written statement of action "
            + "(submissions and evaluations) and revisit; and the revisit outcome of each significant "
            + "weakness. Dates the sources disagree on are drawn in red, from the earliest claim to the latest, "
            + "with the step placed at the claim --claim takes, as send explain and the rules place it."
    },
    footer = {"", "Exit codes: 0 success, 1 the record is missing or invalid or the picture cannot be "
        + "written, 2 usage error."})
final class TimelineCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OneRecord record;

  @Option(names = "--out", required = true, paramLabel = "FILE.svg",
      description = "Where to write the SVG picture; an existing file is kept unless --force is given.")
  private Path out;

  @Option(names = "--force", description = "Replace the --out file if it exists.")
  private boolean force;

  @Option(names = "--claim", paramLabel = "POLICY", defaultValue = "most-corroborated",
      converter = Converters.Claim.class,
      description = "Which claim places a disputed step: most-corroborated (the date most sources give, the "
          + "earliest of those equally supported), earliest, latest or first-recorded (default: "
          + "${DEFAULT-VALUE}), as in send explain.")
  private DisputedDatePolicy claim;

  @Override
  public Integer call() {
    RecordReader reader = new RecordReader(spec.commandLine().getErr());
    Optional<LoadedRecord> loaded = record.load(reader, spec);
    if (loaded.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    String svg;
    try {
      svg = TimelineSvg.of(loaded.get().record(), claim);
    } catch (IllegalArgumentException e) {
      reader.report(loaded.get().origin(), List.of(new Violation("inspections", "nothing-to-draw", e.getMessage())));
      return ExitCodes.INVALID_INPUT;
    }
    try {
      OutputFile.write(out, force, w -> w.write(svg));
    } catch (FileAlreadyExistsException e) {
      reader.report(out.toString(), List.of(new Violation("", "exists", "the file exists; give --force to replace it")));
      return ExitCodes.INVALID_INPUT;
    } catch (IOException e) {
      reader.report(out.toString(), List.of(new Violation("", "unwritable",
          "cannot write the picture: " + OutputFile.failure(e))));
      return ExitCodes.INVALID_INPUT;
    }
    spec.commandLine().getOut().println("wrote " + out);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
