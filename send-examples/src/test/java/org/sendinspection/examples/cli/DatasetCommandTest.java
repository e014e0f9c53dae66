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
    assertEquals("joined 237 records (237 data rows) into 156 areas; 5 given a predecessor's history (E06000061 <-"
        + " E10000021, E06000062 <- E10000021, E06000063 <- E10000006, E06000064 <- E10000006, E06000065 <-"
        + " E10000023); wrote " + out + "\n", run.out());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(156, files.count());
    }
    // North Yorkshire's 2024 report gives no first day on site: its hand-over is bounded by the publication,
    // and the day it closed is not determinable.
    Cli.Run yorkshire = Cli.run("explain", out.resolve("E06000065.json").toString(), "--as-of", "2026-06-29");
    assertEquals(ExitCodes.OK, yorkshire.exitCode(), yorkshire.err());
    assertTrue(yorkshire.out().contains("PREVIOUS_FRAMEWORK_JOURNEY_CLOSED [2023.framework-handover]  closed by"
        + " 2024-09-25  (bounded)"), yorkshire.out());
    assertTrue(yorkshire.out().contains("not recorded: inspections[1].onSiteStart"), yorkshire.out());
    AreaRecord north = AreaRecordCodec.strict().read(out.resolve("E06000061.json"));
    assertEquals("e10000021-2017-inspection", north.getInspections().get(0).getId(), "Northamptonshire's, from its note");
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
