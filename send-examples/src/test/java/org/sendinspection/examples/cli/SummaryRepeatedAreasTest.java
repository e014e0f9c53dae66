package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code send summary} over record files and JSON lines files that give some areas more than once, or
 * give an area's code in a line that is not a valid record: each area is counted once, and what is
 * written is what the valid records alone give, with each bad line reported once, as the strict reading
 * reports it.
 */
class SummaryRepeatedAreasTest {
  @TempDir
  Path dir;

  private List<String> generated(int areas, long seed) throws IOException {
    Path lines = dir.resolve("generated-" + areas + "-" + seed + ".jsonl");
    Cli.Run run = Cli.run("generate", "--areas", String.valueOf(areas), "--seed", String.valueOf(seed),
        "--out", lines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> read = Files.readAllLines(lines, StandardCharsets.UTF_8);
    Files.delete(lines);
    return read;
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  @Test
  void areasGivenInTwoFiles_areCountedOnce() throws IOException {
    List<String> all = generated(8, 21);
    Path first = write("first.jsonl", all.subList(0, 6));
    Path second = write("second.jsonl", all.subList(3, 8));
    Path alone = write("alone.jsonl", all);
    for (String format : List.of("text", "csv", "json")) {
      Cli.Run once = Cli.run("summary", alone.toString(), "--format", format);
      Cli.Run twice = Cli.run("summary", first.toString(), second.toString(), "--format", format);
      assertEquals(ExitCodes.OK, twice.exitCode(), twice.err());
      assertEquals(once.out(), twice.out());
      assertEquals("send summary: 3 records are of areas already read from another input; each area is counted "
          + "once, its records merged\n", twice.err().replace("\r\n", "\n"));
    }
  }

  @Test
  void anAreaInARecordFileAndAJsonLinesFile_isCountedOnce() throws IOException {
    List<String> all = generated(4, 22);
    Path lines = write("lines.jsonl", all);
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.writeString(folder.resolve("again.json"), all.get(2));
    Cli.Run run = Cli.run("summary", lines.toString(), folder.toString(), "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(Cli.run("summary", lines.toString(), "--format", "csv").out(), run.out());
    assertTrue(run.err().contains("1 record is of an area already read from another input"), run.err());
  }

  @Test
  void aCodeInABadLineOnly_isNeitherCountedNorMerged() throws IOException {
    List<String> all = generated(5, 23);
    List<String> withBad = new ArrayList<>(all.subList(0, 4));
    // Area 5's code, in a line the strict reading refuses: not well-formed after the code.
    String fifth = all.get(4);
    withBad.add(2, fifth.substring(0, fifth.indexOf("\"name\"")));
    // And area 2's code again, in a record with a property the format does not define.
    withBad.add(fifth.replaceFirst("\"code\":\"E99000005\"", "\"code\":\"E99000002\"")
        .replaceFirst("\\{", "{\"colour\":\"red\","));
    Path bad = write("bad.jsonl", withBad);
    Path good = write("good.jsonl", all.subList(0, 4));
    for (String format : List.of("text", "csv", "json")) {
      Cli.Run run = Cli.run("summary", bad.toString(), "--format", format);
      assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
      assertEquals(Cli.run("summary", good.toString(), "--format", format).out(), run.out());
      assertEquals(reportedByTheStrictReading(bad), run.err(), "the bad lines reported as the strict reading reports them, no merge");
      assertFalse(run.err().contains("already read"), run.err());
    }
  }

  @Test
  void aBadLineAndAValidRecordOfTheSameArea_inTwoFiles() throws IOException {
    List<String> all = generated(3, 24);
    Path lines = write("lines.jsonl", all);
    String second = all.get(1);
    Path broken = write("broken.jsonl", List.of(second.substring(0, second.length() / 2), "", second + "}"));
    Cli.Run run = Cli.run("summary", broken.toString(), lines.toString(), "--format", "csv");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertEquals(Cli.run("summary", lines.toString(), "--format", "csv").out(), run.out());
    assertEquals(reportedByTheStrictReading(broken), run.err());
    assertTrue(run.out().contains("\nareas,,3\n"), run.out());
  }

  @Test
  void aMalformedRecordFile_nextToAValidOneOfTheSameArea() throws IOException {
    List<String> all = generated(2, 25);
    Path folder = Files.createDirectory(dir.resolve("records"));
    Files.writeString(folder.resolve("a.json"), all.get(0));
    Files.writeString(folder.resolve("b.json"), all.get(1));
    Files.writeString(folder.resolve("c.json"), all.get(0).substring(0, 200));
    Cli.Run run = Cli.run("summary", folder.toString(), "--format", "csv");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.out().contains("\nareas,,2\n"), run.out());
    assertEquals(reportedByTheStrictReading(folder.resolve("c.json")), run.err());
  }

  /** What the strict reading alone reports of the file, as send summary read it before it had a first reading. */
  private static String reportedByTheStrictReading(Path file) {
    StringWriter err = new StringWriter();
    new RecordReader(new PrintWriter(err, true), false).forEach(List.of(file), false, loaded -> { });
    assertFalse(err.toString().isEmpty());
    return err.toString();
  }
}
