package org.sendinspection.data.mi;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.data.table.ColumnLayout;
import org.sendinspection.data.table.CsvTable;
import org.sendinspection.data.table.TableFormatException;
import org.sendinspection.data.table.TextRow;
import org.sendinspection.data.table.TextTable;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.data.table.FirstRowOfEachArea;

/**
 * Reads Ofsted's management information on area SEND inspections under the 2023 framework into area
 * records, one 2023-framework inspection each.
 *
 * <p>The file ({@code mi_ofsted_winter_2223.csv}, January to August 2023, Open Government Licence) has
 * one row per inspection: the local area partnership's name, Ofsted region, inspection start and
 * publication dates, the outcome as one of three labels, whether a priority action plan is required,
 * and the number of areas for priority action ({@code NA} where none is required). It has no area
 * codes: each name is found in the bundled
 * {@link org.sendinspection.model.area.directory.AreaDirectory} as of the inspection's first day, with a
 * note saying so, and a row whose name matches no area, or several, is reported, never guessed.
 * Example:
 *
 * <pre>{@code
 * ManagementInformationImport mi = ManagementInformation.read(Path.of("mi_ofsted_winter_2223.csv"));
 * mi.records().size();   // 16
 * }</pre>
 *
 * <p>Thread-safe: every method is static and reads only its arguments.
 */
public final class ManagementInformation {

  /** The data set the records cite, as the DfE's re-publication of Ofsted's management information. */
  public static final SourceDocument SOURCE = SourceDocument.builder()
      .id("ofsted-area-send-mi-2023")
      .title("Area SEND inspections under the 2023 framework, January to August 2023: Ofsted management"
          + " information (mi_ofsted_winter_2223.csv)")
      .publisher("Ofsted; re-published by the Department for Education")
      .build();

  private ManagementInformation() {}

  /**
   * Reads the file, citing {@link #SOURCE}.
   *
   * @param file the CSV file; not null
   * @return the records and problems
   * @throws TableFormatException if the file is not CSV or lacks a column the reader needs
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ManagementInformationImport read(Path file) {
    return read(file, SOURCE);
  }

  /**
   * Reads the file, citing the given source for every fact.
   *
   * @param file the CSV file; not null
   * @param source the data set the file holds; not null
   * @return the records and problems
   * @throws TableFormatException as {@link #read(Path)}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ManagementInformationImport read(Path file, SourceDocument source) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    TextTable table = CsvTable.read(file);
    ColumnLayout<MiColumn> layout = ColumnLayout.of(table, MiColumn.class);
    MiRowConverter converter = new MiRowConverter(layout, source);
    List<ImportProblem> problems = new ArrayList<>();
    List<ImportNote> notes = new ArrayList<>();
    FirstRowOfEachArea records = new FirstRowOfEachArea(layout.letter(MiColumn.AREA), MiRule.ONE_ROW_PER_AREA.id());
    for (TextRow row : table.dataRows()) {
      converter.convert(row, problems, notes).ifPresent(record -> records.add(row.number(), record, problems));
    }
    return new ManagementInformationImport(source, records.records(), problems, table.dataRows().size(), notes);
  }
}
