package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
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

  /** What a version-3 document says that earlier versions could not: its coverages and weaknessesKnown. */
  private static final Pattern VERSION_3_ONLY = Pattern.compile(
      ",\\s*\"(inspectionCoverage|revisitCoverage|submissionCoverage|monitoringCoverage)\" : \\{\\s*\"state\" : \"not-recorded\"\\s*}"
          + "|,\\s*\"weaknessesKnown\" : \"(named|counted)\"");

  private static String asVersion(int version, String json) {
    return VERSION_3_ONLY.matcher(json).replaceAll("")
        .replaceFirst("\"schemaVersion\" : 3,", "\"schemaVersion\" : " + version + ",");
  }

  private static String asVersion1(String json) {
    return asVersion(1, json);
  }

  /** Whether a record says nothing that only version 3 can say. */
  private static boolean sayableBeforeVersion3(AreaRecord record) {
    String json = CODEC.write(record);
    return !json.contains("recorded-until") && !json.contains("\"not-recorded\"\n")
        && !json.contains("\"weaknessesKnown\" : \"not-recorded\"")
        && !json.contains("\"precision\"") && !json.contains("\"bound\"") && !json.contains("\"nextSteps\"");
  }

  @Test
  void the_codec_writes_version_3_and_reads_versions_1_to_3() {
    assertEquals(3, AreaRecordCodec.SCHEMA_VERSION);
    assertEquals(1, AreaRecordCodec.OLDEST_SCHEMA_VERSION);
  }

  @Test
  void every_record_written_as_version_1_or_2_reads_back_the_same_and_reports_its_version() {
    PropertyCheck.forAll(AreaRecordGenerator.any()).tries(200).check(record -> {
      if (!sayableBeforeVersion3(record)) {
        return;
      }
      for (int version : new int[] {1, 2}) {
        if (version == 1 && record.getInspections().stream()
            .anyMatch(i -> !i.framework().wireName().equals("local-area-send-2016"))) {
          continue;
        }
        String old = asVersion(version, CODEC.write(record));
        if (version == 1 && old.contains("\"submissions\"") && !allSubmissionsDated(record)) {
          continue;
        }
        ReadResult read = CODEC.readWithWarnings(old, "old.json");
        assertEquals(record, read.record());
        assertEquals(version, read.schemaVersion());
        assertEquals(CODEC.write(record), CODEC.write(read.record()), "rewritten as version 3");
      }
    });
  }

  @Test
  void a_version_2_document_takes_every_coverage_as_not_recorded() {
    String v3 = CODEC.write(ExampleRecords.essex()).replace("\"revisitCoverage\" : {\n      \"state\" : \"not-recorded\"\n    }",
        "\"revisitCoverage\" : {\n      \"state\" : \"not-recorded\"\n    }");
    AreaRecord read = CODEC.read(asVersion(2, v3));
    assertEquals(org.sendinspection.model.provenance.Coverage.notRecorded(), read.getInspectionCoverage());
    assertEquals(ExampleRecords.essex(), read);
  }

  @Test
  void a_version_3_document_must_say_what_it_knows_of_the_weaknesses_and_each_coverage() {
    String json = CODEC.write(ExampleRecords.essex()).replace("\"weaknessesKnown\" : \"named\",", "")
        .replaceFirst(",\\s*\"inspectionCoverage\" : \\{\\s*\"state\" : \"not-recorded\"\\s*}", "");
    RecordFormatException error = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    assertEquals(List.of("inspectionCoverage missing-property", "inspections[0].weaknessesKnown missing-property"),
        paths(error.problems()));
  }

  private static boolean allSubmissionsDated(AreaRecord record) {
    return record.getInspections().stream()
        .filter(i -> i instanceof org.sendinspection.model.inspection.LocalAreaSendInspection)
        .map(i -> (org.sendinspection.model.inspection.LocalAreaSendInspection) i)
        .flatMap(i -> i.getWrittenStatement().stream()).flatMap(w -> w.getSubmissions().stream())
        .allMatch(s -> s.getSubmittedOn().isPresent());
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
