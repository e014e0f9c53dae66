package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * {@link AreaCodes}, the first reading of {@code send summary}: every record the strict reading reads gives
 * its code, on the same line, whatever else the file holds; so an area given more than once is never
 * missed.
 */
class AreaCodesTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final List<String> CODES = List.of("E10000012", "E06000033", "E09000001");

  @TempDir
  Path dir;

  private List<String> codesOfLines(Path file) {
    List<String> found = new ArrayList<>();
    new AreaCodes().ofLines(file, found::add);
    return found;
  }

  private static Map<String, Integer> strictCounts(Path file) {
    Map<String, Integer> counts = new HashMap<>();
    new RecordReader(new PrintWriter(Writer.nullWriter()), false).forEach(List.of(file), false,
        loaded -> counts.merge(loaded.record().getArea().getCode(), 1, Integer::sum));
    return counts;
  }

  private static String line(AreaRecord record, String code) {
    return AreaRecordCodec.strict().writeLine(record)
        .replaceFirst("\"code\":\"" + record.getArea().getCode() + "\"", "\"code\":\"" + code + "\"").strip();
  }

  @Test
  void eachLineGivesItsCode_whateverBreaksTheLines() throws IOException {
    List<AreaRecord> records = AreaRecordGenerator.any().generateMany(5L, 3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(BOM);
    bytes.write((line(records.get(0), CODES.get(0)) + "\r\n\n").getBytes(StandardCharsets.UTF_8));
    bytes.write((line(records.get(1), CODES.get(1)) + "\r").getBytes(StandardCharsets.UTF_8));
    bytes.write(BOM);
    bytes.write(line(records.get(2), CODES.get(2)).getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
    assertEquals(CODES, codesOfLines(file));
    assertEquals(Map.of(CODES.get(0), 1, CODES.get(1), 1, CODES.get(2), 1), strictCounts(file),
        "the strict reading reads the same three records");
  }

  @Test
  void aLineLongerThanTheBufferGivesTheCodeAtItsEnd() throws IOException {
    String padding = "x".repeat(300_000);
    Path file = Files.writeString(dir.resolve("long.jsonl"), "{\"a\":[1,{\"code\":\"inner\"}],\"b\":\"" + padding
        + "\",\"area\":{\"name\":\"N\",\"partners\":[{\"code\":\"no\"}],\"code\":\"E10000012\"}}\n"
        + "{\"area\":{\"code\":\"E06000033\"}}\n");
    assertEquals(List.of("E10000012", "E06000033"), codesOfLines(file));
  }

  @Test
  void linesWithoutACodeGiveNothing_andTheOthersStillCount() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.jsonl"), String.join("\n",
        "{\"schemaVersion\":3,\"area\":{\"code\":\"E10000012\",\"name\":", // broken after the code
        "{\"schemaVersion\":3,\"area\":{\"na", // broken before it
        "   ",
        "[1,2,3]",
        "{\"area\":\"E06000033\"}",
        "{\"area\":{\"code\":33}}",
        "not json at all",
        "{\"area\":{\"code\":\"E09000001\"}}"));
    assertEquals(List.of("E10000012", "E09000001"), codesOfLines(file));
  }

  @Test
  void bytesThatAreNotUtf8_doNotStopTheLinesAfterThem() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"area\":{\"code\":\"E10000012\"}}\n{\"area\":{\"name\":\"".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xC3});
    bytes.write("\"}}\n{\"area\":{\"code\":\"E06000033\"}}\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("latin.jsonl"), bytes.toByteArray());
    assertEquals(List.of("E10000012", "E06000033"), codesOfLines(file));
  }

  @Test
  void aRecordFileGivesItsCode_orNothing() throws IOException {
    AreaRecord record = AreaRecordGenerator.any().generate(11L);
    Path good = dir.resolve("good.json");
    Files.write(good, concat(BOM, AreaRecordCodec.strict().write(record).getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.of(record.getArea().getCode()), new AreaCodes().ofFile(good));
    assertEquals(Optional.of(record), new RecordReader(new PrintWriter(Writer.nullWriter()), false).read(good)
        .map(LoadedRecord::record), "the strict reading reads it too");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"area\": [");
    assertEquals(Optional.empty(), new AreaCodes().ofFile(broken));
    assertEquals(Optional.empty(), new AreaCodes().ofFile(dir.resolve("missing.json")));
    assertEquals(Optional.empty(), new AreaCodes().ofFile(dir));
  }

  /**
   * The promise the first reading rests on, over generated records given under a few codes and broken in
   * many ways: however often the strict reading reads an area's record, the first reading finds the code
   * at least as often.
   */
  @Test
  void neverFewerCodesThanTheStrictReadingReads() {
    Gen<List<String>> files = draws -> {
      int count = draws.between(1, 6);
      List<String> pieces = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        AreaRecord record = AreaRecordGenerator.any().generate(draws);
        pieces.add(broken(draws, line(record, draws.oneOf(CODES))));
        pieces.add(draws.oneOf(List.of("\n", "\r\n", "\r", "\n\n", "\n   \n")));
      }
      return pieces;
    };
    PropertyCheck.forAll(files).tries(60).describedBy(String::valueOf).check(pieces -> {
      try {
        Path file = Files.createTempFile(dir, "lines", ".jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String piece : pieces) {
          if (piece.startsWith("BOM")) {
            bytes.write(BOM);
            piece = piece.substring(3);
          }
          bytes.write(piece.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
        Map<String, Integer> first = new HashMap<>();
        codesOfLines(file).forEach(code -> first.merge(code, 1, Integer::sum));
        strictCounts(file).forEach((code, read) -> assertTrue(first.getOrDefault(code, 0) >= read,
            code + " read " + read + " times, found " + first.get(code) + " times"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** A line as written, or broken in one of several ways, some of which the strict reading still reads. */
  private static String broken(Draws draws, String line) {
    switch (draws.between(0, 6)) {
      case 0:
        return "BOM" + line;
      case 1:
        return line.substring(0, draws.between(0, line.length() - 1));
      case 2:
        return " \t" + line + "  ";
      case 3:
        return line.replaceFirst("\"area\":", "\"area\":{\"code\":\"E99999999\"},\"area\":");
      case 4:
        return line.replaceFirst("\\{", "{\"unknown\":{\"code\":\"x\"},");
      default:
        return line;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
