package org.sendinspection.data.ofsted;

import java.util.List;
import java.util.Objects;
import org.sendinspection.model.provenance.SourceDocument;

/**
 * What reading a file of the statistics row by row gave besides its rows, which went to a
 * {@link StatisticsSink}.
 *
 * @param source the dataset, as every record's citations name it; not null
 * @param notes the Notes sheet, in order; empty for a CSV export, which has only the data sheet; not null
 * @param dataRows the number of data rows read (rows after the header that are not blank)
 */
public record StatisticsRead(SourceDocument source, List<StatisticsNote> notes, int dataRows) {

  public StatisticsRead {
    Objects.requireNonNull(source, "source");
    notes = List.copyOf(notes);
  }
}
