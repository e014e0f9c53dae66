package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;

/**
 * A valid document of the current version is bound straight from its text; where the version sits, or
 * an odd one, changes nothing of what is read or reported.
 */
class AreaRecordCodecDirectReadTest {

  private static final String ESSEX = ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE);

  private static List<String> problems(String json) {
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> AreaRecordCodec.strict().read(json));
    return e.problems().stream().map(v -> v.path() + " [" + v.rule() + "] " + v.message()).collect(Collectors.toList());
  }

  /** Essex's text with its version moved from the first property to the last. */
  private static String versionLast(String version) {
    String body = ESSEX.replaceFirst("\"schemaVersion\"\\s*:\\s*\\d+\\s*,", "");
    return body.substring(0, body.lastIndexOf('}')) + ", \"schemaVersion\": " + version + "}";
  }

  @Test
  void the_version_may_come_last() {
    AreaRecord read = AreaRecordCodec.strict().read(versionLast(String.valueOf(AreaRecordCodec.SCHEMA_VERSION)));
    assertEquals(ExampleRecords.essex(), read);
    assertEquals(AreaRecordCodec.SCHEMA_VERSION,
        AreaRecordCodec.strict().readWithWarnings(versionLast(String.valueOf(AreaRecordCodec.SCHEMA_VERSION)), "x")
            .schemaVersion());
  }

  @Test
  void an_odd_version_anywhere_is_reported_as_before() {
    // 2.0 is the whole number 2, to JSON Schema and so to the codec; 2.5 is no version.
    assertEquals(List.of("schemaVersion [schema-version] schemaVersion 2.5 is not supported; this codec reads "
        + "versions " + AreaRecordCodec.OLDEST_SCHEMA_VERSION + " to " + AreaRecordCodec.SCHEMA_VERSION),
        problems(versionLast("2.5")));
    assertEquals(List.of("schemaVersion [schema-version] schemaVersion \"2\" is not supported; this codec reads "
        + "versions " + AreaRecordCodec.OLDEST_SCHEMA_VERSION + " to " + AreaRecordCodec.SCHEMA_VERSION),
        problems(versionLast("\"2\"")));
    assertEquals(1, problems(versionLast("99999999999")).size());
  }

  @Test
  void a_version_inside_the_record_is_an_unknown_property() {
    String nested = ESSEX.replaceFirst("\"area\"\\s*:\\s*\\{", "\"area\": {\"schemaVersion\": 2,");
    List<String> found = problems(nested);
    assertEquals(1, found.size(), found.toString());
    assertEquals("area.schemaVersion", found.get(0).substring(0, found.get(0).indexOf(' ')));
  }
}
