package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.record.AreaRecord;

/**
 * The records of a command's paths, each a data file (told apart by {@link DataFile}), a record file or a
 * directory of record files, with each data file's notes and problems written to standard error.
 */
final class DataInputs {
  final List<List<AreaRecord>> inputs = new ArrayList<>();
  boolean problems;
  int rows;

  private DataInputs() {}

  /**
   * Reads the paths.
   *
   * @throws UnreadableDataException if a data file cannot be read at all
   */
  static DataInputs read(List<Path> paths, PrintWriter err) {
    DataInputs read = new DataInputs();
    RecordReader reader = new RecordReader(err);
    List<Path> recordPaths = new ArrayList<>();
    for (Path path : paths) {
      Optional<DataFile> kind = Files.isRegularFile(path) ? DataFile.of(path) : Optional.empty();
      if (kind.isEmpty()) {
        recordPaths.add(path);
        continue;
      }
      Imported file = switch (kind.get()) {
        case STATISTICS -> DataFile.statistics(path, Optional.empty());
        case MANAGEMENT_INFORMATION -> DataFile.managementInformation(path);
        case SCRAPED_OVERVIEW -> DataFile.scrapedOverview(path);
      };
      file.reportReadingNotes(err);
      file.reportProblems(err);
      read.problems |= !file.problems().isEmpty();
      read.rows += file.rows();
      read.inputs.add(file.records());
      // An area the statistics describe only in a note (Northamptonshire) joins as its own record, so that
      // its successors take its history; its rows are not data rows.
      if (!file.noteRecords().isEmpty()) {
        read.inputs.add(file.noteRecords());
      }
    }
    if (!recordPaths.isEmpty()) {
      read.inputs.add(reader.readAll(recordPaths).stream().map(LoadedRecord::record).toList());
      read.problems |= !reader.allGood();
    }
    return read;
  }
}
