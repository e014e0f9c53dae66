package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated valid records, written, then broken at random (deleted, duplicated, retyped, swapped or
 * truncated parts, changed dates and numbers, control characters and lone surrogates in text): reading
 * the result either gives a valid record that round-trips or fails with a {@link RecordFormatException}
 * naming a path and a rule, never any other exception.
 *
 * <p>{@value #TRIES} tries in the normal build; the Maven profile {@code fuzz} sets the system property
 * {@value #TRIES_PROPERTY} to a million.
 */
class MutationFuzzProperties {
  static final String TRIES_PROPERTY = "send.fuzz.tries";
  static final int TRIES = 2000;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();
  private static final Gen<AreaRecord> RECORDS = AreaRecordGenerator.any().withAreaSendInspections(30);
  private static final String[] DATES = {"2019-02-29", "2020-02-29", "1899-12-31", "1900-01-01", "2100-12-31",
      "2101-01-01", "9999-12-31", "+999999999-12-31", "2019-13-01", "2019-1-1", "", "2019-11-11T00:00"};
  private static final String[] NUMBERS = {"0", "-1", "3.0", "2.5", "2147483647", "2147483648", "-2147483649",
      "1e999999", "-0", "1E2", "4294967298", "99999999999999999999999"};
  private static final String[] TEXTS = {"\u0000", "\u00A0", "\uFEFF", "\u001B[2J", "\uD800", "\uDC00x",
      "\u200B", " ", "\t\n", "\u2028"};
  private static final Set<String> FORMAT_RULES = Set.of(RecordFormatException.JSON_SYNTAX,
      RecordFormatException.UNKNOWN_PROPERTY, RecordFormatException.MISSING_PROPERTY,
      RecordFormatException.INVALID_VALUE, RecordFormatException.SCHEMA_VERSION,
      RecordFormatException.DUPLICATE_PROPERTY, RecordFormatException.LIMIT, RecordFormatException.ENCODING);

  /** A generated record's JSON, broken by one to three mutations. */
  private static final Gen<String> MUTATED = draws -> {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(CODEC.write(RECORDS.generate(draws)));
    int mutations = draws.between(1, 3);
    String text = null;
    for (int i = 0; i < mutations; i++) {
      if (draws.chance(15)) {
        text = mutateText(text == null ? MAPPER.writeValueAsString(tree) : text, draws);
      } else if (text == null) {
        mutateTree(tree, draws);
      }
    }
    return text == null ? MAPPER.writeValueAsString(tree) : text;
  };

  @Test
  void mutatedRecords_areValidAndRoundTrip_orRefusedWithADocumentedError() {
    int tries = Integer.getInteger(TRIES_PROPERTY, TRIES);
    // Seeds that set an optional text to "", which was read but written back as absent.
    int done = PropertyCheck.forAll(MUTATED).tries(tries).regressions(996532012489L, 68539511065L, 84248724122L)
        .describedBy(json -> json).check(json -> {
      AreaRecord record;
      try {
        record = CODEC.read(json);
      } catch (RecordFormatException e) {
        assertFalse(e.problems().isEmpty());
        for (Violation v : e.problems()) {
          assertFalse(v.message().isBlank(), v::toString);
          assertFalse(v.message().contains("tools.jackson") || v.message().contains("Exception"), v::toString);
          // A rule of the format, or one of the model's named rules (kebab-case) or field constraints.
          if (!FORMAT_RULES.contains(v.rule())) {
            assertFalse(v.rule().isBlank() || v.rule().contains(" "), v::toString);
          }
        }
        return;
      }
      assertEquals(record, CODEC.read(CODEC.write(record)), "a record read must round-trip");
    });
    assertEquals(tries + 3, done);
  }

  private static void mutateTree(ObjectNode root, Draws draws) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(draws.between(0, containers.size() - 1));
    if (container.isObject()) {
      ObjectNode object = (ObjectNode) container;
      List<String> names = new ArrayList<>(object.propertyNames());
      if (names.isEmpty()) {
        object.put("unexpected", 1);
        return;
      }
      String name = names.get(draws.between(0, names.size() - 1));
      object.set(name, replacement(object.get(name), object, draws));
      if (object.get(name) == null) {
        object.remove(name);
      }
    } else {
      ArrayNode array = (ArrayNode) container;
      if (array.isEmpty()) {
        array.add(NODES.objectNode());
        return;
      }
      int i = draws.between(0, array.size() - 1);
      JsonNode changed = replacement(array.get(i), null, draws);
      if (changed == null) {
        array.remove(i);
      } else if (draws.chance(30)) {
        array.insert(i, changed.deepCopy());
      } else {
        array.set(i, changed);
      }
    }
  }

  /** What a value becomes: null to delete it. */
  private static JsonNode replacement(JsonNode value, ObjectNode holder, Draws draws) {
    switch (draws.between(0, 7)) {
      case 0:
        return null;
      case 1:
        return NODES.stringNode(DATES[draws.between(0, DATES.length - 1)]);
      case 2:
        return MAPPER.readTree(NUMBERS[draws.between(0, NUMBERS.length - 1)]);
      case 3: {
        String text = value.isString() ? value.stringValue() : "";
        String inserted = TEXTS[draws.between(0, TEXTS.length - 1)];
        int at = draws.between(0, text.length());
        return NODES.stringNode(draws.chance(50) ? inserted : text.substring(0, at) + inserted + text.substring(at));
      }
      case 4:
        // Retype: a scalar for a structure, a structure for a scalar.
        return value.isContainer() ? NODES.booleanNode(true) : NODES.arrayNode().add(value.deepCopy());
      case 5:
        return NODES.nullNode();
      case 6: {
        // Swap with a sibling property's value.
        if (holder == null || holder.size() < 2) {
          return NODES.objectNode();
        }
        List<String> names = new ArrayList<>(holder.propertyNames());
        return holder.get(names.get(draws.between(0, names.size() - 1))).deepCopy();
      }
      default:
        return value.isString() ? NODES.stringNode(value.stringValue().toUpperCase()) : NODES.stringNode("other");
    }
  }

  private static String mutateText(String text, Draws draws) {
    int at = draws.between(0, text.length());
    switch (draws.between(0, 3)) {
      case 0:
        return text.substring(0, at);
      case 1: {
        // Repeat a property: the first "name": "value", pair after the point, written twice.
        int quote = text.indexOf("\":", at);
        int start = quote < 0 ? -1 : text.lastIndexOf('"', quote - 1);
        int comma = quote < 0 ? -1 : text.indexOf(',', quote);
        return start < 0 || comma < 0 ? text : text.substring(0, comma + 1) + text.substring(start, comma + 1)
            + text.substring(comma + 1);
      }
      case 2:
        return text.substring(0, at) + "[".repeat(draws.between(1, 100)) + text.substring(at);
      default:
        return text.substring(0, at) + (char) draws.between(0, 0x1F) + text.substring(at);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node) {
        collect(child, containers);
      }
    }
  }
}
