package org.sendinspection.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.data.mi.AreaDirectory;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;

/**
 * Reads the records a command over many areas is given: record files, folders of them and Ofsted's data
 * files, as {@code send summary} reads them. Problems go to standard error, naming file, row and rule;
 * the records of everything sound are kept. Not thread-safe.
 */
final class RecordSources {
  private final CommandLine.Model.CommandSpec spec;
  private final RecordReader reader;
  private boolean dataProblems;

  RecordSources(CommandLine.Model.CommandSpec spec) {
    this.spec = spec;
    this.reader = new RecordReader(spec.commandLine().getErr());
  }

  /** Whether every path was read without a problem. */
  boolean allGood() {
    return reader.allGood() && !dataProblems;
  }

  /**
   * Reads every path.
   *
   * @param paths record files, folders and data files; not null
   * @param statistics the statistics that name the areas of management information, or null to take a
   *     statistics file among the paths
   * @return the records read
   * @throws CommandLine.ParameterException if management information is given without statistics
   */
  List<AreaRecord> read(List<Path> paths, Path statistics) {
    List<AreaRecord> records = new ArrayList<>();
    List<Path> recordPaths = new ArrayList<>();
    List<Path> managementInformation = new ArrayList<>();
    Optional<AreaDirectory> areas = Optional.empty();
    for (Path path : paths) {
      Optional<DataFile> kind = Files.isRegularFile(path) ? DataFile.of(path) : Optional.empty();
      if (kind.isEmpty()) {
        recordPaths.add(path);
      } else if (kind.get() == DataFile.MANAGEMENT_INFORMATION) {
        managementInformation.add(path);
      } else {
        Optional<Imported> read = read(path, kind.get(), Optional.empty());
        if (read.isPresent() && kind.get() == DataFile.STATISTICS && areas.isEmpty()) {
          areas = Optional.of(AreaDirectory.of(read.get().records()));
        }
        read.ifPresent(i -> records.addAll(i.records()));
      }
    }
    if (!managementInformation.isEmpty()) {
      AreaDirectory directory = statistics != null ? directoryFrom(statistics) : areas.orElseThrow(() ->
          new CommandLine.ParameterException(spec.commandLine(), managementInformation.get(0)
              + " is management information, which names areas without codes: give --statistics FILE "
              + "(Ofsted's official statistics) or a statistics file among the paths"));
      for (Path path : managementInformation) {
        read(path, DataFile.MANAGEMENT_INFORMATION, Optional.of(directory)).ifPresent(i -> records.addAll(i.records()));
      }
    }
    if (!recordPaths.isEmpty()) {
      reader.readAll(recordPaths).forEach(loaded -> records.add(loaded.record()));
    }
    return records;
  }

  private Optional<Imported> read(Path path, DataFile kind, Optional<AreaDirectory> areas) {
    try {
      Imported read = switch (kind) {
        case STATISTICS -> DataFile.statistics(path, Optional.empty());
        case MANAGEMENT_INFORMATION -> DataFile.managementInformation(path, areas.orElseThrow());
        case SCRAPED_OVERVIEW -> DataFile.scrapedOverview(path);
      };
      read.reportProblems(spec.commandLine().getErr());
      dataProblems |= !read.problems().isEmpty();
      return Optional.of(read);
    } catch (UnreadableDataException e) {
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().getErr().flush();
      dataProblems = true;
      return Optional.empty();
    }
  }

  private AreaDirectory directoryFrom(Path file) {
    try {
      return AreaDirectory.of(DataFile.statistics(file, Optional.empty()).records());
    } catch (UnreadableDataException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--statistics: " + e.getMessage());
    }
  }
}
