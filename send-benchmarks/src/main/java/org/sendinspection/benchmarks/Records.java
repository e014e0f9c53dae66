package org.sendinspection.benchmarks;

import java.util.List;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/** The records the benchmarks measure: Essex's detailed record, and synthetic ones of every shape. */
final class Records {
  /** The seed of the generated records, so that every run measures the same ones. */
  static final long SEED = 20_261_201L;

  private Records() {}

  /**
   * One record by name.
   *
   * @param name {@code essex} (the bundled example) or {@code generated} (one synthetic record)
   * @return the record
   */
  static AreaRecord named(String name) {
    switch (name) {
      case "essex":
        return ExampleRecords.essex();
      case "generated":
        return AreaRecordGenerator.framework2016().generate(SEED);
      default:
        throw new IllegalArgumentException("no record named '" + name + "'; give essex or generated");
    }
  }

  /** The record's JSON as the codec writes it, for the readers to read. */
  static String json(String name) {
    return name.equals("essex") ? ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE)
        : AreaRecordCodec.strict().write(named(name));
  }

  /** A national data set of synthetic records for distinct areas. */
  static List<AreaRecord> many(int count) {
    return AreaRecordGenerator.framework2016().generateMany(SEED, count);
  }
}
