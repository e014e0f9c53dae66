package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code send generate --areas N --seed S --out DIR}: writes reproducible synthetic area records, one
 * file per area, so that {@code summary} can be tried at national scale (about 150 areas) and beyond.
 *
 * <p>The records come from {@link AreaRecordGenerator#generateMany(long, int)}: plainly synthetic
 * (codes {@code E99...}, names "Synthetic area ..."), of every shape of the 2016 journey, and the same
 * seed and count always give the same files, named by area code. With {@code --out FILE.jsonl} the
 * records go to one JSON lines file instead, one record a line, in the same order. Either way records are
 * made and written one at a time, so any number can be written in bounded memory.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Writes reproducible synthetic area records, one JSON file per area, named by area code, or all of "
            + "them to one JSON lines file (--out FILE.jsonl), one record a line.",
        "The records are plainly synthetic (codes E99..., names \"Synthetic area ...\") and cover every "
            + "shape of the 2016 journey; the same seed and count always give the same files."
    },
    footer = {"", "Exit codes: 0 success, 1 the files cannot be written, 2 usage error."})
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * The most areas one run makes: as many as the synthetic codes E99000001 to E99999999 number, so that
   * every record made has a valid code.
   */
  static final int MAX_AREAS = AreaRecordGenerator.MAX_AREAS;

  @Option(names = "--areas", required = true, paramLabel = "N", description = "How many areas, from 1 to "
      + MAX_AREAS + ".")
  private int areas;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed; the same seed gives the same records (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The directory to write one file per area to, created if absent (files of the same names "
          + "are replaced); or a file ending .jsonl to write every record to as JSON lines, one record a line.")
  private Path out;

  @Override
  public Integer call() {
    if (areas < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--areas must be at least 1; found " + areas);
    }
    if (areas > MAX_AREAS) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--areas must be at most " + MAX_AREAS
          + ", as many as the synthetic codes E99000001 to E99999999; found " + areas);
    }
    RecordReader problems = new RecordReader(spec.commandLine().getErr());
    AreaRecordGenerator generator = AreaRecordGenerator.any();
    RecordReader.Progress progress = new RecordReader.Progress(spec.commandLine().getErr(),
        System.console() != null, "wrote", 0, areas);
    // One record at a time, so that a set of any size is written in bounded memory.
    try {
      if (RecordReader.isLines(out)) {
        // Written whole or not at all: a run stopped halfway leaves no half a file.
        OutputFile.write(out, true, lines -> {
          for (int i = 0; i < areas; i++) {
            lines.write(AreaRecordCodec.strict().writeLine(generator.generateNth(seed, i)));
            progress.record();
          }
        });
      } else {
        Files.createDirectories(out);
        for (int i = 0; i < areas; i++) {
          AreaRecord record = generator.generateNth(seed, i);
          AreaRecordCodec.strict().write(record, out.resolve(record.getArea().getCode() + ".json"));
          progress.record();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      progress.done();
      problems.report(out.toString(), List.of(new Violation("", "unwritable",
          "cannot write the records: " + (e.getCause() != null ? e.getCause() : e))));
      return ExitCodes.INVALID_INPUT;
    }
    progress.done();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("wrote " + areas + " synthetic area record" + (areas == 1 ? "" : "s") + " (seed " + seed
        + ") to " + out);
    stdout.flush();
    return ExitCodes.OK;
  }
}
