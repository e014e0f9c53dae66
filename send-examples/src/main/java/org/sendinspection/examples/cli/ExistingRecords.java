package org.sendinspection.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sendinspection.data.join.MergedRecord;
import org.sendinspection.data.join.RecordMerge;
import org.sendinspection.data.ofsted.AreaRecordWriter;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * What an import adds to a directory that already holds records: each imported record is merged with the
 * area's record already there, so that what the data file does not give (partners, other inspections,
 * other sources' claims) is kept, and the file's facts are added, its dates as further claims.
 *
 * <p>A record already there that cannot be read is not replaced: it is reported, and the import then
 * exits 1.
 */
final class ExistingRecords {
  private final Path directory;
  private final Path shownAs;
  private final PrintWriter err;
  private int merged;
  private int refused;

  /**
   * @param directory where the records are read from; not null
   * @param shownAs the directory named in messages, where the records will be once written; not null
   */
  ExistingRecords(Path directory, Path shownAs, PrintWriter err) {
    this.directory = directory;
    this.shownAs = shownAs;
    this.err = err;
  }

  /**
   * The record to write for an imported one: merged with the area's existing record, if any; empty where
   * the existing record cannot be read, which is then reported and left alone.
   */
  Optional<AreaRecord> mergedWith(AreaRecord record) {
    String name = AreaRecordWriter.fileName(record);
    Path file = directory.resolve(name);
    Path shown = shownAs.resolve(name);
    if (!Files.isRegularFile(file)) {
      return Optional.of(record);
    }
    try {
      MergedRecord result = RecordMerge.merge(record, AreaRecordCodec.strict().read(file));
      result.differences().forEach(d -> err.println(shown + ": " + d));
      merged++;
      return Optional.of(result.record());
    } catch (RuntimeException e) {
      err.println(shown + ": exists but cannot be read, so it is not replaced: "
          + String.valueOf(e.getMessage()).replace(file.toString(), shown.toString()) + " [unmergeable]");
      refused++;
      return Optional.empty();
    } finally {
      err.flush();
    }
  }

  /** How many records were merged with one already in the directory. */
  int merged() {
    return merged;
  }

  /** How many existing records could not be read and were left alone. */
  int refused() {
    return refused;
  }
}
