package org.sendinspection.model.json;

import java.util.List;
import java.util.Objects;
import org.sendinspection.model.record.AreaRecord;

/**
 * A record read, with the properties a lenient codec passed over and the version the document declared.
 *
 * @param record the record; not null
 * @param ignoredProperties the JSON paths of properties the format does not define, which lenient
 *     reading skipped; empty when there were none
 * @param schemaVersion the version the document declared; older versions are read as the current one
 */
public record ReadResult(AreaRecord record, List<String> ignoredProperties, int schemaVersion) {
  public ReadResult {
    Objects.requireNonNull(record, "record");
    ignoredProperties = List.copyOf(ignoredProperties);
  }
}
