package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AreaRecordSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = MAPPER.readTree(AreaRecordCodec.schema());

  private static String essexJson() {
    return ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE);
  }

  /** The Essex record with one change made to its tree. */
  private static String essexWith(Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(essexJson());
    change.accept(tree);
    return MAPPER.writeValueAsString(tree);
  }

  private static ObjectNode firstInspection(ObjectNode record) {
    return (ObjectNode) record.get("inspections").get(0);
  }

  /** Asserts that the validator reports the keyword's failure at the JSON pointer, such as {@code #/area/code}. */
  private static void assertRejected(String json, String pointer, String keyword) {
    List<String> failures = SchemaCheck.failures(json);
    assertFalse(failures.isEmpty(), "the schema accepted a broken document");
    assertTrue(failures.stream().anyMatch(f -> f.startsWith(pointer + " " + keyword + ":")),
        "expected a '" + keyword + "' failure at " + pointer + "; found " + failures);
  }

  @Test
  void schema_isDraft202012_withIdTitleAndDescription() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.get("$schema").asString());
    assertFalse(SCHEMA.get("$id").asString().isBlank());
    assertFalse(SCHEMA.get("title").asString().isBlank());
    assertFalse(SCHEMA.get("description").asString().isBlank());
  }

  @Test
  void schema_describesEveryDefinitionAndProperty() {
    List<String> undescribed = new ArrayList<>();
    SCHEMA.get("$defs").properties().forEach(def -> {
      if (!def.getValue().has("description")) {
        undescribed.add(def.getKey());
      }
      JsonNode properties = def.getValue().get("properties");
      if (properties != null && def.getValue().has("additionalProperties")) {
        properties.properties().forEach(p -> {
          if (!p.getValue().has("description")) {
            undescribed.add(def.getKey() + "." + p.getKey());
          }
        });
      }
    });
    assertEquals(List.of(), undescribed);
  }

  @Test
  void schema_closesEveryObjectType() {
    List<String> open = new ArrayList<>();
    SCHEMA.get("$defs").properties().forEach(def -> {
      JsonNode type = def.getValue().get("type");
      boolean discriminated = def.getValue().has("allOf");
      if (type != null && "object".equals(type.asString()) && !discriminated
          && !def.getValue().path("additionalProperties").isBoolean()) {
        open.add(def.getKey());
      }
    });
    assertEquals(List.of(), open);
    assertFalse(SCHEMA.get("additionalProperties").asBoolean());
  }

  @Test
  void seedRecords_conformToTheSchema() {
    assertEquals(List.of(), SchemaCheck.failures(essexJson()));
    assertEquals(List.of(), SchemaCheck.failures(ExampleRecords.json(ExampleRecords.SOUTHEND_ON_SEA_RESOURCE)));
  }

  @Test
  void writtenRecords_inBothFormsConformToTheSchema() {
    assertEquals(List.of(), SchemaCheck.failures(AreaRecordCodec.strict().write(RecordFixtures.detailed())));
    assertEquals(List.of(), SchemaCheck.failures(AreaRecordCodec.strict().write(RecordFixtures.counted())));
    assertEquals(List.of(),
        SchemaCheck.failures(AreaRecordCodec.strict().write(RecordFixtures.withAreaSendInspection())));
  }

  @Test
  void areaSendInspectionWithAMisspeltOutcome_isRejected() {
    String json = AreaRecordCodec.strict().write(RecordFixtures.withAreaSendInspection())
        .replace("\"widespread-or-systemic-failings\"", "\"outcome-3\"");
    List<String> failures = SchemaCheck.failures(json);
    assertTrue(failures.stream().anyMatch(f -> f.startsWith("#/inspections/1/outcome ENUM:")), failures.toString());
  }

  @Test
  void areaSendInspectionWithoutItsRequirements_isRejected() {
    String json = AreaRecordCodec.strict().write(RecordFixtures.withAreaSendInspection())
        .replace("\"priorityActionPlanRequired\" : true,", "");
    List<String> failures = SchemaCheck.failures(json);
    assertTrue(failures.stream().anyMatch(f -> f.startsWith("#/inspections/1 REQUIRED:")), failures.toString());
  }

  @Test
  void unknownProperty_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) r.get("area")).put("county", "Essex")),
        "#/area/county", "FALSE");
  }

  @Test
  void unknownPropertyOfAnInspection_isRejected() {
    assertRejected(essexWith(r -> firstInspection(r).put("grade", "good")),
        "#/inspections/0/grade", "FALSE");
  }

  @Test
  void misspeltEnumeration_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) r.get("area")).put("region", "East of England")),
        "#/area/region", "ENUM");
  }

  @Test
  void misspeltProgress_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) firstInspection(r).get("revisit").get("outcomes").get(0))
        .put("progress", "sufficient")), "#/inspections/0/revisit/outcomes/0/progress", "ENUM");
  }

  @Test
  void dateNotInIsoForm_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) firstInspection(r).get("onSiteStart").get("claims").get(0))
        .put("date", "30/09/2019")), "#/inspections/0/onSiteStart/claims/0/date", "PATTERN");
  }

  @Test
  void impossibleMonth_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) firstInspection(r).get("onSiteStart").get("claims").get(0))
        .put("date", "2019-13-01")), "#/inspections/0/onSiteStart/claims/0/date", "PATTERN");
  }

  @Test
  void unknownFramework_isRejected() {
    assertRejected(essexWith(r -> firstInspection(r).put("framework", "local-area-send-2014")),
        "#/inspections/0/framework", "ENUM");
  }

  @Test
  void missingRequiredProperty_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) r.get("area")).remove("code")), "#/area", "REQUIRED");
  }

  @Test
  void missingSchemaVersion_isRejected() {
    assertRejected(essexWith(r -> r.remove("schemaVersion")), "#", "REQUIRED");
  }

  @Test
  void malformedIdentifiers_areRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) r.get("area")).put("code", "E1000001")), "#/area/code", "PATTERN");
    assertRejected(essexWith(r -> firstInspection(r).put("id", "Inspection 2019")), "#/inspections/0/id", "PATTERN");
    assertRejected(essexWith(r -> ((ObjectNode) firstInspection(r).get("writtenStatement").get("actions").get(0))
        .put("code", "jc1")), "#/inspections/0/writtenStatement/actions/0/code", "PATTERN");
  }

  @Test
  void weaknessesInDetailAndAsCount_areRejected() {
    assertRejected(essexWith(r -> firstInspection(r).put("significantWeaknessCount", 3)), "#/inspections/0", "NOT");
  }

  @Test
  void revisitWithoutOutcome_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) firstInspection(r).get("revisit")).remove("outcomes")),
        "#/inspections/0/revisit", "REQUIRED");
  }

  @Test
  void datedFactWithoutClaims_isRejected() {
    assertRejected(essexWith(r -> ((ObjectNode) firstInspection(r).get("onSiteEnd")).set("claims",
        MAPPER.createArrayNode())), "#/inspections/0/onSiteEnd/claims", "MIN_ITEMS");
  }

  @Test
  void nullInPlaceOfAnOptionalValue_isRejected() {
    assertRejected(essexWith(r -> firstInspection(r).putNull("letterDate")), "#/inspections/0/letterDate", "TYPE");
  }

  /**
   * For each object type, the properties the schema declares are exactly those the codec writes, so
   * that the schema and the codec cannot drift apart. Between them the fixtures write every property.
   */
  @Test
  void schemaProperties_matchWhatTheCodecWrites_forEveryObjectType() {
    Map<String, Set<String>> written = new TreeMap<>();
    for (AreaRecord record : List.of(RecordFixtures.detailed(), RecordFixtures.counted(),
        RecordFixtures.withAreaSendInspection(), RecordFixtures.withCountedAreaSendInspection(),
        ExampleRecords.essex(), ExampleRecords.southendOnSea())) {
      collect(SCHEMA, "#", MAPPER.readTree(AreaRecordCodec.strict().write(record)), written, "");
    }
    Map<String, Set<String>> declared = new TreeMap<>();
    declared.put("#", names(SCHEMA.get("properties")));
    SCHEMA.get("$defs").properties().forEach(def -> {
      if (def.getValue().has("properties") && def.getValue().has("additionalProperties")) {
        declared.put(def.getKey(), names(def.getValue().get("properties")));
      }
    });
    assertEquals(declared, written);
  }

  private static Set<String> names(JsonNode properties) {
    return new TreeSet<>(properties.propertyNames());
  }

  /** Walks a written document beside the schema, noting which properties each object type was written with. */
  private static void collect(JsonNode schema, String type, JsonNode value, Map<String, Set<String>> written,
      String path) {
    while (schema.has("$ref")) {
      type = schema.get("$ref").asString().replace("#/$defs/", "");
      schema = SCHEMA.get("$defs").get(type);
      assertNotNull(schema, "dangling $ref to " + type);
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        collect(schema.get("items"), type, ((ArrayNode) value).get(i), written, path + "[" + i + "]");
      }
      return;
    }
    if (!value.isObject()) {
      return;
    }
    if (schema.has("allOf")) {
      String framework = value.get("framework").asString();
      for (JsonNode branch : schema.get("allOf")) {
        if (framework.equals(branch.get("if").get("properties").get("framework").get("const").asString())) {
          collect(branch.get("then"), type, value, written, path);
          return;
        }
      }
      fail(path + ": no schema branch for framework '" + framework + "'");
    }
    written.computeIfAbsent(type, t -> new TreeSet<>()).addAll(new LinkedHashSet<>(value.propertyNames()));
    for (String name : value.propertyNames()) {
      JsonNode property = schema.get("properties").get(name);
      if (property == null) {
        fail(path + "." + name + ": the codec writes a property that schema type '" + type + "' does not declare");
      }
      collect(property, type, value.get(name), written, path + "." + name);
    }
  }

  @Test
  void schema_acceptsAVersion1Document_butNotOneHoldingA2023Inspection() {
    String essexV1 = essexJson().replaceFirst("\"schemaVersion\" : 3,", "\"schemaVersion\" : 1,");
    assertEquals(List.of(), SchemaCheck.failures(essexV1));
    String suffolkV1 = ExampleRecords.json(ExampleRecords.SUFFOLK_RESOURCE)
        .replaceFirst("\"schemaVersion\" : 3,", "\"schemaVersion\" : 1,");
    assertFalse(SchemaCheck.failures(suffolkV1).isEmpty(), "the schema accepted a 2023 inspection in version 1");
  }
}
