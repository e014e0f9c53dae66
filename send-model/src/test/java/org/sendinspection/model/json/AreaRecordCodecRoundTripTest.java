package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;

class AreaRecordCodecRoundTripTest {
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  @Test
  void essex_readsBackEqualAfterWriting() {
    AreaRecord essex = ExampleRecords.essex();
    assertEquals(essex, CODEC.read(CODEC.write(essex)));
  }

  @Test
  void southendOnSea_readsBackEqualAfterWriting() {
    AreaRecord southend = ExampleRecords.southendOnSea();
    assertEquals(southend, CODEC.read(CODEC.write(southend)));
  }

  @Test
  void seedFiles_areInTheCodecsOwnLayout() {
    // The shipped files are what the codec writes, byte for byte, so a reformatting shows as a diff.
    assertEquals(ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE), CODEC.write(ExampleRecords.essex()));
    assertEquals(ExampleRecords.json(ExampleRecords.SOUTHEND_ON_SEA_RESOURCE),
        CODEC.write(ExampleRecords.southendOnSea()));
  }

  @Test
  void detailedAndCountedForms_readBackEqual() {
    assertEquals(RecordFixtures.detailed(), CODEC.read(CODEC.write(RecordFixtures.detailed())));
    assertEquals(RecordFixtures.counted(), CODEC.read(CODEC.write(RecordFixtures.counted())));
  }

  @Test
  void writingThenReadingAFile_givesTheSameRecordInUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("essex.json");
    CODEC.write(ExampleRecords.essex(), file);
    assertEquals(ExampleRecords.essex(), CODEC.read(file));
    // The council's paper writes "CCG’s" with a typographic apostrophe; it must survive as UTF-8.
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("the five CCG’s"));
  }

  @Test
  void absentPropertiesAndEmptyLists_areNotWritten() {
    String json = CODEC.write(RecordFixtures.counted());
    assertFalse(json.contains("null"), json);
    assertFalse(json.contains("[ ]"), json);
    assertFalse(json.contains("\"significantWeaknesses\""), json);
    assertFalse(json.contains("\"submissions\""), json);
    assertTrue(json.contains("\"writtenStatement\" : {\n      \"submissionCoverage\" : {\n        \"state\" : \"not-recorded\""),
        json);
  }

  @Test
  void output_startsWithTheSchemaVersionAndEndsWithANewLine() {
    String json = CODEC.write(RecordFixtures.counted());
    assertTrue(json.startsWith("{\n  \"schemaVersion\" : 3,\n  \"area\" : {"), json);
    assertTrue(json.endsWith("}\n"), json);
  }
}
