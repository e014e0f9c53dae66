package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.json.AreaRecordCodec;

/** generate, validate and summary read and write JSON lines: one record a line. */
class JsonLinesTest {
  @TempDir
  Path dir;

  @Test
  void generated_lines_are_the_records_of_the_generated_files() throws IOException {
    Path lines = dir.resolve("nation.jsonl");
    Cli.Run run = Cli.run("generate", "--areas", "40", "--seed", "3", "--out", lines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> written = Files.readAllLines(lines, StandardCharsets.UTF_8);
    assertEquals(40, written.size());
    var expected = AreaRecordGenerator.framework2016().generateMany(3L, 40);
    for (int i = 0; i < written.size(); i++) {
      assertEquals(expected.get(i), AreaRecordCodec.strict().read(written.get(i)));
    }
  }

  @Test
  void validate_counts_records_and_names_each_line() throws IOException {
    Path lines = dir.resolve("nation.jsonl");
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "25", "--seed", "3", "--out", lines.toString()).exitCode());
    Cli.Run run = Cli.run("validate", lines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains(lines + ":25: valid\n"), run.out());
    assertTrue(run.out().endsWith("25 of 25 records valid; 0 problems found\n"), run.out());
  }

  @Test
  void a_bad_line_is_reported_by_file_and_line_and_the_others_still_count() throws IOException {
    Path lines = dir.resolve("nation.jsonl");
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "5", "--seed", "3", "--out", lines.toString()).exitCode());
    List<String> written = new ArrayList<>(Files.readAllLines(lines, StandardCharsets.UTF_8));
    written.set(1, written.get(1).replaceFirst("\"code\":\"E99000002\"", "\"code\":\"X1\""));
    written.add(3, "   ");
    Files.write(lines, written, StandardCharsets.UTF_8);

    Cli.Run validate = Cli.run("validate", lines.toString());
    assertEquals(ExitCodes.INVALID_INPUT, validate.exitCode());
    assertTrue(validate.err().contains(lines + ":2: area.code: "), validate.err());
    assertTrue(validate.err().contains(lines + ":4: $: the line is blank; a JSON lines file holds one record a line "
        + "[blank-line]"), validate.err());
    assertTrue(validate.out().endsWith("4 of 6 records valid; 2 problems found\n"), validate.out());

    Cli.Run summary = Cli.run("summary", lines.toString(), "--format", "csv");
    assertEquals(ExitCodes.INVALID_INPUT, summary.exitCode());
    assertTrue(summary.out().contains("\nareas,,4\n"), summary.out());
  }

  @Test
  void summary_of_lines_equals_summary_of_files() {
    Path lines = dir.resolve("nation.jsonl");
    Path files = dir.resolve("nation");
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "60", "--seed", "9", "--out", lines.toString()).exitCode());
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "60", "--seed", "9", "--out", files.toString()).exitCode());
    for (String format : List.of("text", "csv", "json")) {
      Cli.Run fromLines = Cli.run("summary", lines.toString(), "--format", format);
      Cli.Run fromFiles = Cli.run("summary", files.toString(), "--format", format);
      assertEquals(ExitCodes.OK, fromLines.exitCode(), fromLines.err());
      assertEquals(fromFiles.out(), fromLines.out());
    }
  }

  @Test
  void a_directory_holds_record_files_and_lines_files_alike() throws IOException {
    Path mixed = dir.resolve("mixed");
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "3", "--seed", "4", "--out", mixed.toString()).exitCode());
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "4", "--seed", "5",
        "--out", mixed.resolve("more.jsonl").toString()).exitCode());
    Cli.Run run = Cli.run("validate", mixed.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("7 of 7 records valid; 0 problems found\n"), run.out());
  }

  @Test
  void bytesThatAreNotUtf8_areReportedByLineColumnAndOffset() throws IOException {
    Path lines = dir.resolve("nation.jsonl");
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "3", "--seed", "3", "--out", lines.toString()).exitCode());
    List<String> written = Files.readAllLines(lines, StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write((written.get(0) + "\r\n" + written.get(1) + "\r" + "{\"na\u00EFve\": ").getBytes(StandardCharsets.UTF_8));
    int offset = bytes.size();
    bytes.write(new byte[] {(byte) 0xFF, '1', '}', '\n'});
    bytes.write((written.get(2) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(lines, bytes.toByteArray());

    Cli.Run validate = Cli.run("validate", lines.toString());
    assertEquals(ExitCodes.INVALID_INPUT, validate.exitCode());
    assertEquals(lines + ":3: $: the line is not UTF-8: byte 0xFF at column 11 (byte offset " + offset + " of the file) "
        + "does not begin a UTF-8 character [encoding]\n", validate.err());
    assertTrue(validate.out().contains(lines + ":1: valid\n" + lines + ":2: valid\n" + lines + ":4: valid\n"),
        "the lines before and after are read: " + validate.out());

    Cli.Run summary = Cli.run("summary", lines.toString(), "--format", "csv");
    assertEquals(ExitCodes.INVALID_INPUT, summary.exitCode());
    assertEquals(validate.err(), summary.err());
    assertTrue(summary.out().contains("\nareas,,3\n"), summary.out());
  }

  @Test
  void aLineMayHoldTheReplacementCharacterItself() throws IOException {
    Path lines = dir.resolve("nation.jsonl");
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "2", "--seed", "3", "--out", lines.toString()).exitCode());
    List<String> written = new ArrayList<>(Files.readAllLines(lines, StandardCharsets.UTF_8));
    written.set(0, written.get(0).replaceFirst("\"name\":\"", "\"name\":\"\uFFFD "));
    Files.write(lines, written, StandardCharsets.UTF_8);
    Cli.Run validate = Cli.run("validate", lines.toString());
    assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
    assertEquals("", validate.err());
  }
}
