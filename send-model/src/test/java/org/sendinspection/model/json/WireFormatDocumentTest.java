package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.record.AreaRecord;

/** The example in {@code docs/wire-format.md} is a valid record that conforms to the schema. */
class WireFormatDocumentTest {
  // From the module's directory (Surefire's basedir), not the working directory, which may be anywhere.
  private static final Path DOCUMENT =
      Path.of(System.getProperty("basedir", ".")).resolve("../docs/wire-format.md").normalize();

  private static String firstJsonExample() throws Exception {
    assertTrue(Files.isRegularFile(DOCUMENT), DOCUMENT.toAbsolutePath() + " is in the repository; it is missing");
    String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    int start = text.indexOf("```json\n") + "```json\n".length();
    return text.substring(start, text.indexOf("```", start));
  }

  @Test
  void documentedExample_readsAsARecord_andWritesBackUnchanged() throws Exception {
    String example = firstJsonExample();
    AreaRecord record = AreaRecordCodec.strict().read(example);
    assertEquals("E06000033", record.getArea().getCode());
    assertEquals(example, AreaRecordCodec.strict().write(record));
  }

  @Test
  void documentedExample_conformsToTheSchema() throws Exception {
    assertEquals(List.of(), SchemaCheck.failures(firstJsonExample()));
  }
}
