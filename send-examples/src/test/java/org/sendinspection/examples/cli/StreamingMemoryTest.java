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
 * summary and validate read a JSON lines file far larger than their heap, and summary and import-ofsted a
 * statistics CSV: each runs in its own JVM with a heap too small to hold the records, which a control that
 * holds them shows. No timing is measured.
 */
class StreamingMemoryTest {
  /** Records in the file: about 48 MB when held (some 4.8 KB each), twice the heap. */
  private static final int RECORDS = 10_000;
  private static final String HEAP = "-Xmx24m";

  @TempDir
  static Path dir;
  private static Path lines;

  /** Rows of the statistics CSV: their records would take about three times the heap if held. */
  private static final int ROWS = 20_000;
  private static Path statistics;

  @BeforeAll
  static void writeNation() throws IOException {
    lines = dir.resolve("nation.jsonl");
    Cli.Run run = Cli.run("generate", "--areas", String.valueOf(RECORDS), "--seed", "13", "--out", lines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    statistics = dir.resolve("statistics.csv");
    List<String> csv = new ArrayList<>(List.of("Synthetic area SEND inspection and revisit outcomes",
        "Web link to Ofsted local authority webpage,Local authority code,Area name,Ofsted region,"
            + "Inspection start date,Inspection publication date,"
            + "Inspection outcome: written statement of action required?,"
            + "Number significant weaknesses identified in written statement of action,Revisit start date,"
            + "Revisit publication date,"
            + "Revisit outcome: sufficient progress in addressing all significant weaknesses?,"
            + "Number significant weaknesses where sufficient progress has been made,"
            + "Number significant weaknesses where sufficient progress has not been made"));
    for (int i = 1; i <= ROWS; i++) {
      csv.add(i % 2 == 0
          ? "Ofsted LA Webpage,E9" + String.format("%07d", i) + ",Synthetic area " + i + ",London,01/10/2018,"
              + "12/12/2018,Yes,4,05/05/2021,22/06/2021,Some,3,1"
          : "Ofsted LA Webpage,E9" + String.format("%07d", i) + ",Synthetic area " + i + ",North West,"
              + "27/03/2017,29/06/2017,No,,,,,,");
    }
    Files.write(statistics, csv, StandardCharsets.UTF_8);
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
  void holding_every_row_of_the_statistics_does_not_fit_in_the_heap() throws Exception {
    Cli.Run run = java(HoldEveryRecord.class.getName(), statistics.toString());
    assertNotEquals(0, run.exitCode(), run.out());
    assertTrue(run.err().contains("OutOfMemoryError"), run.err());
  }

  @Test
  void summary_streams_the_statistics_csv_in_that_heap() throws Exception {
    Cli.Run run = java(SendCommand.class.getName(), "summary", statistics.toString(), "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("\nareas,," + ROWS + "\n"), run.out());
    assertEquals("", run.err(), "no progress line where standard error is not a terminal");
  }

  @Test
  void import_ofsted_streams_the_statistics_csv_to_json_lines_in_that_heap() throws Exception {
    Path out = dir.resolve("statistics.jsonl");
    Cli.Run run = java(SendCommand.class.getName(), "import-ofsted", statistics.toString(), "--out",
        out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err().substring(0, Math.min(2000, run.err().length())));
    assertTrue(run.out().endsWith("wrote " + ROWS + " records to " + out + " (" + ROWS + " rows, 0 problems in 0 rows, "
        + ROWS + " notes)\n"), run.out());
    try (java.util.stream.Stream<String> written = Files.lines(out)) {
      assertEquals(ROWS, written.count());
    }
  }

  @Test
  void validate_streams_the_file_in_that_heap() throws Exception {
    Cli.Run run = java(SendCommand.class.getName(), "validate", lines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().endsWith(RECORDS + " of " + RECORDS + " records valid; 0 problems found\n"),
        run.out().substring(Math.max(0, run.out().length() - 300)));
  }
}
