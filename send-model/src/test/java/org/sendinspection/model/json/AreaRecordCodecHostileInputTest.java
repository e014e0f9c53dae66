package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.model.validation.Violation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile or broken documents at the codec's boundary: each is refused with a {@link RecordFormatException}
 * naming the path and rule, never another exception, and the schema and the codec judge alike where the
 * schema can say it.
 */
class AreaRecordCodecHostileInputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();
  /** RFC 8141: "urn:", a namespace identifier of letters, digits and inner hyphens (no dots), ":", more. */
  static final Pattern URN = Pattern.compile("^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[^\\s]+$");

  private static String with(AreaRecord record, Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(CODEC.write(record));
    change.accept(tree);
    return MAPPER.writeValueAsString(tree);
  }

  private static String detailedWith(Consumer<ObjectNode> change) {
    return with(RecordFixtures.detailed(), change);
  }

  private static ObjectNode area(ObjectNode record) {
    return (ObjectNode) record.get("area");
  }

  private static ObjectNode firstClaim(ObjectNode record) {
    return (ObjectNode) record.get("inspections").get(0).get("onSiteStart").get("claims").get(0);
  }

  private static ObjectNode outcomeCounts(ObjectNode record) {
    return (ObjectNode) record.get("inspections").get(0).get("revisit").get("outcomeCounts");
  }

  private static Violation refused(String json, String path, String rule) {
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    Violation found = e.problems().stream().filter(v -> v.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at '" + path + "': " + e.problems()));
    assertEquals(rule, found.rule(), found::toString);
    assertFalse(found.message().contains("jackson") || found.message().contains("Exception"), found.message());
    return found;
  }

  private static void schemaRefuses(String json) {
    assertFalse(SchemaCheck.failures(json).isEmpty(), "the schema accepts what the codec refuses");
  }

  private static void bothAccept(String json) {
    assertEquals(List.of(), SchemaCheck.failures(json));
    CODEC.read(json);
  }

  @Test
  void schemaId_isAUrnWhoseNamespaceIdentifierHasNoDots() {
    String id = MAPPER.readTree(AreaRecordCodec.schema()).get("$id").stringValue();
    assertTrue(URN.matcher(id).matches(), id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9999-04-30", "1899-12-31", "2101-01-01", "+999999999-12-31", "0000-01-01", "-2019-11-11"})
  void dateOutsideTheYears1900To2100_isRefusedByCodecAndSchema(String date) {
    String json = detailedWith(r -> firstClaim(r).put("date", date));
    Violation problem = refused(json, "inspections[0].onSiteStart.claims[0].date", RecordFormatException.INVALID_VALUE);
    assertTrue(problem.message().contains(date), problem.message());
    schemaRefuses(json);
  }

  @Test
  void datesAtTheBoundsOfTheYears_areAcceptedByCodecAndSchema() {
    bothAccept(detailedWith(r -> ((ObjectNode) r.get("sources").get(0)).put("date", "1900-01-01")));
    bothAccept(detailedWith(r -> ((ObjectNode) r.get("sources").get(0)).put("date", "2100-12-31")));
  }

  @Test
  void duplicateKey_isRefusedNamingTheKeyAndItsPath() {
    String json = CODEC.write(RecordFixtures.detailed()).replaceFirst("\"code\" : \"", "\"code\" : \"E10000099\",\n\"code\" : \"");
    Violation problem = refused(json, "area.code", RecordFormatException.DUPLICATE_PROPERTY);
    assertTrue(problem.message().contains("'code'") && problem.message().contains("line"), problem.message());
  }

  @ParameterizedTest
  @ValueSource(ints = {ReadLimits.MAX_NESTING_DEPTH + 1, 1_500, 100_000})
  void deepNesting_isRefusedAtOnce(int depth) {
    String json = detailedWith(r -> {}).replaceFirst("\\{", "{\"deep\": " + "[".repeat(depth) + "]".repeat(depth) + ",");
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    assertEquals(RecordFormatException.LIMIT, e.problems().get(0).rule(), e::getMessage);
    assertTrue(e.problems().get(0).message().contains("nesting depth"), e::getMessage);
    assertTrue(e.isMalformed());
  }

  @Test
  void nestingWithinTheLimit_isReadAsUsual() {
    // An unknown property nested 20 deep is refused as unknown, not as too deep.
    String json = detailedWith(r -> {}).replaceFirst("\\{", "{\"deep\": " + "[".repeat(20) + "]".repeat(20) + ",");
    refused(json, "deep", RecordFormatException.UNKNOWN_PROPERTY);
  }

  @Test
  void hugeString_isRefused() {
    String json = detailedWith(r -> ((ObjectNode) r.get("inspections").get(0).get("citation"))
        .put("quote", "x".repeat(ReadLimits.MAX_STRING_LENGTH + 1)));
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    assertEquals(RecordFormatException.LIMIT, e.problems().get(0).rule(), e::getMessage);
    assertTrue(e.getMessage().contains("string value length"), e::getMessage);
  }

  @Test
  void hugeArray_isRefusedNamingIt() {
    String json = detailedWith(r -> {
      ArrayNode many = ((ObjectNode) r.get("inspections").get(0)).putArray("strengths");
      for (int i = 0; i <= ReadLimits.MAX_ARRAY_SIZE; i++) {
        many.add(1);
      }
    });
    Violation problem = refused(json, "inspections[0].strengths", RecordFormatException.LIMIT);
    assertTrue(problem.message().contains(String.valueOf(ReadLimits.MAX_ARRAY_SIZE + 1)), problem.message());
  }

  @Test
  void hugeDocument_isRefusedBeforeParsing() {
    String json = " ".repeat(ReadLimits.MAX_DOCUMENT_LENGTH) + CODEC.write(RecordFixtures.detailed());
    refused(json, "", RecordFormatException.LIMIT);
  }

  @Test
  void hugeFile_isRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.json");
    Files.writeString(file, " ".repeat(ReadLimits.MAX_DOCUMENT_LENGTH) + CODEC.write(RecordFixtures.detailed()));
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> CODEC.read(file));
    assertEquals(file.toString(), e.origin());
    assertEquals(RecordFormatException.LIMIT, e.problems().get(0).rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\uFEFF", "\u0001", "\u0000", " \u200B ", "\u2028", "\u3000\u00A0", "\u001B[31m"})
  void nameWithoutAVisibleCharacter_isRefusedByCodecAndSchema(String name) {
    if (name.equals("\u001B[31m")) {
      // An escape sequence holds visible characters ("[31m"): it is a name, escaped only on a terminal.
      bothAccept(detailedWith(r -> area(r).put("name", name)));
      return;
    }
    String json = detailedWith(r -> area(r).put("name", name));
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    assertEquals(1, e.problems().size(), e::getMessage);
    Violation problem = e.problems().get(0);
    assertEquals("area.name", problem.path());
    // The model's own rule, which a builder applies to the same text: one definition of blank.
    assertEquals("text-not-blank", problem.rule(), problem::toString);
    assertTrue(problem.message().contains("the text is blank"), problem.message());
    assertFalse(problem.message().chars().anyMatch(c -> c < 0x20 || c == 0xA0 || c == 0xFEFF || c == 0x200B),
        "the message escapes invisible characters: " + problem.message());
    schemaRefuses(json);
  }

  @Test
  void titleAndStatementWithoutAVisibleCharacter_areRefusedByCodecAndSchema() {
    String title = detailedWith(r -> ((ObjectNode) r.get("sources").get(0)).put("title", "\u00A0\uFEFF"));
    refused(title, "sources[0].title", "text-not-blank");
    schemaRefuses(title);
    String statement = detailedWith(r -> ((ObjectNode) r.get("inspections").get(0).get("significantWeaknesses").get(0))
        .put("statement", "\u00A0"));
    refused(statement, "inspections[0].significantWeaknesses[0].statement", "text-not-blank");
    schemaRefuses(statement);
  }

  @Test
  void namesWithVisibleCharactersAmongSpaces_areAcceptedByCodecAndSchema() {
    bothAccept(detailedWith(r -> area(r).put("name", "\u00A0Fictional\u00A0Borough\uFEFF")));
    bothAccept(detailedWith(r -> area(r).put("name", "\uD835\uDC00 Borough")));
  }

  @Test
  void loneSurrogate_isRefusedInANameAndInAnyText() {
    String name = detailedWith(r -> area(r).put("name", "Fiction\uD800al"));
    Violation problem = refused(name, "area.name", "text-well-formed");
    assertTrue(problem.message().contains("lone surrogate \\uD800"), problem.message());
    // A lone surrogate alone is no visible character, which construction reports as blank.
    refused(detailedWith(r -> area(r).put("name", "\uDC00")), "area.name", "text-not-blank");
    schemaRefuses(detailedWith(r -> area(r).put("name", "\uDC00")));
    refused(detailedWith(r -> ((ObjectNode) r.get("inspections").get(0).get("citation")).put("quote", "a\uDBFFb")),
        "inspections[0].citation.quote", "text-well-formed");
  }

  @Test
  void loneSurrogate_isRefusedAtConstructionWithTheReadersRule() {
    InvariantViolationException refused = assertThrows(InvariantViolationException.class, () -> LocalArea.builder()
        .code("E10000012").name("Fiction\uD800al").region(OfstedRegion.EAST_OF_ENGLAND).build());
    Violation problem = refused.violations().get(0);
    assertEquals("name", problem.path());
    assertEquals("text-well-formed", problem.rule());
    assertTrue(problem.message().contains("lone surrogate \\uD800 at character 8"), problem.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "4294967298", "1e999999", "-1e999999", "9223372036854775808", "2147483648.0"})
  void countBeyondTheWholeNumbers_isRefusedByCodecAndSchema(String number) {
    String json = with(RecordFixtures.counted(), r -> {}).replaceFirst("(\"sufficient\"\\s*:\\s*)[0-9]+", "$1" + number);
    assertTrue(json.contains(number));
    refused(json, "inspections[0].revisit.outcomeCounts.sufficient", RecordFormatException.INVALID_VALUE);
    schemaRefuses(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4294967298", "1e999999", "2147483648", "3.5", "\"3\""})
  void schemaVersionThatIsNoVersion_isRefusedByCodecAndSchema(String version) {
    String json = detailedWith(r -> {}).replaceFirst("\"schemaVersion\"\\s*:\\s*3", "\"schemaVersion\": " + version);
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> CODEC.read(json));
    assertEquals("schemaVersion", e.problems().get(0).path(), e::getMessage);
    schemaRefuses(json);
  }

  @Test
  void wholeNumbersWrittenWithAFraction_areIntegersToCodecAndSchemaAlike() {
    // JSON Schema's "integer" holds 3.0, and JavaScript cannot tell 3.0 from 3: the codec reads them alike.
    String json = with(RecordFixtures.counted(), r -> {}).replaceFirst("\"schemaVersion\"\\s*:\\s*3", "\"schemaVersion\": 3.0")
        .replaceFirst("(\"sufficient\"\\s*:\\s*)([0-9]+)", "$1$2.0");
    assertEquals(RecordFixtures.counted(), CODEC.read(json));
    assertEquals(List.of(), SchemaCheck.failures(json));
    String fraction = with(RecordFixtures.counted(), r -> {}).replaceFirst("(\"sufficient\"\\s*:\\s*)([0-9]+)", "$1$2.5");
    refused(fraction, "inspections[0].revisit.outcomeCounts.sufficient", RecordFormatException.INVALID_VALUE);
    schemaRefuses(fraction);
  }

  @Test
  void nonUtf8Bytes_areReportedWithTheirOffsetAndLine(@TempDir Path dir) throws Exception {
    String json = CODEC.write(RecordFixtures.detailed());
    int at = json.indexOf("\"name\"");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] before = json.substring(0, at + 9).getBytes(StandardCharsets.UTF_8);
    bytes.write(before);
    bytes.write(0xE9);
    bytes.write(json.substring(at + 9).getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("latin1.json");
    Files.write(file, bytes.toByteArray());
    long line = json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    RecordFormatException e = assertThrows(RecordFormatException.class, () -> CODEC.read(file));
    Violation problem = e.problems().get(0);
    assertEquals(RecordFormatException.ENCODING, problem.rule());
    assertTrue(problem.message().contains("0xE9") && problem.message().contains("offset " + before.length)
        && problem.message().contains("line " + line), problem.message());
    assertEquals(file.toString(), e.origin());
  }

  @Test
  void byteOrderMark_isSkippedAsTheCsvReadersSkipIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bom.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(CODEC.write(RecordFixtures.detailed()).getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    assertEquals(RecordFixtures.detailed(), CODEC.read(file));
    assertEquals(RecordFixtures.detailed(), CODEC.read("\uFEFF" + CODEC.write(RecordFixtures.detailed())));
  }

  @Test
  void writingAFile_replacesItWhole_andLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("E10000012.json");
    Files.writeString(file, "an older, longer text than any record, which must not survive in part ".repeat(1000));
    CODEC.write(RecordFixtures.detailed(), file);
    assertEquals(CODEC.write(RecordFixtures.detailed()), Files.readString(file));
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.collect(java.util.stream.Collectors.toList()));
    }
  }

  @Test
  void emptyAndTruncatedDocuments_areSyntaxErrors() {
    refused("", "", RecordFormatException.INVALID_VALUE);
    String json = CODEC.write(RecordFixtures.detailed());
    refused(json.substring(0, json.length() / 2), "", RecordFormatException.JSON_SYNTAX);
  }
}
