package org.sendinspection.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendinspection.data.d2i.ScrapedOverview;
import org.sendinspection.data.d2i.ScrapedOverviewImport;
import org.sendinspection.data.mi.ManagementInformation;
import org.sendinspection.data.mi.ManagementInformationImport;
import org.sendinspection.data.ofsted.OfstedImport;
import org.sendinspection.data.ofsted.NoteRecords;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.data.ofsted.StatisticsFormatException;
import org.sendinspection.data.table.TableFormatException;
import org.sendinspection.model.provenance.SourceDocument;

/**
 * The three data sets the command line reads, told apart by a file's extension and, for CSV, its header.
 *
 * <p>Ofsted's official statistics on the 2016 framework ({@code .ods}, or a CSV export of its data
 * sheet), Ofsted's management information on the 2023 framework as the DfE re-publishes it (a CSV whose
 * header names {@value #MI_HEADER}), and the scraped overview of 2023-framework inspections ({@code
 * .xlsx}).
 */
enum DataFile {
  /** Ofsted's area SEND official statistics, 2016 framework: {@code send import-ofsted}. */
  STATISTICS,
  /** Ofsted's management information, 2023 framework: {@code send import-mi}. */
  MANAGEMENT_INFORMATION,
  /** The scraped overview of 2023-framework inspections: {@code send import-overview}. */
  SCRAPED_OVERVIEW;

  /** The header cell only the management information's CSV has. */
  static final String MI_HEADER = "Local.area.partnership";

  /**
   * The data set a file holds, by its extension and, for CSV, its first line.
   *
   * @param file the file; not null
   * @return the kind, or empty where the file is not one of the data sets (such as a record's {@code .json})
   * @throws UncheckedIOException if a CSV file's first line cannot be read
   */
  static Optional<DataFile> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ods")) {
      return Optional.of(STATISTICS);
    }
    if (name.endsWith(".xlsx")) {
      return Optional.of(SCRAPED_OVERVIEW);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(firstLine(file).contains(MI_HEADER) ? MANAGEMENT_INFORMATION : STATISTICS);
    }
    return Optional.empty();
  }

  /**
   * Reads a file of the official statistics.
   *
   * @param file the .ods or CSV file; not null
   * @param published the publication date of the dataset a CSV export came from, which the export
   *     does not carry; empty to take what the file says
   * @return what was read
   * @throws UnreadableDataException if the file cannot be read as the statistics
   */
  static Imported statistics(Path file, Optional<LocalDate> published) {
    try {
      OfstedImport read = published.isPresent()
          ? OfstedStatistics.read(file, exportSource(published.get()))
          : OfstedStatistics.read(file);
      return new Imported(file, read.records(), read.problems(), read.notes(), read.dataRows(), read.areaNotes(),
          NoteRecords.of(read.source(), read.notes()));
    } catch (StatisticsFormatException | UncheckedIOException e) {
      throw new UnreadableDataException(file, e);
    }
  }

  /**
   * Reads a file of the management information, naming areas through the bundled area directory.
   *
   * @param file the CSV file; not null
   * @return what was read
   * @throws UnreadableDataException if the file cannot be read as the management information
   */
  static Imported managementInformation(Path file) {
    try {
      ManagementInformationImport read = ManagementInformation.read(file);
      return new Imported(file, read.records(), read.problems(), List.of(), read.dataRows(), read.notes(), List.of());
    } catch (TableFormatException | UncheckedIOException e) {
      throw new UnreadableDataException(file, e);
    }
  }

  /**
   * Reads the scraped overview.
   *
   * @param file the .xlsx file; not null
   * @return what was read
   * @throws UnreadableDataException if the file cannot be read as the overview
   */
  static Imported scrapedOverview(Path file) {
    try {
      ScrapedOverviewImport read = ScrapedOverview.read(file);
      return new Imported(file, read.records(), read.problems(), List.of(), read.dataRows(), read.notes(), List.of());
    } catch (TableFormatException | UncheckedIOException e) {
      throw new UnreadableDataException(file, e);
    }
  }

  /** The dataset a CSV export of the statistics published on a day came from, as the spreadsheet names it. */
  static SourceDocument exportSource(LocalDate published) {
    return SourceDocument.builder()
        .id("ofsted-area-send-statistics-" + published)
        .title("Area SEND inspection and revisit outcomes (CSV export of the data sheet)")
        .publisher("Ofsted")
        .date(published)
        .url(OfstedStatistics.STATISTICS_PAGE)
        .build();
  }

  private static String firstLine(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
