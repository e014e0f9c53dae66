package org.sendinspection.model.json;

import java.util.List;
import java.util.Objects;
import org.sendinspection.model.record.AreaRecord;

/**
 * A record read in lenient mode, with the properties that were passed over.
 *
 * @param record the record; not null
 * @param ignoredProperties the JSON paths of properties the format does not define, which lenient
 *     reading skipped; empty when there were none
 */
public record ReadResult(AreaRecord record, List<String> ignoredProperties) {
  public ReadResult {
    Objects.requireNonNull(record, "record");
    ignoredProperties = List.copyOf(ignoredProperties);
  }
}
