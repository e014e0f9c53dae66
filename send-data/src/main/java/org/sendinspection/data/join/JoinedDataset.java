package org.sendinspection.data.join;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.record.AreaRecord;

/**
 * The national dataset joined from several inputs: one record per area.
 *
 * <p>Immutable and thread-safe.
 *
 * @param records one record per area, in code order; not null
 * @param differences what differed between records of one area beyond dates (kept as claims); not null
 * @param links each area given a predecessor's history, as {@code E06000061 <- E10000021}; not null
 * @param recordsRead the number of input records joined
 */
public record JoinedDataset(List<AreaRecord> records, List<String> differences, List<String> links,
    int recordsRead) {

  public JoinedDataset {
    records = List.copyOf(records);
    differences = List.copyOf(differences);
    links = List.copyOf(links);
  }

  /**
   * The record of an area.
   *
   * @param code the ONS code; not null
   * @return the record, or empty if no input has that area
   */
  public Optional<AreaRecord> record(String code) {
    Objects.requireNonNull(code, "code");
    return records.stream().filter(r -> r.getArea().getCode().equals(code)).findFirst();
  }
}
