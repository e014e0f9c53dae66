package org.sendinspection.data.d2i;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;

/**
 * What reading the scraped overview gave: a record per sound row, a problem for each rule a row
 * breaks, and the scraper's own next-inspection figures for the recorded areas.
 *
 * <p>Immutable and thread-safe. Every data row is accounted for: it gave a record, or at least one
 * problem (a row may give both: a record with the fields that had problems left unrecorded).
 *
 * @param source the data set, as every record's citations name it; not null
 * @param records one record per area, in the order of the rows; not null
 * @param problems every rule broken, in the order of the rows; not null
 * @param nextInspectionsAsScraped the scraper's next inspection of each recorded area, in the order of
 *     the records; not null
 * @param dataRows the number of data rows read
 * @param notes how rows were read where a reader should know, such as an old code read as its
 *     successor's; not null
 */
public record ScrapedOverviewImport(SourceDocument source, List<AreaRecord> records, List<ImportProblem> problems,
    List<ScrapedNextInspection> nextInspectionsAsScraped, int dataRows, List<ImportNote> notes) {

  public ScrapedOverviewImport {
    Objects.requireNonNull(source, "source");
    records = List.copyOf(records);
    problems = List.copyOf(problems);
    nextInspectionsAsScraped = List.copyOf(nextInspectionsAsScraped);
    notes = List.copyOf(notes);
  }

  /**
   * The record of an area.
   *
   * @param code the ONS local authority code; not null
   * @return the record, or empty if no sound row gives that code
   */
  public Optional<AreaRecord> record(String code) {
    Objects.requireNonNull(code, "code");
    return records.stream().filter(r -> r.getArea().getCode().equals(code)).findFirst();
  }

  /** The rows with at least one problem, in order. */
  public List<Integer> problemRows() {
    return problems.stream().map(ImportProblem::row).distinct().sorted().toList();
  }
}
