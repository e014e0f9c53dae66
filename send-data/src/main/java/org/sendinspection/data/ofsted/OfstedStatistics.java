package org.sendinspection.data.ofsted;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.data.table.FirstRowOfEachArea;

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

  private static OfstedImport read(Path file, Optional<SourceDocument> given) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ods")) {
      OdsWorkbook workbook = OdsWorkbook.open(file);
      return convert(workbook.requireSheet(DATA_SHEET), workbook.sheet(COVER_SHEET),
          workbook.sheet(NOTES_SHEET), given);
    }
    if (name.endsWith(".csv")) {
      return convert(CsvSheet.read(file), Optional.empty(), Optional.empty(), given);
    }
    throw new StatisticsFormatException("cannot tell how to read " + file
        + ": expected an OpenDocument spreadsheet (.ods) or a CSV export of its data sheet (.csv)");
  }

  private static OfstedImport convert(SheetTable data, Optional<SheetTable> cover,
      Optional<SheetTable> notes, Optional<SourceDocument> given) {
    TableLayout layout = TableLayout.of(data);
    SourceDocument source = given.orElseGet(() -> DatasetSource.describe(layout, cover));
    RowConverter converter = new RowConverter(layout, source);
    List<SheetTable.Row> rows = layout.dataRows();
    List<ImportProblem> problems = new ArrayList<>();
    List<ImportNote> areaNotes = new ArrayList<>();
    FirstRowOfEachArea records = new FirstRowOfEachArea(layout.letter(StatisticsColumn.AREA_CODE),
        StatisticsRule.ONE_ROW_PER_AREA.id());
    Set<String> names = new LinkedHashSet<>();
    for (SheetTable.Row row : rows) {
      layout.cell(row, StatisticsColumn.AREA_NAME).text().ifPresent(names::add);
      converter.convert(row, problems, areaNotes).ifPresent(record -> records.add(row.number(), record, problems));
    }
    List<StatisticsNote> noteList = notes.map(sheet -> NotesSheet.read(sheet, names)).orElse(List.of());
    return new OfstedImport(source, records.records(), problems, noteList, rows.size(), areaNotes);
  }
}
