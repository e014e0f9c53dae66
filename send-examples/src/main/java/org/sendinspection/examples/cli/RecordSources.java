package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.data.join.JoinedDataset;
import org.sendinspection.data.join.NationalDataset;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;

/**
 * Reads the records a command over many areas is given: record files, folders of them and Ofsted's data
 * files, one record per area. The records of an area from several inputs are merged, so that an area is
 * never counted twice. Problems go to standard error, naming file, row and rule; the records of
 * everything sound are kept. Not thread-safe.
 */
final class RecordSources {
  private final CommandLine.Model.CommandSpec spec;
  private final String command;
  private final RecordReader reader;
  private boolean dataProblems;

  RecordSources(CommandLine.Model.CommandSpec spec, String command) {
    this.spec = spec;
    this.command = command;
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
   * @return the records read, one per area
   */
  List<AreaRecord> read(List<Path> paths) {
    List<Path> recordPaths = new ArrayList<>();
    List<List<AreaRecord>> inputs = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    for (Path path : paths) {
      Optional<DataFile> kind = Files.isRegularFile(path) ? DataFile.of(path) : Optional.empty();
      if (kind.isEmpty()) {
        recordPaths.add(path);
        continue;
      }
      Optional<Imported> read = read(path, kind.get());
      dataProblems |= read.map(i -> !i.problems().isEmpty()).orElse(true);
      read.ifPresent(i -> {
        inputs.add(i.records());
        if (!i.problems().isEmpty()) {
          err.println(path + ": " + i.problemRows() + " of " + i.rows() + " rows have problems; "
              + i.records().size() + " records read");
        }
      });
    }
    if (!recordPaths.isEmpty()) {
      inputs.add(reader.readAll(recordPaths).stream().map(LoadedRecord::record).toList());
    }
    JoinedDataset merged = NationalDataset.merge(inputs);
    int repeated = merged.recordsRead() - merged.records().size();
    if (repeated > 0) {
      err.println(command + ": " + repeated + " record" + (repeated == 1 ? " is of an area" : "s are of areas")
          + " already read from another input; each area is counted once, its records merged");
    }
    merged.differences().forEach(d -> err.println(command + ": " + d));
    err.flush();
    return merged.records();
  }

  private Optional<Imported> read(Path path, DataFile kind) {
    try {
      Imported read = switch (kind) {
        case STATISTICS -> DataFile.statistics(path, Optional.empty());
        case MANAGEMENT_INFORMATION -> DataFile.managementInformation(path);
        case SCRAPED_OVERVIEW -> DataFile.scrapedOverview(path);
      };
      read.reportProblems(spec.commandLine().getErr());
      return Optional.of(read);
    } catch (UnreadableDataException e) {
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().getErr().flush();
      return Optional.empty();
    }
  }
}
