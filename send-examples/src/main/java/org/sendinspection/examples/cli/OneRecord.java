package org.sendinspection.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The record a command about one record works on: a file, or a bundled example by name. Shared by
 * {@code explain} and {@code timeline} as a picocli mixin.
 */
final class OneRecord {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The area record file (JSON).")
  private Path file;

  @Option(names = "--example", paramLabel = "NAME", converter = BundledExample.Converter.class,
      completionCandidates = BundledExample.Names.class,
      description = "Use a bundled example record instead of a file: ${COMPLETION-CANDIDATES}.")
  private BundledExample example;

  /**
   * Reads the record, reporting any problem.
   *
   * @param reader where problems are reported; not null
   * @param spec the command, for usage errors; not null
   * @return the record, or empty after reporting why it could not be read
   * @throws CommandLine.ParameterException unless exactly one of FILE and --example is given
   */
  Optional<LoadedRecord> load(RecordReader reader, CommandLine.Model.CommandSpec spec) {
    if ((file == null) == (example == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give either a record FILE or --example NAME, not " + (file == null ? "neither" : "both"));
    }
    if (example != null) {
      return Optional.of(new LoadedRecord("example " + example.wireName(), example.record()));
    }
    return reader.readOne(file);
  }
}
