package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;
import tools.jackson.databind.json.JsonMapper;

/** A record written as a JSON line is one line that reads back equal, and the same JSON as the file form. */
class AreaRecordCodecLineTest {
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  @Test
  void a_line_is_one_line_that_reads_back_equal() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withAreaSendInspections(30)).tries(100).check(record -> {
      String line = CODEC.writeLine(record);
      assertTrue(line.endsWith("\n"));
      assertFalse(line.substring(0, line.length() - 1).contains("\n"), line);
      assertEquals(record, CODEC.read(line));
    });
  }

  @Test
  void a_line_holds_the_same_json_as_the_file_form() {
    AreaRecord essex = ExampleRecords.essex();
    String line = CODEC.writeLine(essex);
    assertTrue(line.startsWith("{\"schemaVersion\":" + AreaRecordCodec.SCHEMA_VERSION + ",\"area\":"), line);
    JsonMapper plain = JsonMapper.builder().build();
    assertEquals(plain.readTree(CODEC.write(essex)), plain.readTree(line));
  }

  @Test
  void the_nth_record_is_the_one_the_whole_set_holds_there() {
    List<AreaRecord> many = AreaRecordGenerator.any().generateMany(5L, 30);
    for (int i = 0; i < many.size(); i++) {
      assertEquals(many.get(i), AreaRecordGenerator.any().generateNth(5L, i));
    }
  }
}
