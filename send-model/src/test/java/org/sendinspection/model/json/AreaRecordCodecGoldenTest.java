package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire format: field order, enumeration spellings, date form and layout. A change here is a
 * change to the published format and needs a new {@code schemaVersion} unless it only adds.
 */
class AreaRecordCodecGoldenTest {

  private static String golden(String name) {
    String resource = "/org/sendinspection/model/json/golden/" + name;
    try (InputStream in = AreaRecordCodecGoldenTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void detailedRecord_isWrittenExactlyAsTheGoldenFile() {
    assertEquals(golden("detailed.json"), AreaRecordCodec.strict().write(RecordFixtures.detailed()));
  }

  @Test
  void countedRecord_isWrittenExactlyAsTheGoldenFile() {
    assertEquals(golden("counted.json"), AreaRecordCodec.strict().write(RecordFixtures.counted()));
  }

  @Test
  void recordWithAnAreaSendInspection_isWrittenExactlyAsTheGoldenFile() {
    assertEquals(golden("area-send.json"), AreaRecordCodec.strict().write(RecordFixtures.withAreaSendInspection()));
  }

  @Test
  void goldenFiles_readBackAsTheRecordsTheyWereWrittenFrom() {
    assertEquals(RecordFixtures.detailed(), AreaRecordCodec.strict().read(golden("detailed.json")));
    assertEquals(RecordFixtures.counted(), AreaRecordCodec.strict().read(golden("counted.json")));
    assertEquals(RecordFixtures.withAreaSendInspection(), AreaRecordCodec.strict().read(golden("area-send.json")));
  }
}
