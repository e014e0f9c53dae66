package org.sendinspection.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sendinspection.model.record.AreaRecord;
import tools.jackson.databind.ObjectReader;

/**
 * The baseline of the cold-start measurement ({@code send-benchmarks/cold-start.sh}): a JVM that reads a
 * record file with plain Jackson into the same Immutables types, prints the area's name and exits; no
 * checks, no rules, no command line. Given a JSON lines file, it reads every line the same way, one at a
 * time, and prints how many: the baseline of {@code send validate} and {@code send summary} over many.
 */
public final class ColdStartBaseline {
  private ColdStartBaseline() {}

  /**
   * Reads one record file.
   *
   * @param args the file: a record file, or a JSON lines file of records
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args[0].endsWith(".jsonl")) {
      ObjectReader reader = PlainJackson.mapper().readerFor(AreaRecord.class);
      long count = 0;
      try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          AreaRecord record = reader.readValue(line);
          count += record.getInspections().isEmpty() ? 0 : 1;
        }
      }
      System.out.println(count + " records with an inspection");
      return;
    }
    AreaRecord record = PlainJackson.mapper().readValue(Path.of(args[0]).toFile(), AreaRecord.class);
    System.out.println(record.getArea().getName());
  }
}
