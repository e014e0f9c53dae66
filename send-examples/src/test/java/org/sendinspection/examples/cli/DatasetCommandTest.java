package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.testkit.SharedData;

/** {@code send dataset} on Ofsted's three data sets: one record per area across both frameworks. */
class DatasetCommandTest {
  @TempDir
  Path dir;

  @Test
  void theThreeFiles_giveOneRecordPerArea_withCumbriasHistoryInItsSuccessors() throws IOException {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "see the README's data section");
    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "see the README's data section");
    Path out = dir.resolve("national");
    Cli.Run run = Cli.run("dataset", ods.toString(), mi.toString(), xlsx.toString(), "--out", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), "the overview's problem rows make the exit code 1");
    assertEquals("joined 233 records (237 data rows) into 154 areas; 2 given a predecessor's history (E06000063 <-"
        + " E10000006, E06000064 <- E10000006); wrote " + out + "\n", run.out());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(154, files.count());
    }
    AreaRecord cumberland = AreaRecordCodec.strict().read(out.resolve("E06000063.json"));
    assertEquals("e10000006-2019-inspection", cumberland.getInspections().get(0).getId());
    Cli.Run explain = Cli.run("explain", out.resolve("E06000063.json").toString(), "--as-of", "2026-06-29");
    assertEquals(ExitCodes.OK, explain.exitCode(), explain.err());
    assertTrue(explain.out().contains("e10000006-2019-inspection"), explain.out());
  }

  @Test
  void noPath_isAUsageError() {
    Cli.Run run = Cli.run("dataset", "--out", dir.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
  }
}
