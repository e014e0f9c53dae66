package org.sendinspection.examples.cli;

import java.util.Objects;
import org.sendinspection.model.record.AreaRecord;

/**
 * A record and where it was read from.
 *
 * @param origin the file's path, or the name of a bundled example; not null
 * @param record the record, valid in every respect; not null
 */
record LoadedRecord(String origin, AreaRecord record) {
  LoadedRecord {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(record, "record");
  }
}
