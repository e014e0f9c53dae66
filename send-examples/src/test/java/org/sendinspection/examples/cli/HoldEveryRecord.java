package org.sendinspection.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * The control of {@link StreamingMemoryTest}: a programme that holds every record of a JSON lines file
 * or statistics CSV, as summary and the importers once did, which must not fit in the heap the streaming commands are given.
 */
final class HoldEveryRecord {
  private HoldEveryRecord() {}

  public static void main(String[] args) throws IOException {
    if (args[0].endsWith(".csv")) {
      // The statistics read whole, as summary and the importers once did.
      System.out.println("held " + OfstedStatistics.read(Path.of(args[0])).records().size() + " records");
      return;
    }
    List<AreaRecord> held = new ArrayList<>();
    try (Stream<String> lines = Files.lines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      lines.forEach(line -> held.add(AreaRecordCodec.strict().read(line)));
    }
    System.out.println("held " + held.size() + " records");
  }
}
