package org.sendinspection.data.ofsted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * Writes area records into a directory, one file per area named after its ONS code
 * ({@code E10000012.json}), in the library's JSON format ({@link AreaRecordCodec}).
 *
 * <p>This is what {@code send import-ofsted FILE --out DIR} does with the records of an
 * {@link OfstedImport}. A file of the same name is replaced, so importing a newer edition of the
 * statistics into the same directory updates each area's record; files of other areas are left alone.
 */
public final class AreaRecordWriter {

  private AreaRecordWriter() {}

  /**
   * Writes the records, creating the directory if it does not exist.
   *
   * @param records the records, one per area; not null
   * @param directory the directory; not null
   * @return the files written, in the order of the records
   * @throws IllegalArgumentException naming the code, if two records are of the same area (nothing is
   *     written then)
   * @throws UncheckedIOException if the directory or a file cannot be written
   */
  public static List<Path> write(List<AreaRecord> records, Path directory) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(directory, "directory");
    Set<String> codes = new HashSet<>();
    for (AreaRecord record : records) {
      if (!codes.add(record.getArea().getCode())) {
        throw new IllegalArgumentException("two records are of area " + record.getArea().getCode()
            + "; a directory holds one record per area");
      }
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create directory " + directory + ": " + e.getMessage(), e);
    }
    AreaRecordCodec codec = AreaRecordCodec.strict();
    List<Path> written = new ArrayList<>(records.size());
    for (AreaRecord record : records) {
      Path file = directory.resolve(fileName(record));
      codec.write(record, file);
      written.add(file);
    }
    return written;
  }

  /** The file name of an area's record: its ONS code and {@code .json}. */
  public static String fileName(AreaRecord record) {
    return record.getArea().getCode() + ".json";
  }
}
