package org.sendinspection.data.d2i;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.data.table.ColumnLayout;
import org.sendinspection.data.table.TableFormatException;
import org.sendinspection.data.table.TextRow;
import org.sendinspection.data.table.TextTable;
import org.sendinspection.data.table.XlsxTable;
import org.sendinspection.model.provenance.SourceDocument;

/**
 * Reads data-to-insight's scraped overview of 2023-framework area SEND inspection reports into area
 * records, one {@code AreaSendInspection} each.
 *
 * <p>The workbook ({@code ofsted_csc_send_overview.xlsx}) has one row per local area: its ONS code
 * ({@code ltla23cd}), name, region code, outcome grade, the previous inspection's date as the report
 * states it ({@code 01/01/1900} where none), the inspection's start and end and its publication, the
 * scraper's next-inspection period and date, and the report's outcome paragraph. Each row's area is
 * found through the bundled area directory, by code and name. A cell that breaks a rule is reported
 * (see {@link OverviewRule}) and left unrecorded; the row still gives a record wherever its area, outcome
 * and first day on site are known.
 * Example:
 *
 * <pre>{@code
 * ScrapedOverviewImport overview = ScrapedOverview.read(Path.of("ofsted_csc_send_overview.xlsx"));
 * overview.dataRows();        // 72
 * overview.problemRows();     // the rows that gave no record
 * }</pre>
 *
 * <p>Thread-safe: every method is static and reads only its arguments.
 */
public final class ScrapedOverview {

  /** The data set the records cite. */
  public static final SourceDocument SOURCE = SourceDocument.builder()
      .id("d2i-send-overview")
      .title("Ofsted area SEND inspections overview (ofsted_csc_send_overview.xlsx), scraped from published"
          + " reports by data-to-insight's ofsted-send-scrape-tool")
      .publisher("data-to-insight")
      .build();

  private ScrapedOverview() {}

  /**
   * Reads the workbook's first sheet, citing {@link #SOURCE}.
   *
   * @param file the .xlsx file; not null
   * @return the records, problems and the scraper's next-inspection figures
   * @throws TableFormatException if the file is not a workbook or lacks a column the reader needs
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ScrapedOverviewImport read(Path file) {
    return read(file, SOURCE);
  }

  /**
   * Reads the workbook's first sheet, citing the given source for every fact, as for a dated snapshot.
   *
   * @param file the .xlsx file; not null
   * @param source the data set the file holds; not null
   * @return the records, problems and the scraper's next-inspection figures
   * @throws TableFormatException as {@link #read(Path)}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ScrapedOverviewImport read(Path file, SourceDocument source) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    return convert(XlsxTable.read(file), source);
  }

  /**
   * Converts a table already read, as from a CSV export of the workbook.
   *
   * @param table the table, its first row the headers; not null
   * @param source the data set the table holds; not null
   * @return the records, problems and the scraper's next-inspection figures
   * @throws TableFormatException if the table lacks a column the reader needs
   */
  public static ScrapedOverviewImport convert(TextTable table, SourceDocument source) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(source, "source");
    ColumnLayout<OverviewColumn> layout = ColumnLayout.of(table, OverviewColumn.class);
    OverviewRowConverter converter = new OverviewRowConverter(layout, source);
    Map<String, Integer> rowOfArea = new LinkedHashMap<>();
    List<OverviewRowConverter.Converted> records = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<ImportNote> notes = new ArrayList<>();
    for (TextRow row : table.dataRows()) {
      Optional<OverviewRowConverter.Converted> converted = converter.convert(row, problems, notes);
      if (converted.isEmpty()) {
        continue;
      }
      // Rows are matched to areas through the directory, so two rows sharing an old code (Cumberland and
      // Westmorland and Furness both give Cumbria's) are two areas; two rows of one area are not.
      String code = converted.get().record().getArea().getCode();
      Integer first = rowOfArea.putIfAbsent(code, row.number());
      if (first != null) {
        problems.add(new ImportProblem(row.number(), layout.letter(OverviewColumn.CODE),
            OverviewRule.ONE_ROW_PER_CODE.id(), "the row is of " + code + ", as row " + first + " is; which row"
                + " the area's inspection is on is not known, so only row " + first + " gives a record"));
      } else {
        records.add(converted.get());
      }
    }
    return new ScrapedOverviewImport(source,
        records.stream().map(OverviewRowConverter.Converted::record).collect(Collectors.toList()), problems,
        records.stream().map(OverviewRowConverter.Converted::next).collect(Collectors.toList()),
        table.dataRows().size(), notes);
  }
}
