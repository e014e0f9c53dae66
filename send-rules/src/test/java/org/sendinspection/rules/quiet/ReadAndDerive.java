package org.sendinspection.rules.quiet;

import java.time.LocalDate;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;

/**
 * A program that uses the library as an application would: reads a record from JSON, derives what
 * follows from it, and prints nothing of its own unless a check fails, so that anything on its
 * standard output or error came from the library.
 */
public final class ReadAndDerive {

  private ReadAndDerive() {}

  public static void main(String[] args) {
    AreaRecordCodec codec = AreaRecordCodec.strict();
    for (AreaRecord example : new AreaRecord[] {ExampleRecords.essex(), ExampleRecords.suffolk()}) {
      AreaRecord record = codec.read(codec.write(example));
      Derivation derivation = Derivation.of(record, LocalDate.of(2025, 1, 1));
      if (!record.equals(example) || derivation.conclusions().isEmpty() || derivation.report().isBlank()) {
        throw new AssertionError("the record did not read back or derived nothing: " + record.getArea().getCode());
      }
    }
    // A record the reader refuses for a malformed area code (once found by a Bean Validation pass that
    // started Hibernate Validator, which logged), so that the refusal path is quiet as well.
    String essex = codec.write(ExampleRecords.essex());
    String malformed = essex.replace("\"E10000012\"", "\"E1000001\"");
    if (malformed.equals(essex)) {
      throw new AssertionError("Essex's code is not where this program expects it");
    }
    try {
      codec.read(malformed);
      throw new AssertionError("an invalid record was read");
    } catch (RuntimeException expected) {
      if (!expected.getClass().getSimpleName().equals("RecordFormatException")) {
        throw expected;
      }
    }
  }
}
