package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.testkit.SharedData;

/** The import commands write JSON lines with {@code --out FILE.jsonl}: one record a line, the same records. */
class ImportJsonLinesTest {
  @TempDir
  Path dir;

  private static List<AreaRecord> lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.map(line -> AreaRecordCodec.strict().read(line)).toList();
    }
  }

  private static List<AreaRecord> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().map(f -> AreaRecordCodec.strict().read(f)).toList();
    }
  }

  private static List<String> codes(List<AreaRecord> records) {
    return records.stream().map(r -> r.getArea().getCode()).sorted().toList();
  }

  @Test
  void importOfsted_toJsonLines_writesTheRecordsADirectoryWouldHold() throws IOException {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path jsonl = dir.resolve("out/statistics.jsonl");
    Cli.Run run = Cli.run("import-ofsted", ods.toString(), "--out", jsonl.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("wrote 149 records to " + jsonl + " (149 rows, 0 problems in 0 rows, 1 note)\n"),
        run.out());
    Cli.Run toDirectory = Cli.run("import-ofsted", ods.toString(), "--out", dir.resolve("records").toString());
    assertEquals(ExitCodes.OK, toDirectory.exitCode(), toDirectory.err());
    List<AreaRecord> inLines = lines(jsonl);
    assertEquals(149, inLines.size());
    assertEquals(files(dir.resolve("records")),
        inLines.stream().sorted(java.util.Comparator.comparing(r -> r.getArea().getCode())).toList());
    try (Stream<Path> left = Files.list(jsonl.getParent())) {
      assertEquals(List.of(jsonl), left.toList(), "no part file is left beside it");
    }
    Cli.Run validate = Cli.run("validate", jsonl.toString());
    assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
  }

  @Test
  void importMi_andImportOverview_toJsonLines() throws IOException {
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "see the README's data section");
    Path miLines = dir.resolve("mi.jsonl");
    Cli.Run run = Cli.run("import-mi", mi.toString(), "--out", miLines.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("wrote 16 records to " + miLines + " (16 rows, 0 problems in 0 rows, 16 notes)\n", run.out());
    assertEquals(16, lines(miLines).size());

    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "see the README's data section");
    Path overviewLines = dir.resolve("overview.jsonl");
    Cli.Run overview = Cli.run("import-overview", xlsx.toString(), "--out", overviewLines.toString());
    assertEquals(ExitCodes.INVALID_INPUT, overview.exitCode(), overview.err());
    assertEquals("wrote 71 records to " + overviewLines + " (72 rows, 6 problems in 5 rows, 4 notes)\n",
        overview.out());
    Cli.Run toDirectory = Cli.run("import-overview", xlsx.toString(), "--out", dir.resolve("overview").toString());
    assertEquals(codes(files(dir.resolve("overview"))), codes(lines(overviewLines)));
    assertEquals(toDirectory.err(), overview.err(), "the same problems and notes, whatever the output");
  }

  @Test
  void importOfsted_aBrokenCsv_leavesNoOutput_andAnExistingFileAlone() throws IOException {
    Path csv = Files.writeString(dir.resolve("broken.csv"), "title\n\"Local authority code\",\"unterminated\n",
        StandardCharsets.UTF_8);
    Path jsonl = Files.writeString(dir.resolve("kept.jsonl"), "earlier\n", StandardCharsets.UTF_8);
    Cli.Run run = Cli.run("import-ofsted", csv.toString(), "--out", jsonl.toString(), "--force");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("is not well-formed CSV"), run.err());
    assertEquals("", run.out());
    assertEquals("earlier\n", Files.readString(jsonl), "the file is replaced only by a complete import");
    try (Stream<Path> files = Files.list(dir)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no part file is left");
    }
  }

  @Test
  void importOfsted_toAJsonLinesFileThatCannotBeWritten_isExit2() throws IOException {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path blocker = Files.writeString(dir.resolve("a-file"), "not a directory");
    Path jsonl = blocker.resolve("statistics.jsonl");
    Cli.Run run = Cli.run("import-ofsted", ods.toString(), "--out", jsonl.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("send import-ofsted: " + jsonl + ": cannot be written: "), run.err());
    assertTrue(run.err().strip().endsWith("[unwritable]"), run.err());
  }
}
