package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid document is bound once, straight from its text, while {@link BoundaryWatch} checks its tokens;
 * whatever the watch lets through, the careful reading through a tree reads the same, and whatever it
 * stops, the careful reading reports exactly as before. Documents are broken where the watch looks: the
 * properties version 3 requires, text that must be visible (under each holder), lone surrogates, whole
 * numbers written with a fraction or beyond the format's, long lists, unknown properties (strict and
 * lenient) and trailing text.
 */
class BoundaryWatchProperties {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Gen<AreaRecord> RECORDS = AreaRecordGenerator.any().withAreaSendInspections(30);
  private static final String[] REQUIRED = {"inspectionCoverage", "weaknessesKnown", "revisitCoverage",
      "monitoringCoverage", "submissionCoverage", "framework", "writtenStatement", "inspections"};
  private static final String[] TEXTS = {"", " ", "\u00A0", "\uFEFF", "\u200B", "\uD800", "\uDC00x", "a\uD800",
      "x", "\u00E9", "\uD835\uDC00"};
  private static final String[] NUMBERS = {"3.0", "2.5", "2147483647", "2147483648", "-2147483649", "1e999999",
      "-0.0", "1E2", "4294967298.0"};

  /** A generated record's JSON, broken in one to three places where the watch looks, or left whole. */
  private static final Gen<String> DOCUMENTS = draws -> {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(AreaRecordCodec.strict().write(RECORDS.generate(draws)));
    int mutations = draws.between(0, 3);
    for (int i = 0; i < mutations; i++) {
      mutate(tree, draws);
    }
    String text = MAPPER.writeValueAsString(tree);
    return draws.chance(5) ? text + (draws.chance(50) ? " {}" : " x") : text;
  };

  @Test
  void validDocuments_areBoundStraightFromTheirText() {
    for (String resource : List.of(ExampleRecords.ESSEX_RESOURCE, ExampleRecords.SOUTHEND_ON_SEA_RESOURCE,
        ExampleRecords.SUFFOLK_RESOURCE)) {
      String json = ExampleRecords.json(resource);
      ReadResult direct = AreaRecordCodec.strict().readDirectly(json);
      assertNotNull(direct, resource);
      assertEquals(AreaRecordCodec.strict().readCarefully(json, resource), direct, resource);
    }
    PropertyCheck.forAll(RECORDS).tries(300).check(record -> {
      String json = AreaRecordCodec.strict().write(record);
      ReadResult direct = AreaRecordCodec.strict().readDirectly(json);
      assertNotNull(direct, json);
      assertEquals(record, direct.record());
      ReadResult line = AreaRecordCodec.lenient().readDirectly(AreaRecordCodec.strict().writeLine(record));
      assertNotNull(line, json);
      assertEquals(record, line.record());
    });
  }

