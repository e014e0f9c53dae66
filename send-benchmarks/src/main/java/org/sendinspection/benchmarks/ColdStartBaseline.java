package org.sendinspection.benchmarks;

import java.nio.file.Path;
import org.sendinspection.model.record.AreaRecord;

/**
 * The baseline of the cold-start measurement ({@code send-benchmarks/cold-start.sh}): a JVM that reads a
 * record file with plain Jackson into the same Immutables types, prints the area's name and exits; no
 * checks, no rules, no command line.
 */
public final class ColdStartBaseline {
  private ColdStartBaseline() {}

  /**
   * Reads one record file.
   *
   * @param args the file
   */
  public static void main(String[] args) {
    AreaRecord record = PlainJackson.mapper().readValue(Path.of(args[0]).toFile(), AreaRecord.class);
    System.out.println(record.getArea().getName());
  }
}
