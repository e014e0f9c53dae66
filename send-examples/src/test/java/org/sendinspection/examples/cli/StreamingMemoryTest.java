package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary and validate read a JSON lines file far larger than their heap: each runs in its own JVM with
 * a heap too small to hold the records, which a control that holds them shows. No timing is measured.
 */
class StreamingMemoryTest {
  /** Records in the file: about 48 MB when held (some 4.8 KB each), twice the heap. */
  private static final int RECORDS = 10_000;
  private static final String HEAP = "-Xmx24m";

  @TempDir
  static Path dir;
  private static Path lines;

  @BeforeAll
  static void writeNation() {
    lines = dir.resolve("nation.jsonl");
    Cli.Run run = Cli.run("generate", "--areas", String.valueOf(RECORDS), "--seed", "13", "--out", lines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
  }

  /** Runs a main class in a JVM of its own with the small heap; returns its exit code, output and errors. */
  private static Cli.Run java(String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    File out = dir.resolve("out-" + System.nanoTime()).toFile();
    File err = dir.resolve("err-" + System.nanoTime()).toFile();
    Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
    int code = process.waitFor();
    return new Cli.Run(code, Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  void holding_every_record_does_not_fit_in_the_heap() throws Exception {
    Cli.Run run = java(HoldEveryRecord.class.getName(), lines.toString());
    assertNotEquals(0, run.exitCode(), run.out());
    assertTrue(run.err().contains("OutOfMemoryError"), run.err());
  }

  @Test
  void summary_streams_the_file_in_that_heap() throws Exception {
    Cli.Run run = java(SendCommand.class.getName(), "summary", lines.toString(), "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("\nareas,," + RECORDS + "\n"), run.out());
  }

  @Test
  void validate_streams_the_file_in_that_heap() throws Exception {
    Cli.Run run = java(SendCommand.class.getName(), "validate", lines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().endsWith(RECORDS + " of " + RECORDS + " records valid; 0 problems found\n"),
        run.out().substring(Math.max(0, run.out().length() - 300)));
  }
}
