package org.sendinspection.data.ofsted;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.data.table.FirstRowOfEachArea;
import org.sendinspection.model.record.AreaRecord;

/**
 * Reads Ofsted's official statistics on area SEND inspections and revisits under the 2016 framework
 * into area records.
 *
 * <p>The file Ofsted publishes is an OpenDocument spreadsheet
 * ({@code Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods}, published 17 November 2022,
 * Open Government Licence) whose data sheet {@value #DATA_SHEET} has one row per area; its Guidance
 * sheet defines each column. A CSV export of that sheet reads the same way. Example:
 *
 * <pre>{@code
 * OfstedImport data = OfstedStatistics.read(Path.of("Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods"));
 * data.records().size();      // 149
 * data.problems();            // empty
 * data.areasOnlyInNotes();    // [Dorset, Northamptonshire]
 * }</pre>
 *
 * <p>Thread-safe: every method is static and reads only its arguments.
 */
public final class OfstedStatistics {

  /** The name of the data sheet in the 2022 file. */
  public static final String DATA_SHEET = "Area_SEND_up_to_31_Aug_2022";

  /**
   * The official statistics' web page, as the 2022 file's cover sheet links to it ("Link to area SEND
   * official statistics and management information web page").
   */
  public static final String STATISTICS_PAGE = "https://www.gov.uk/government/collections/area-send-statistics";

  /**
   * The headers of the data sheet's thirteen columns, A to M, in the order and words Ofsted publishes
   * them (the Guidance sheet defines each); the reader finds columns by these headers, not by position.
   */
  public static final List<String> COLUMNS = StatisticsColumn.headers();

  private static final String COVER_SHEET = "Cover";
  static final String NOTES_SHEET = "Notes";

  private OfstedStatistics() {}

  /**
   * Reads a file of the statistics, as a spreadsheet or CSV export by its extension ({@code .ods} or
   * {@code .csv}), describing the dataset from what the file says.
   *
   * <p>A spreadsheet's cover sheet gives the publication date, which becomes part of the source's
   * identifier ({@code ofsted-area-send-statistics-2022-11-17}); a CSV export has no cover sheet, so its
   * source has no date: give one with {@link #read(Path, SourceDocument)}.
   *
   * @param file the file; not null
   * @return the records, problems and notes
   * @throws StatisticsFormatException if the file is not of a known kind, lacks the data sheet, or has
   *     no header row of the statistics
   * @throws UncheckedIOException if the file cannot be read
   */
  public static OfstedImport read(Path file) {
    return read(file, Optional.empty());
  }

  /**
   * Reads a file of the statistics, citing the given source for every fact, as when a CSV export is
   * known to come from the 2022 file.
   *
   * @param file the file; not null
   * @param source the dataset the file holds; not null
   * @return the records, problems and notes
   * @throws StatisticsFormatException as {@link #read(Path)}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static OfstedImport read(Path file, SourceDocument source) {
    return read(file, Optional.of(Objects.requireNonNull(source, "source")));
  }

  /**
   * Reads a file of the statistics one row at a time, handing each row's notes, problems and record to
   * a sink as it is read, so that a file of any size is read in bounded memory: only each area's code and
   * first row are held, to report a repeated area. A CSV export is read as it streams (after a first
   * pass of the parser alone, so that a file that is not well-formed CSV is refused before any row is
   * handed on); a spreadsheet is unpacked whole first, as its format requires.
   *
   * @param file the file, {@code .ods} or {@code .csv}; not null
   * @param sink given each row's notes, problems and record, in the order of the rows; not null
   * @return the dataset, its notes and the number of data rows
   * @throws StatisticsFormatException as {@link #read(Path)}, before anything is handed to the sink
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StatisticsRead forEach(Path file, StatisticsSink sink) {
    return forEach(file, Optional.empty(), sink);
  }

  /**
   * Reads a file of the statistics one row at a time, as {@link #forEach(Path, StatisticsSink)}, citing
   * the given source for every fact.
   *
   * @param file the file; not null
   * @param source the dataset the file holds; not null
   * @param sink given each row's notes, problems and record; not null
   * @return the dataset, its notes and the number of data rows
   * @throws StatisticsFormatException as {@link #read(Path)}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StatisticsRead forEach(Path file, SourceDocument source, StatisticsSink sink) {
    return forEach(file, Optional.of(Objects.requireNonNull(source, "source")), sink);
  }

  private static OfstedImport read(Path file, Optional<SourceDocument> given) {
    List<AreaRecord> records = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<ImportNote> areaNotes = new ArrayList<>();
    StatisticsRead read = forEach(file, given, new StatisticsSink() {
      @Override
      public void record(AreaRecord record) {
        records.add(record);
      }

      @Override
      public void problem(ImportProblem problem) {
        problems.add(problem);
      }

      @Override
      public void note(ImportNote note) {
        areaNotes.add(note);
      }
    });
    return new OfstedImport(read.source(), records, problems, read.notes(), read.dataRows(), areaNotes);
  }

  private static StatisticsRead forEach(Path file, Optional<SourceDocument> given, StatisticsSink sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ods")) {
      OdsWorkbook workbook = OdsWorkbook.open(file);
      SheetTable data = workbook.requireSheet(DATA_SHEET);
      return convert(data.name(), data.rows().iterator(), workbook.sheet(COVER_SHEET),
          workbook.sheet(NOTES_SHEET), given, sink);
    }
    if (name.endsWith(".csv")) {
      try (CsvSheet.Rows rows = CsvSheet.open(file)) {
        return convert(CsvSheet.name(file), rows, Optional.empty(), Optional.empty(), given, sink);
      }
    }
    throw new StatisticsFormatException("cannot tell how to read " + file
        + ": expected an OpenDocument spreadsheet (.ods) or a CSV export of its data sheet (.csv)");
  }

  private static StatisticsRead convert(String sheet, Iterator<SheetTable.Row> rows, Optional<SheetTable> cover,
      Optional<SheetTable> notes, Optional<SourceDocument> given, StatisticsSink sink) {
    TableLayout layout = TableLayout.find(sheet, rows);
    SourceDocument source = given.orElseGet(() -> DatasetSource.describe(layout, cover));
    RowConverter converter = new RowConverter(layout, source);
    FirstRowOfEachArea firstRows = new FirstRowOfEachArea(layout.letter(StatisticsColumn.AREA_CODE),
        StatisticsRule.ONE_ROW_PER_AREA.id());
    // The areas' names are wanted only to read a Notes sheet, which only a spreadsheet has.
    Set<String> names = new LinkedHashSet<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<ImportNote> areaNotes = new ArrayList<>();
    int dataRows = 0;
    while (rows.hasNext()) {
      SheetTable.Row row = rows.next();
      if (row.isBlank()) {
        continue;
      }
      dataRows++;
      if (notes.isPresent()) {
        layout.cell(row, StatisticsColumn.AREA_NAME).text().ifPresent(names::add);
      }
      Optional<AreaRecord> record = converter.convert(row, problems, areaNotes)
          .filter(r -> firstRows.isFirst(row.number(), r, problems));
      areaNotes.forEach(sink::note);
      problems.forEach(sink::problem);
      record.ifPresent(sink::record);
      areaNotes.clear();
      problems.clear();
    }
    List<StatisticsNote> noteList = notes.map(sheetOfNotes -> NotesSheet.read(sheetOfNotes, names)).orElse(List.of());
    return new StatisticsRead(source, noteList, dataRows);
  }
}
