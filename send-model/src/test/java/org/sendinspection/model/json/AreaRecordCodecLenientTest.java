package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AreaRecordCodecLenientTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The detailed fixture as a newer tool might write it: with properties this version does not know. */
  private static String withNewerProperties() {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(AreaRecordCodec.strict().write(RecordFixtures.detailed()));
    tree.put("generator", "a newer tool"); // appended: it comes last in the document
    ((ObjectNode) tree.get("area")).set("population", MAPPER.createObjectNode().put("2021", 1000));
    ObjectNode revisit = (ObjectNode) tree.get("inspections").get(0).get("revisit");
    ((ObjectNode) revisit.get("outcomes").get(1)).set("notes", MAPPER.createArrayNode().add("a").add("b"));
    return MAPPER.writeValueAsString(tree);
  }

  @Test
  void codecs_sayWhetherTheyAreLenient() {
    assertFalse(AreaRecordCodec.strict().isLenient());
    assertTrue(AreaRecordCodec.lenient().isLenient());
  }

  @Test
  void lenient_readsTheRecordAndListsEverySkippedProperty() {
    ReadResult result = AreaRecordCodec.lenient().readWithWarnings(withNewerProperties(), "newer.json");
    assertEquals(RecordFixtures.detailed(), result.record());
    assertEquals(List.of("area.population", "inspections[0].revisit.outcomes[1].notes", "generator"),
        result.ignoredProperties());
  }

  @Test
  void lenient_reportsNothingSkippedForAKnownDocument() {
    String json = AreaRecordCodec.strict().write(RecordFixtures.detailed());
    assertEquals(List.of(), AreaRecordCodec.lenient().readWithWarnings(json, "known.json").ignoredProperties());
  }

  @Test
  void strict_rejectsTheSameDocument() {
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.strict().read(withNewerProperties()));
    assertEquals("area.population", e.problems().get(0).path());
    assertEquals(RecordFormatException.UNKNOWN_PROPERTY, e.problems().get(0).rule());
  }
}
