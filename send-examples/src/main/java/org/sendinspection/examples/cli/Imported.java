package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.data.ofsted.StatisticsNote;
import org.sendinspection.model.record.AreaRecord;

/**
 * What reading one data file gave, whichever data set it holds: the records of its sound rows, a
 * problem for each rule a row breaks, and the notes.
 *
 * @param file the file read; not null
 * @param records one record per sound row; not null
 * @param problems every rule broken, with its row and column; not null
 * @param notes the statistics' notes; empty for the other data sets; not null
 * @param rows the number of data rows read
 * @param readingNotes how rows were read, where a reader should know (not problems); not null
 */
record Imported(Path file, List<AreaRecord> records, List<ImportProblem> problems, List<StatisticsNote> notes,
    int rows, List<ImportNote> readingNotes, List<AreaRecord> noteRecords) {

  Imported {
    Objects.requireNonNull(file, "file");
    records = List.copyOf(records);
    noteRecords = List.copyOf(noteRecords);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    readingNotes = List.copyOf(readingNotes);
  }

  /** The rows with at least one problem. */
  long problemRows() {
    return problems.stream().map(ImportProblem::row).distinct().count();
  }

  /**
   * Writes each note on how a row was read on one line, {@code FILE: row N, column C: message [note]}:
   * an area found by name, an old code read as its successor's. Notes are not problems.
   */
  void reportReadingNotes(PrintWriter err) {
    readingNotes.forEach(n -> err.println(file + ": " + n));
    err.flush();
  }

  /** Writes each problem on one line, {@code FILE: row N, column C: message [rule]}. */
  void reportProblems(PrintWriter err) {
    problems.forEach(p -> err.println(file + ": " + p));
    err.flush();
  }

  /**
   * Writes each area that exists only in the statistics' notes, as the notes describe it: Dorset and
   * Northamptonshire in the 2022 file, inspected in 2017 and abolished since.
   */
  void reportAreasOnlyInNotes(PrintWriter out) {
    for (StatisticsNote note : notes) {
      note.areaOnlyInNotes().ifPresent(area -> out.println(file + ": note " + note.number() + ": " + area
          + " has no row, only this note: " + note.text()));
    }
    out.flush();
  }
}
