package org.sendinspection.data.ofsted;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;

/**
 * What reading one file of Ofsted's area SEND statistics gave: a record per sound row, a problem for
 * each rule a row breaks, and the notes.
 *
 * <p>Immutable and thread-safe. Every data row is accounted for: it gave a record, or it gave at least
 * one problem ({@link #dataRows()} is the number of rows read). The 2022 file gives 149 records and
 * no problems; its notes name two areas, Dorset and Northamptonshire, that have no row.
 *
 * @param source the dataset, as every record's citations name it; not null
 * @param records one record per area, in the order of the rows; not null
 * @param problems every rule broken, in the order of the rows; not null
 * @param notes the Notes sheet, in order; empty for a CSV export, which has only the data sheet;
 *     not null
 * @param dataRows the number of data rows read (rows after the header that are not blank)
 * @param areaNotes how rows' areas were found in the area directory, such as a county's code read as
 *     its successor's; not null
 */
public record OfstedImport(SourceDocument source, List<AreaRecord> records, List<ImportProblem> problems,
    List<StatisticsNote> notes, int dataRows, List<ImportNote> areaNotes) {

  public OfstedImport {
    Objects.requireNonNull(source, "source");
    records = List.copyOf(records);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    areaNotes = List.copyOf(areaNotes);
  }

  /** Whether every row gave a record. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The names of the areas the notes describe that have no row: Dorset and Northamptonshire in 2022. */
  public List<String> areasOnlyInNotes() {
    return notes.stream().map(StatisticsNote::areaOnlyInNotes).flatMap(Optional::stream)
        .collect(Collectors.toList());
  }

  /**
   * The record of an area.
   *
   * @param code the ONS local authority code, such as {@code E10000012}; not null
   * @return the record, or empty if no sound row has that code
   */
  public Optional<AreaRecord> record(String code) {
    Objects.requireNonNull(code, "code");
    return records.stream().filter(r -> r.getArea().getCode().equals(code)).findFirst();
  }
}
