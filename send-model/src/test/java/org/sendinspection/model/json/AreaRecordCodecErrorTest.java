package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.validation.Violation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every way a document can fail to be a record gives a {@link RecordFormatException} naming the path and rule. */
class AreaRecordCodecErrorTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The detailed fixture's JSON with one change made to its tree. */
  private static String detailedWith(Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(AreaRecordCodec.strict().write(RecordFixtures.detailed()));
    change.accept(tree);
    return MAPPER.writeValueAsString(tree);
  }

  private static ObjectNode area(ObjectNode record) {
    return (ObjectNode) record.get("area");
  }

  private static ObjectNode inspection(ObjectNode record) {
    return (ObjectNode) record.get("inspections").get(0);
  }

  private static ObjectNode revisit(ObjectNode record) {
    return (ObjectNode) inspection(record).get("revisit");
  }

  private static ObjectNode firstClaim(ObjectNode datedFact) {
    return (ObjectNode) datedFact.get("claims").get(0);
  }

  /** Reads with the strict codec, expecting failure, and returns the one problem reported. */
  private static Violation onlyProblem(String json) {
    List<Violation> problems = problems(json);
    assertEquals(1, problems.size(), () -> "expected one problem; found " + problems);
    return problems.get(0);
  }

  private static List<Violation> problems(String json) {
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> AreaRecordCodec.strict().read(json));
    assertEquals("<string>", e.origin());
    assertTrue(!e.problems().isEmpty(), "a format exception lists at least one problem");
    for (Violation problem : e.problems()) {
      // Messages speak of the record, not of the library that parsed it.
      assertFalse(problem.message().contains("jackson") || problem.message().contains("Immutable"),
          problem.message());
    }
    return e.problems();
  }

  private static void assertProblem(Violation problem, String path, String rule) {
    assertEquals(path, problem.path(), () -> "path of " + problem);
    assertEquals(rule, problem.rule(), () -> "rule of " + problem);
  }

  @Test
  void strict_unknownProperty_namesThePropertyAndItsPath() {
    Violation problem = onlyProblem(detailedWith(r -> area(r).put("county", "Fictionshire")));
    assertProblem(problem, "area.county", RecordFormatException.UNKNOWN_PROPERTY);
    assertTrue(problem.message().contains("'county'"), problem.message());
    assertTrue(problem.message().contains("known properties: code, name, partners, region"), problem.message());
  }

  @Test
  void strict_unknownPropertyDeepInside_namesItsFullPath() {
    Violation problem = onlyProblem(detailedWith(r -> ((ObjectNode) revisit(r).get("outcomes").get(1))
        .put("confidence", "high")));
    assertProblem(problem, "inspections[0].revisit.outcomes[1].confidence", RecordFormatException.UNKNOWN_PROPERTY);
  }

  @Test
  void missingRequiredProperty_isNamedWithItsPath() {
    Violation problem = onlyProblem(detailedWith(r -> area(r).remove("name")));
    assertProblem(problem, "area.name", RecordFormatException.MISSING_PROPERTY);
    assertTrue(problem.message().contains("'name'"), problem.message());
  }

  @Test
  void missingRequiredPropertyOfAnInspection_isNamedWithItsPath() {
    Violation problem = onlyProblem(detailedWith(r -> inspection(r).remove("onSiteStart")));
    assertProblem(problem, "inspections[0].onSiteStart", RecordFormatException.MISSING_PROPERTY);
  }

  @Test
  void nullForARequiredProperty_isAMissingProperty() {
    Violation problem = onlyProblem(detailedWith(r -> area(r).putNull("name")));
    assertProblem(problem, "area.name", RecordFormatException.MISSING_PROPERTY);
  }

  @Test
  void valueOfTheWrongType_isAnInvalidValue() {
    Violation problem = onlyProblem(detailedWith(r -> area(r).put("partners", "Fictional Borough Council")));
    assertProblem(problem, "area.partners", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void numberForText_isAnInvalidValue_notCoerced() {
    Violation problem = onlyProblem(detailedWith(r -> area(r).put("name", 5)));
    assertProblem(problem, "area.name", RecordFormatException.INVALID_VALUE);
    assertTrue(problem.message().contains("5"), problem.message());
  }

  @Test
  void booleanForText_isAnInvalidValue_notCoerced() {
    Violation problem = onlyProblem(detailedWith(r -> ((ObjectNode) inspection(r).get("citation")).put("quote", true)));
    assertProblem(problem, "inspections[0].citation.quote", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void numberAsTextForACount_isAnInvalidValue_notCoerced() {
    Violation problem = onlyProblem(detailedWith(r -> {
      revisit(r).remove("outcomes");
      revisit(r).set("outcomeCounts", MAPPER.createObjectNode().put("sufficient", "1").put("notSufficient", 1));
    }));
    assertProblem(problem, "inspections[0].revisit.outcomeCounts.sufficient", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void fractionForACount_isAnInvalidValue() {
    Violation problem = onlyProblem(detailedWith(r -> {
      revisit(r).remove("outcomes");
      revisit(r).set("outcomeCounts", MAPPER.createObjectNode().put("sufficient", 1.5).put("notSufficient", 1));
    }));
    assertProblem(problem, "inspections[0].revisit.outcomeCounts.sufficient", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void textForACount_isAnInvalidValue() {
    Violation problem = onlyProblem(detailedWith(r -> {
      revisit(r).remove("outcomes");
      revisit(r).set("outcomeCounts",
        MAPPER.createObjectNode().put("sufficient", "two").put("notSufficient", 0));
    }));
    assertProblem(problem, "inspections[0].revisit.outcomeCounts.sufficient", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void dateInAnotherForm_isAnInvalidValueNamingTheExpectedForm() {
    Violation problem = onlyProblem(detailedWith(r -> firstClaim((ObjectNode) inspection(r).get("onSiteStart"))
        .put("date", "11/11/2019")));
    assertProblem(problem, "inspections[0].onSiteStart.claims[0].date", RecordFormatException.INVALID_VALUE);
    assertTrue(problem.message().contains("'11/11/2019'") && problem.message().contains("YYYY-MM-DD"),
        problem.message());
  }

  @Test
  void dayThatDoesNotExist_isAnInvalidValue() {
    Violation problem = onlyProblem(detailedWith(r -> ((ObjectNode) area(r).get("partners").get(0))
        .put("actingFrom", "2010-02-30")));
    assertProblem(problem, "area.partners[0].actingFrom", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void misspeltEnumeration_isAnInvalidValueListingTheSpellings() {
    Violation problem = onlyProblem(detailedWith(r -> area(r).put("region", "North West")));
    assertProblem(problem, "area.region", RecordFormatException.INVALID_VALUE);
    assertTrue(problem.message().contains("'North West'") && problem.message().contains("north-west"),
        problem.message());
  }

  @Test
  void unknownFramework_isAnInvalidValueAtTheDiscriminator() {
    Violation problem = onlyProblem(detailedWith(r -> inspection(r).put("framework", "ofsted-2005")));
    assertProblem(problem, "inspections[0].framework", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void textThatIsNotJson_isASyntaxErrorWithItsPlace() {
    Violation problem = onlyProblem("{\n  \"schemaVersion\" : 1,\n  \"area\" : {");
    assertProblem(problem, "", RecordFormatException.JSON_SYNTAX);
    assertTrue(problem.message().contains("line "), problem.message());
    assertTrue(problem.message().endsWith("expected close marker for Object"), problem.message());
    assertFalse(problem.message().contains("Source:"), "no reader internals: " + problem.message());
  }

  @Test
  void jsonThatIsNotAnObject_isAnInvalidValue() {
    assertProblem(onlyProblem("[1, 2]"), "", RecordFormatException.INVALID_VALUE);
  }

  @Test
  void trailingContent_isRejected() {
    String json = AreaRecordCodec.strict().write(RecordFixtures.counted()) + "{}";
    assertThrows(RecordFormatException.class, () -> AreaRecordCodec.strict().read(json));
  }

  @Test
  void missingSchemaVersion_isNamed() {
    Violation problem = onlyProblem(detailedWith(r -> r.remove("schemaVersion")));
    assertProblem(problem, "schemaVersion", RecordFormatException.SCHEMA_VERSION);
    assertTrue(problem.message().contains("missing"), problem.message());
  }

  @Test
  void unsupportedSchemaVersion_isNamedWithTheVersionRead() {
    Violation problem = onlyProblem(detailedWith(r -> r.put("schemaVersion", 4)));
    assertProblem(problem, "schemaVersion", RecordFormatException.SCHEMA_VERSION);
    assertTrue(problem.message().contains("schemaVersion 4 is not supported; this codec reads versions 1 to 3"),
        problem.message());
  }

  @Test
  void schemaVersionAsText_isUnsupported() {
    assertProblem(onlyProblem(detailedWith(r -> r.put("schemaVersion", "1"))), "schemaVersion",
        RecordFormatException.SCHEMA_VERSION);
  }

  @Test
  void brokenInvariant_isNamedWithItsPathAndRule() {
    Violation problem = onlyProblem(detailedWith(r -> firstClaim((ObjectNode) revisit(r).get("onSiteStart"))
        .put("date", "2020-05-01")));
    assertProblem(problem, "inspections[0].revisit.onSiteStart", "revisit-after-wsoa-fit-for-purpose");
    assertTrue(problem.message().contains("2020-05-01") && problem.message().contains("2020-05-20"),
        problem.message());
  }

  @Test
  void revisitOutcomeForAWeaknessNotFound_isNamedWithItsPathAndRule() {
    List<Violation> found = problems(detailedWith(r -> ((ObjectNode) revisit(r).get("outcomes").get(1))
        .put("weakness", "local-offer")));
    assertEquals(List.of("inspections[0].revisit.outcomes[1].weakness revisit-outcome-for-found-weakness",
            "inspections[0].revisit.outcomes revisit-outcome-for-every-weakness"),
        found.stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()));
  }

  @Test
  void citationOfAnUnlistedSource_isNamedWithItsPathAndRule() {
    Violation problem = onlyProblem(detailedWith(r -> ((ObjectNode) inspection(r).get("citation"))
        .put("source", "unlisted-letter")));
    assertProblem(problem, "inspections[0].citation.source", "citation-names-known-source");
  }

  @Test
  void fieldConstraints_areAllReportedAtOnce() {
    List<Violation> found = problems(detailedWith(r -> area(r).put("code", "X1").put("name", " ")));
    assertEquals(List.of("area.code area-code-format", "area.name text-not-blank"),
        found.stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList()));
  }

  @Test
  void failureFromAFile_namesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, detailedWith(r -> area(r).put("region", "Wessex")));
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> AreaRecordCodec.strict().read(file));
    assertEquals(file.toString(), e.origin());
    assertTrue(e.getMessage().startsWith(file + ": area.region: "), e.getMessage());
  }

  @Test
  void lenientReading_stillRejectsEverythingButUnknownProperties() {
    String json = detailedWith(r -> area(r).put("county", "Fictionshire").put("region", "Wessex"));
    RecordFormatException e = assertThrows(RecordFormatException.class,
        () -> AreaRecordCodec.lenient().readWithWarnings(json, "test"));
    assertProblem(e.problems().get(0), "area.region", RecordFormatException.INVALID_VALUE);
  }
}
