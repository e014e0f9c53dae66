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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.model.json.AreaRecordCodec;

/**
 * The commands given hostile input: each bad file is reported by name with what is wrong, every other
 * input is still processed, the exit code is the documented one, no stack trace or exception class reaches
 * the user, outputs are never half-written or silently replaced, and nothing a record holds acts on the
 * terminal.
 */
class HostileInputCommandsTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static String good() {
    return AreaRecordCodec.strict().write(TestRecords.detailed());
  }

  /** What the codec alone says of a file. */
  private static final class AreaRecordCodecMessage {
    static String of(Path file) {
      try {
        AreaRecordCodec.strict().read(file);
        return "";
      } catch (org.sendinspection.model.json.RecordFormatException e) {
        return e.getMessage();
      }
    }
  }

  private static void assertNoTrace(Cli.Run run) {
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("jackson"),
        run.err());
  }

  @Test
  void validate_reportsEachHostileFileByName_andChecksTheOthers() throws IOException {
    Path first = write("a-first.json", good());
    Path deep = write("b-deep.json", good().replaceFirst("\\{", "{\"deep\": " + "[".repeat(1500) + "]".repeat(1500) + ","));
    Path version = write("c-version.json", good().replaceFirst("\"schemaVersion\" : 3", "\"schemaVersion\" : 4294967298"));
    Path duplicate = write("d-duplicate.json", good().replaceFirst("\"code\" : \"", "\"code\" : \"E10000099\", \"code\" : \""));
    Path latin1 = dir.resolve("e-latin1.json");
    Files.write(latin1, good().replace("Testshire", "Testsh\u00EEre").getBytes(StandardCharsets.ISO_8859_1));
    Path year = write("f-year.json", good().replaceFirst("\"date\" : \"\\d{4}", "\"date\" : \"9999"));
    Path last = write("g-last.json", good());
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
    assertTrue(run.out().contains(first + ": valid") && run.out().contains(last + ": valid"), run.out());
    assertTrue(run.out().contains("2 of 7 files valid"), run.out());
    assertTrue(run.err().contains(deep + ": ") && run.err().contains("nesting depth") && run.err().contains("[limit]"),
        run.err());
    assertTrue(run.err().contains(version + ": schemaVersion: "), run.err());
    assertTrue(run.err().contains(duplicate + ": area.code: property 'code' appears twice"), run.err());
    assertTrue(run.err().contains(latin1 + ": $: the file is not UTF-8: byte 0xEE at byte offset"), run.err());
    // The schema's problem at the date's path comes first, and the codec's at the same path is not repeated.
    assertTrue(run.err().contains(year + ": inspections[0].onSiteStart.claims[0].date: "), run.err());
    assertTrue(AreaRecordCodecMessage.of(year).contains("outside the years 1900 to 2100"));
    assertNoTrace(run);
  }

  @Test
  void summary_andExplain_refuseTheSameFilesQuickly_andCarryOn() throws IOException {
    Path good = write("a.json", good());
    Path deep = write("deep.json", good().replaceFirst("\\{", "{\"deep\": " + "{\"x\": ".repeat(2000) + "1" + "}".repeat(2000) + ","));
    Cli.Run summary = Cli.run("summary", good.toString(), deep.toString(), "--as-of", "2022-12-31");
    assertEquals(ExitCodes.INVALID_INPUT, summary.exitCode(), summary.err());
    assertTrue(summary.err().contains(deep + ": "), summary.err());
    assertTrue(summary.out().matches("(?s).*areas in the records\\s+1\\n.*"), summary.out());
    assertNoTrace(summary);
    Cli.Run explain = Cli.run("explain", deep.toString());
    assertEquals(ExitCodes.INVALID_INPUT, explain.exitCode());
    assertTrue(explain.err().contains(deep + ": "), explain.err());
    assertNoTrace(explain);
  }

  @Test
  void danglingLinkInADirectory_isReported_notSkipped() throws IOException {
    write("a.json", good());
    Path link = Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("gone.json"));
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains(link + ": $: is a symbolic link to " + dir.resolve("gone.json")
        + ", which does not exist [dangling-link]"), run.err());
    assertTrue(run.out().contains("1 of 1 files valid"), run.out());
  }

  @Test
  void unreadableInputs_areNamedWithTheReason_andTheOthersRead() throws IOException {
    Path good = write("a.json", good());
    Path csv = write("statistics.csv", "Local authority,Inspection start date\n");
    Path record = write("b.json", good());
    Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(record, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(csv), "runs as a user who can read any file (root)");
    Cli.Run summary = Cli.run("summary", good.toString(), csv.toString(), "--as-of", "2022-12-31");
    assertEquals(ExitCodes.INVALID_INPUT, summary.exitCode());
    assertTrue(summary.err().contains(csv + ": cannot be read: permission denied [unreadable]"), summary.err());
    Cli.Run validate = Cli.run("validate", good.toString(), record.toString());
    assertTrue(validate.err().contains(record + ": $: cannot be read: permission denied [unreadable]"), validate.err());
    assertTrue(validate.out().contains(good + ": valid"), validate.out());
  }

  @Test
  void unreadableReason_namesNoExceptionClass() {
    assertEquals("permission denied", OutputFile.failure(new java.nio.file.AccessDeniedException("x")));
    assertEquals("the file exists; give --force to replace it",
        OutputFile.failure(new java.nio.file.FileAlreadyExistsException("x")));
  }

  @Test
  void asOfOutsideTheYears_isAUsageErrorSayingWhy() {
    for (String day : List.of("+999999999-12-31", "1899-12-31", "2101-01-01", "9999-12-31")) {
      Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", day);
      assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
      assertTrue(run.err().contains("'" + day + "'") && (run.err().contains("outside the years 1900 to 2100")
          || run.err().contains("not a date in ISO-8601 form")), run.err());
      assertFalse(run.err().contains("Invalid value for Year"), run.err());
    }
  }

  @Test
  void generateAreas_isBounded() {
    for (String areas : List.of("2147483647", "1000000", "0", "-5")) {
      Cli.Run run = Cli.run("generate", "--areas", areas, "--out", dir.resolve("set").toString());
      assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
      assertTrue(run.err().contains("--areas must be at least 1; found " + areas)
          || run.err().contains("--areas must be at most " + GenerateCommand.MAX_AREAS + ","), run.err());
      assertFalse(Files.exists(dir.resolve("set")));
    }
  }

  @Test
  void timelineOut_keepsAnExistingFileUnlessForced_andLeavesNoTemporaryFile() throws IOException {
    Path record = write("testshire.json", good());
    Path svg = write("testshire.svg", "mine");
    Cli.Run refused = Cli.run("timeline", record.toString(), "--out", svg.toString());
    assertEquals(ExitCodes.INVALID_INPUT, refused.exitCode());
    assertTrue(refused.err().contains(svg + ": $: the file exists; give --force to replace it [exists]"), refused.err());
    assertEquals("mine", Files.readString(svg));
    Cli.Run forced = Cli.run("timeline", record.toString(), "--out", svg.toString(), "--force");
    assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
    assertTrue(Files.readString(svg).startsWith("<"), "replaced by the picture");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of("testshire.json", "testshire.svg"),
          left.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
  }

  @Test
  void controlCharactersInNames_reachTheTerminalEscaped() throws IOException {
    String evil = good().replace("\"name\" : \"Testshire\"", "\"name\" : \"Test\\u001B[2J\\u0000shire\\u202E\\u009B\"");
    assertFalse(evil.equals(good()));
    Path record = write("evil.json", evil);
    Cli.Run run = Cli.run("explain", record.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Test\\u001B[2J\\u0000shire\\u202E\\u009B"), run.out());
    assertFalse(run.out().chars().anyMatch(c -> c == 0x1B || c == 0 || c == 0x202E || c == 0x9B), run.out());
    Cli.Run json = Cli.run("explain", record.toString(), "--format", "json");
    assertEquals(ExitCodes.OK, json.exitCode(), json.err());
    assertFalse(json.out().chars().anyMatch(c -> c == 0x1B || c == 0 || c == 0x202E || c == 0x9B), json.out());
  }

  @Test
  void outputSchemaIds_areUrnsWhoseNamespaceIdentifierHasNoDots() throws IOException {
    java.util.regex.Pattern urn = java.util.regex.Pattern.compile(
        "\"\\$id\"\\s*:\\s*\"urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[^\"\\s]+\"");
    for (String resource : List.of("/org/sendinspection/examples/explain/explain.schema.json",
        "/org/sendinspection/examples/summary/summary.schema.json")) {
      try (java.io.InputStream in = getClass().getResourceAsStream(resource)) {
        String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(urn.matcher(schema).find(), resource);
      }
    }
  }

  @Test
  void explainOfADayAtTheEndOfTheYears_keepsFourDigitYears() throws IOException {
    Path record = write("a.json", good());
    Cli.Run run = Cli.run("explain", record.toString(), "--as-of", "2100-12-31", "--format", "json");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    Schemas.assertValid("/org/sendinspection/examples/explain/explain.schema.json", run.out());
    assertFalse(run.out().contains("\"+"), run.out());
  }

  @Test
  void escapingWriter_keepsTextAndPairsAndEscapesTheRest() {
    StringWriter text = new StringWriter();
    PrintWriter safe = TerminalSafeWriter.of(new PrintWriter(text));
    safe.print("a\tb\u00E9\uD83D\uDE00\u001B\u007F\uD800!");
    safe.flush();
    assertEquals("a\tb\u00E9\uD83D\uDE00\\u001B\\u007F\\uD800!", text.toString());
    assertTrue(TerminalSafeWriter.of(safe) == safe);
  }
}
