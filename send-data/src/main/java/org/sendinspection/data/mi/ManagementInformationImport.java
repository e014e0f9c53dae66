package org.sendinspection.data.mi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;

/**
 * What reading the management information gave: a record per sound row and a problem for each rule a
 * row breaks.
 *
 * <p>Immutable and thread-safe. Every data row is accounted for: it gave a record, or at least one
 * problem (a row may give both: a record with the fields that had problems left unrecorded).
 *
 * @param source the data set, as every record's citations name it; not null
 * @param records one record per area, in the order of the rows; not null
 * @param problems every rule broken, in the order of the rows; not null
 * @param dataRows the number of data rows read
 * @param notes how rows were read, such as each area found by its name; not null
 */
public record ManagementInformationImport(SourceDocument source, List<AreaRecord> records,
    List<ImportProblem> problems, int dataRows, List<ImportNote> notes) {

  public ManagementInformationImport {
    Objects.requireNonNull(source, "source");
    records = List.copyOf(records);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Whether every row gave a record. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The record of an area.
   *
   * @param code the ONS local authority code; not null
   * @return the record, or empty if no sound row is of that area
   */
  public Optional<AreaRecord> record(String code) {
    Objects.requireNonNull(code, "code");
    return records.stream().filter(r -> r.getArea().getCode().equals(code)).findFirst();
  }
}