  @Test
  void whatTheWatchFinds_sendsTheDocumentTheCarefulWay() {
    String essex = ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE);
    List<String> doubtful = List.of(
        essex.replaceFirst("\"inspectionCoverage\"", "\"inspectionCoverageX\""),
        essex.replaceFirst("\"weaknessesKnown\"", "\"weaknessesKnownX\""),
        essex.replaceFirst("\"revisitCoverage\"", "\"revisitCoverageX\""),
        essex.replaceFirst("\"submissionCoverage\"", "\"submissionCoverageX\""),
        essex.replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"\\\\uD800"),
        essex.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"\\\\u00A0\""),
        essex.replaceFirst("\\{", "{\"extra\": 1e999999, "),
        essex.replaceFirst("\\{", "{\"extra\": 2147483648, "),
        essex.replaceFirst("\\{", "{\"extra\": [" + "0,".repeat(ReadLimits.MAX_ARRAY_SIZE) + "0], "),
        essex + " {}",
        essex.replaceFirst("\"schemaVersion\"\\s*:\\s*\\d+", "\"schemaVersion\": 2"));
    for (String json : doubtful) {
      assertNull(AreaRecordCodec.lenient().readDirectly(json), json);
      assertEquals(outcome(AreaRecordCodec.lenient(), json), careful(AreaRecordCodec.lenient(), json));
    }
    // Numbers the boundary leaves to the binding: skipped by a lenient codec, read directly as before.
    for (String number : List.of("2.5", "3.0", "-2147483648", "1E2")) {
      assertNotNull(AreaRecordCodec.lenient().readDirectly(essex.replaceFirst("\\{", "{\"extra\": " + number + ", ")),
          number);
    }
  }

  @Test
  void theDirectReading_andTheCarefulOne_agree() {
    PropertyCheck.forAll(DOCUMENTS).tries(600).describedBy(json -> json).check(json -> {
      for (AreaRecordCodec codec : List.of(AreaRecordCodec.strict(), AreaRecordCodec.lenient())) {
        assertEquals(careful(codec, json), outcome(codec, json), json);
      }
    });
  }

  /** What a read gives: the result, or every problem reported. */
  private static Object outcome(AreaRecordCodec codec, String json) {
    try {
      return codec.readWithWarnings(json, "doc");
    } catch (RecordFormatException e) {
      return e.getMessage() + " " + e.problems();
    }
  }

  /** What the careful reading alone gives, as the codec reports it. */
  private static Object careful(AreaRecordCodec codec, String json) {
    try {
      try {
        return codec.readCarefully(json, "doc");
      } catch (JacksonException e) {
        throw new RecordFormatException("doc", JsonProblems.of(e));
      }
    } catch (RecordFormatException e) {
      return e.getMessage() + " " + e.problems();
    }
  }

  private static void mutate(ObjectNode root, Draws draws) {
    List<ObjectNode> objects = new ArrayList<>();
    List<ArrayNode> lists = new ArrayList<>();
    collect(root, objects, lists);
    switch (draws.between(0, 5)) {
      case 0 -> {
        // Remove a property version 3 requires, wherever it is.
        String name = REQUIRED[draws.between(0, REQUIRED.length - 1)];
        List<ObjectNode> holding = objects.stream().filter(o -> o.has(name)).toList();
        if (!holding.isEmpty()) {
          holding.get(draws.between(0, holding.size() - 1)).remove(name);
        }
      }
      case 1 -> {
        // Change a text value of an object.
        ObjectNode object = objects.get(draws.between(0, objects.size() - 1));
        List<String> texts = new ArrayList<>();
        object.properties().forEach(e -> {
          if (e.getValue().isString()) {
            texts.add(e.getKey());
          }
        });
        if (!texts.isEmpty()) {
          object.put(texts.get(draws.between(0, texts.size() - 1)), text(draws));
        }
      }
      case 2 -> {
        // Change an item of a list of text, or add one.
        List<ArrayNode> ofText = lists.stream().filter(a -> !a.isEmpty() && a.get(0).isString()).toList();
        if (!ofText.isEmpty()) {
          ArrayNode list = ofText.get(draws.between(0, ofText.size() - 1));
          if (draws.chance(50)) {
            list.set(draws.between(0, list.size() - 1), NODES.stringNode(text(draws)));
          } else {
            list.add(text(draws));
          }
        }
      }
      case 3 -> {
        // A number in place of any value, or an unknown property holding one.
        ObjectNode object = objects.get(draws.between(0, objects.size() - 1));
        List<String> names = new ArrayList<>(object.propertyNames());
        String name = names.isEmpty() || draws.chance(40) ? "extra" : names.get(draws.between(0, names.size() - 1));
        object.set(name, MAPPER.readTree(NUMBERS[draws.between(0, NUMBERS.length - 1)]));
      }
      case 4 -> {
        // An unknown property holding text or a list of text, or a long list.
        ObjectNode object = objects.get(draws.between(0, objects.size() - 1));
        ArrayNode list = NODES.arrayNode();
        int items = draws.chance(20) ? ReadLimits.MAX_ARRAY_SIZE + draws.between(0, 1) : draws.between(0, 3);
        for (int i = 0; i < items; i++) {
          list.add(text(draws));
        }
        object.set(draws.chance(50) ? "extra" : "partnership", draws.chance(50) ? list : NODES.stringNode(text(draws)));
      }
      default -> {
        // A whole object or list moved elsewhere, so that text finds itself under another holder.
        ObjectNode to = objects.get(draws.between(0, objects.size() - 1));
        JsonNode moved = draws.chance(50) || lists.isEmpty() ? objects.get(draws.between(0, objects.size() - 1))
            : lists.get(draws.between(0, lists.size() - 1));
        List<String> names = List.of("subPoints", "significantWeaknesses", "findings", "strengths", "extra", "name");
        to.set(names.get(draws.between(0, names.size() - 1)), moved.deepCopy());
      }
    }
  }

  private static String text(Draws draws) {
    String text = TEXTS[draws.between(0, TEXTS.length - 1)];
    return draws.chance(30) ? "Essex " + text : text;
  }

  private static void collect(JsonNode node, List<ObjectNode> objects, List<ArrayNode> lists) {
    if (node.isObject()) {
      objects.add((ObjectNode) node);
    } else if (node.isArray()) {
      lists.add((ArrayNode) node);
    }
    for (JsonNode child : node) {
      collect(child, objects, lists);
    }
  }
}
