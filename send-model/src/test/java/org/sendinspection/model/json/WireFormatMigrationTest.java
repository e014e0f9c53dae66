package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.Violation;

/** Version-1 documents are still read, as what they were; what version 1 could not hold is refused. */
class WireFormatMigrationTest {
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  private static String asVersion1(String json) {
    return json.replaceFirst("\"schemaVersion\" : 2,", "\"schemaVersion\" : 1,");
  }

  @Test
  void the_codec_writes_version_2_and_reads_versions_1_and_2() {
    assertEquals(2, AreaRecordCodec.SCHEMA_VERSION);
    assertEquals(1, AreaRecordCodec.OLDEST_SCHEMA_VERSION);
  }

  @Test
  void every_2016_record_written_as_version_1_reads_back_the_same_and_reports_its_version() {
    PropertyCheck.forAll(AreaRecordGenerator.any()).tries(200).check(record -> {
      ReadResult read = CODEC.readWithWarnings(asVersion1(CODEC.write(record)), "v1.json");
      assertEquals(record, read.record());
      assertEquals(1, read.schemaVersion());
      assertEquals(CODEC.write(record), CODEC.write(read.record()), "rewritten as version 2");
    });
  }

  @Test
  void the_essex_record_as_version_1_is_the_essex_record() {
    AreaRecord essex = ExampleRecords.essex();
    assertEquals(essex, CODEC.read(asVersion1(ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE))));
  }

  @Test
  void a_version_1_document_with_a_2023_inspection_is_refused_with_the_path() {
    String json = asVersion1(ExampleRecords.json(ExampleRecords.SUFFOLK_RESOURCE));
    RecordFormatException error = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    assertEquals(List.of("inspections[1].framework schema-version"), paths(error.problems()));
    assertTrue(error.problems().get(0).message().contains("needs schemaVersion 2"), error.getMessage());
  }

  @Test
  void a_version_1_document_with_an_undated_submission_is_refused_with_the_path() {
    String json = asVersion1(ExampleRecords.json(ExampleRecords.SOUTHEND_ON_SEA_RESOURCE));
    RecordFormatException error = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    assertEquals(List.of("inspections[0].writtenStatement.submissions[0].submittedOn schema-version",
        "inspections[1].framework schema-version"), paths(error.problems()));
  }

  private static List<String> paths(List<Violation> problems) {
    return problems.stream().map(v -> v.path() + " " + v.rule()).sorted().collect(Collectors.toList());
  }
}
