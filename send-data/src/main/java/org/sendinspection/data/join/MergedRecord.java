package org.sendinspection.data.join;

import java.util.List;
import java.util.Objects;
import org.sendinspection.model.record.AreaRecord;

/**
 * A record merged from two of the same area, with what differed between them beyond dates (which the
 * record itself keeps as claims).
 *
 * <p>Immutable and thread-safe.
 *
 * @param record the merged record; not null
 * @param differences a sentence for each difference the record could not keep both sides of, such as
 *     two spellings of the area's name; not null
 */
public record MergedRecord(AreaRecord record, List<String> differences) {

  public MergedRecord {
    Objects.requireNonNull(record, "record");
    differences = List.copyOf(differences);
  }
}
