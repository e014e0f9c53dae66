package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.data.ofsted.StatisticsFormatException;
import org.sendinspection.data.ofsted.StatisticsNote;
import org.sendinspection.data.ofsted.StatisticsRead;
import org.sendinspection.data.ofsted.StatisticsSink;
import org.sendinspection.model.record.AreaRecord;

/**
 * Reads one data file a row at a time, handing each record on as it is read and writing each row's notes
 * and problems to standard error as they are found ({@code FILE: row N, column C: message [rule]}), so
 * that a statistics CSV of millions of rows is read in bounded memory: only counts are kept, and each
 * area's code, to report a repeated area. On a terminal a line on standard error counts the rows read.
 *
 * <p>The statistics are streamed ({@link OfstedStatistics#forEach}); the management information and the
 * scraped overview, small by nature (one row per inspection, a few hundred a year), are read whole and
 * then handed on the same way. Not thread-safe; one per file read.
 */
final class DataFileStream {
  private final Path file;
  private final PrintWriter err;
  private final boolean reportNotes;
  private final boolean reportProblems;
  private final RecordReader.Progress progress;
  private int problems;
  private int problemRows;
  private int lastProblemRow = -1;
  private int readingNotes;
  private long records;
  private int rows;
  private List<StatisticsNote> notes = List.of();

  /**
   * @param err where notes, problems and progress go
   * @param reportNotes whether to write how rows were read (an area found by name, an unknown area kept)
   * @param reportProblems whether to write the problems; a quiet pass writes nothing and shows no progress
   */
  DataFileStream(Path file, PrintWriter err, boolean reportNotes, boolean reportProblems) {
    this.file = file;
    this.err = err;
    this.reportNotes = reportNotes;
    this.reportProblems = reportProblems;
    this.progress = new RecordReader.Progress(err, reportProblems && System.console() != null, "read", 0, 0,
        "row");
  }

  /**
   * Reads the file.
   *
   * @param kind the data set it holds; not null
   * @param published for a statistics CSV export, the publication date of the dataset it came from; empty
   *     to take what the file says
   * @param each given each record, in the order of the rows; not null
   * @return this, for the counts
   * @throws UnreadableDataException if the file cannot be read as that data set (nothing was handed on)
   */
  DataFileStream read(DataFile kind, Optional<LocalDate> published, Consumer<AreaRecord> each) {
    try {
      switch (kind) {
        case STATISTICS -> statistics(published, each);
        case MANAGEMENT_INFORMATION -> whole(DataFile.managementInformation(file), each);
        case SCRAPED_OVERVIEW -> whole(DataFile.scrapedOverview(file), each);
        default -> throw new IllegalStateException("unknown data set " + kind);
      }
    } finally {
      progress.done();
      err.flush();
    }
    return this;
  }

  private void statistics(Optional<LocalDate> published, Consumer<AreaRecord> each) {
    StatisticsSink sink = new StatisticsSink() {
      @Override
      public void record(AreaRecord record) {
        records++;
        each.accept(record);
      }

      @Override
      public void problem(ImportProblem problem) {
        DataFileStream.this.problem(problem);
      }

      @Override
      public void note(ImportNote note) {
        DataFileStream.this.note(note);
      }
    };
    // Rows are counted as they come, for the progress line; the reader's count is the one reported.
    StatisticsSink counted = new CountingSink(sink, progress);
    try {
      StatisticsRead read = published.isPresent()
          ? OfstedStatistics.forEach(file, DataFile.exportSource(published.get()), counted)
          : OfstedStatistics.forEach(file, counted);
      rows = read.dataRows();
      notes = read.notes();
    } catch (StatisticsFormatException | UncheckedIOException e) {
      throw new UnreadableDataException(file, e);
    }
  }

  private void whole(Imported read, Consumer<AreaRecord> each) {
    read.readingNotes().forEach(this::note);
    read.problems().forEach(this::problem);
    read.records().forEach(record -> {
      records++;
      each.accept(record);
    });
    rows = read.rows();
    notes = read.notes();
  }

  private void note(ImportNote note) {
    readingNotes++;
    if (reportNotes) {
      err.println(file + ": " + note);
    }
  }

  private void problem(ImportProblem problem) {
    problems++;
    // A row's problems come together, rows in order: a new row number is a new row with problems.
    if (problem.row() != lastProblemRow) {
      problemRows++;
      lastProblemRow = problem.row();
    }
    if (reportProblems) {
      err.println(file + ": " + problem);
    }
  }

  Path file() {
    return file;
  }

  /** How many problems were found. */
  int problems() {
    return problems;
  }

  /** How many rows had a problem. */
  int problemRows() {
    return problemRows;
  }

  /** How many notes on how rows were read. */
  int readingNotes() {
    return readingNotes;
  }

  /** How many records were handed on. */
  long records() {
    return records;
  }

  /** How many data rows the file has. */
  int rows() {
    return rows;
  }

  /**
   * Writes each area that exists only in the statistics' notes, as {@link Imported#reportAreasOnlyInNotes}
   * does.
   */
  void reportAreasOnlyInNotes(PrintWriter out) {
    new Imported(file, List.of(), List.of(), notes, rows, List.of(), List.of()).reportAreasOnlyInNotes(out);
  }

  /** Counts a row whenever it gives a record or its first problem, for the progress line. */
  private static final class CountingSink implements StatisticsSink {
    private final StatisticsSink sink;
    private final RecordReader.Progress progress;
    private int lastRow = -1;

    CountingSink(StatisticsSink sink, RecordReader.Progress progress) {
      this.sink = sink;
      this.progress = progress;
    }

    @Override
    public void record(AreaRecord record) {
      sink.record(record);
      progress.record();
    }

    @Override
    public void problem(ImportProblem problem) {
      sink.problem(problem);
      if (problem.row() != lastRow) {
        lastRow = problem.row();
        progress.record();
      }
    }

    @Override
    public void note(ImportNote note) {
      sink.note(note);
    }
  }
}
