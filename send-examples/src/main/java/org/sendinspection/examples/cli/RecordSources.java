package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sendinspection.data.join.JoinedDataset;
import org.sendinspection.data.join.NationalDataset;
import org.sendinspection.model.record.AreaRecord;
import picocli.CommandLine;

/**
 * Reads the records a command over many areas is given: record files, folders of them, JSON lines files
 * and Ofsted's data files, one record per area. The records of an area from several inputs are merged,
 * so that an area is never counted twice. Problems go to standard error, naming file, row and rule; the
 * records of everything sound are kept. Not thread-safe.
 *
 * <p>Inputs are read twice, one record or row at a time: first only to learn which areas appear more
 * than once, then to hand each record on. The first reading of record files and JSON lines files takes
 * only each document's area code ({@link AreaCodes}), not the record; a data file's rows are converted
 * both times. Only the records of areas that appear more than once are held, to be merged; so inputs of
 * any size are read with memory that grows with the repeats, not with the inputs. (A code that the first
 * reading finds in a document the strict reading refuses makes its area look repeated: that area's one
 * valid record is then held to the end and handed on as read, so the figures are the same.) A data file
 * given alone is read once: its reader already refuses a repeated area. Data files' problems are written
 * as their rows are read, and on a terminal a line counts the rows.
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
   * Reads every path and keeps the records.
   *
   * @param paths record files, folders and data files; not null
   * @return the records read, one per area, in code order
   */
  List<AreaRecord> read(List<Path> paths) {
    List<AreaRecord> records = new ArrayList<>();
    forEach(paths, records::add);
    records.sort(Comparator.comparing(r -> r.getArea().getCode()));
    return records;
  }

  /**
   * Reads every path and hands on each area's record once: as read where the area appears once, merged
   * with its other records where it appears more than once.
   *
   * @param paths record files, folders and data files; not null
   * @param each given each area's record; not null
   */
  void forEach(List<Path> paths, Consumer<AreaRecord> each) {
    List<Path> recordPaths = new ArrayList<>();
    List<Map.Entry<Path, DataFile>> dataFiles = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    for (Path path : paths) {
      Optional<DataFile> kind;
      try {
        kind = Files.isRegularFile(path) ? DataFile.of(path) : Optional.empty();
      } catch (UncheckedIOException e) {
        // One unreadable input is reported and the others still read.
        dataProblems = true;
        err.println(path + ": cannot be read: " + (e.getCause() instanceof java.nio.file.AccessDeniedException
            ? "permission denied" : e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
            + " [unreadable]");
        err.flush();
        continue;
      }
      if (kind.isEmpty()) {
        recordPaths.add(path);
      } else {
        dataFiles.add(Map.entry(path, kind.get()));
      }
    }
    // One data file alone cannot repeat an area (its reader reports a repeated row as a problem), so it is
    // read once; otherwise a first, quiet reading of every input only counts each area's records.
    boolean oneDataFileAlone = recordPaths.isEmpty() && dataFiles.size() == 1;
    Set<String> givenTwice = oneDataFileAlone ? Set.<String>of()
        : areasGivenTwice(recordPaths, dataFiles);
    Map<String, List<AreaRecord>> repeated = new LinkedHashMap<>();
    Consumer<AreaRecord> route = record -> {
      String code = record.getArea().getCode();
      if (givenTwice.contains(code)) {
        repeated.computeIfAbsent(code, c -> new ArrayList<>()).add(record);
      } else {
        each.accept(NationalDataset.merge(List.of(List.of(record))).records().get(0));
      }
    };
    dataFiles.forEach(file -> {
      Path path = file.getKey();
      try {
        DataFileStream read = new DataFileStream(path, err, false, true).read(file.getValue(), Optional.empty(),
            route);
        if (read.problems() > 0) {
          dataProblems = true;
          err.println(path + ": " + read.problemRows() + " of " + read.rows() + " rows have problems; "
              + read.records() + " records read");
        }
      } catch (UnreadableDataException e) {
        dataProblems = true;
        err.println(e.getMessage());
      }
      err.flush();
    });
    if (!recordPaths.isEmpty()) {
      reader.forEach(recordPaths, false, loaded -> route.accept(loaded.record()));
    }
    int extra = 0;
    for (List<AreaRecord> ofOneArea : repeated.values()) {
      JoinedDataset merged = NationalDataset.merge(List.of(ofOneArea));
      extra += merged.recordsRead() - merged.records().size();
      merged.differences().forEach(d -> err.println(command + ": " + d));
      merged.records().forEach(each);
    }
    if (extra > 0) {
      err.println(command + ": " + extra + " record" + (extra == 1 ? " is of an area" : "s are of areas")
          + " already read from another input; each area is counted once, its records merged");
    }
    err.flush();
  }

  /**
   * The first, quiet reading: the areas whose records the inputs give more than once. Only those are
   * kept, not the count of every area, which would take a share of the heap that grows with the inputs
   * while the second reading runs.
   */
  private static Set<String> areasGivenTwice(List<Path> recordPaths, List<Map.Entry<Path, DataFile>> dataFiles) {
    Map<String, Integer> seen = new HashMap<>();
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    dataFiles.forEach(file -> {
      try {
        new DataFileStream(file.getKey(), quiet, false, false).read(file.getValue(), Optional.empty(),
            r -> seen.merge(r.getArea().getCode(), 1, Integer::sum));
      } catch (UnreadableDataException e) {
        // Reported when the file is read for its records.
      }
    });
    if (!recordPaths.isEmpty()) {
      // Record files and JSON lines files give only each document's area code; every problem is reported
      // by the second, strict reading.
      AreaCodes codes = new AreaCodes();
      Consumer<String> count = code -> seen.merge(code, 1, Integer::sum);
      for (Path file : new RecordReader(quiet, false).expand(recordPaths)) {
        if (RecordReader.isLines(file)) {
          codes.ofLines(file, count);
        } else {
          codes.ofFile(file).ifPresent(count);
        }
      }
    }
    Set<String> givenTwice = new HashSet<>();
    seen.forEach((code, times) -> {
      if (times > 1) {
        givenTwice.add(code);
      }
    });
    return givenTwice;
  }
}
