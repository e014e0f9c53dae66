package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.model.json.AreaRecordCodec;

class SummaryCommandTest {
  @TempDir
  Path dir;

  private void writeThree() throws IOException {
    AreaRecordCodec.strict().write(TestRecords.detailed(), dir.resolve("a.json"));
    AreaRecordCodec.strict().write(TestRecords.countsOnly(), dir.resolve("b.json"));
    AreaRecordCodec.strict().write(TestRecords.noWeakness(), dir.resolve("c.json"));
  }

  @Test
  void text_quotesTheFiguresAsAPaperWould() throws IOException {
    writeThree();
    Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", "2022-12-31");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Of the 3 local areas whose inspection report was published, 2 have required a "
        + "written statement of action (66.7%)."), run.out());
    assertTrue(run.out().matches("(?s).*some-sufficient \\(Some\\) +1\\R.*"), run.out());
    assertTrue(run.out().contains("used are disputed between sources; where sources give different dates for a "
        + "step, figures take the date most sources give"), run.out());
    assertFalse(run.out().contains("2023 framework"), "no record holds a 2023-framework inspection");
    assertEquals("", run.err(), "no progress shown for three files");
  }

  @Test
  void csv_hasOneFigurePerRow() throws IOException {
    writeThree();
    Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", "2022-12-31", "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("measure,category,value\n"), run.out());
    assertTrue(run.out().contains("\nstatements-required,,2\n"), run.out());
    assertTrue(run.out().contains("\nrevisit-outcomes,all-sufficient,1\n"), run.out());
    assertTrue(run.out().contains("\nweaknesses-by-theme,not-recorded,3\n"), run.out());
    run.out().lines().forEach(line -> assertEquals(3, line.split(",", -1).length, line));
  }

  @Test
  void json_followsItsSchema() throws IOException {
    writeThree();
    Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", "2022-12-31", "--format", "json", "--region",
        "East of England");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"region\" : \"east-of-england\""), run.out());
    assertTrue(run.out().contains("\"areas\" : 1"), run.out());
    assertTrue(run.out().contains("\"version\" : 4"), run.out());
    assertTrue(run.out().contains("\"claimPolicy\" : \"most-corroborated\""), run.out());
    Schemas.assertValid("/org/sendinspection/examples/summary/summary.schema.json", run.out());
  }

  @Test
  void badFiles_areReported_andTheRestStillCounted() throws IOException {
    writeThree();
    Files.writeString(dir.resolve("d.json"), "[1, 2");
    Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", "2022-12-31", "--format", "csv");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(dir.resolve("d.json") + ": $: not well-formed JSON"), run.err());
    assertTrue(run.out().contains("\nareas,,3\n"), run.out());
  }

  @Test
  void manyFiles_areReadQuietly_whenStandardErrorIsNotATerminal() {
    Cli.Run generated = Cli.run("generate", "--areas", "150", "--seed", "7", "--out", dir.toString());
    assertEquals(ExitCodes.OK, generated.exitCode(), generated.err());
    Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", "2022-08-31");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().matches("(?s).*areas in the records +150\\R.*"), run.out());
  }

  @Test
  void unknownRegion_isAUsageErrorNamingTheRegions() throws IOException {
    writeThree();
    Cli.Run run = Cli.run("summary", dir.toString(), "--region", "Wessex");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("'Wessex' is not a OfstedRegion; expected one of east-midlands"), run.err());
  }

  @Test
  void malformedDate_isAUsageError() throws IOException {
    writeThree();
    Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", "31/08/2022");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("'31/08/2022' is not a date in ISO-8601 form"), run.err());
  }

  @Test
  void noValidRecord_printsNoFigures() {
    Cli.Run run = Cli.run("summary", dir.resolve("missing").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("missing: $: no such file or directory [missing-file]"), run.err());
    assertTrue(run.err().contains("send summary: no valid area record to summarise"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void claim_latest_countsADisputedPublicationOnlyOnceEverySourcePlacesItInThePast() throws IOException {
    writeThree();
    // Testshire's report: 2019-04-20 in the letter, 2019-05-02 in the council paper, one source each.
    Cli.Run byDefault = Cli.run("summary", dir.toString(), "--as-of", "2019-04-25", "--format", "csv");
    assertTrue(byDefault.out().contains("\ninspections-published,,3\n"), byDefault.out());
    Cli.Run latest = Cli.run("summary", dir.toString(), "--as-of", "2019-04-25", "--format", "csv", "--claim", "latest");
    assertEquals(ExitCodes.OK, latest.exitCode(), latest.err());
    assertTrue(latest.out().contains("\ninspections-published,,2\n"), latest.out());
    assertTrue(latest.out().contains("\nclaim-policy,,latest\n"), latest.out());
  }

  @Test
  void unknownClaimPolicy_isAUsageError() throws IOException {
    writeThree();
    Cli.Run run = Cli.run("summary", dir.toString(), "--claim", "loudest");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("'loudest' is not a claim policy"), run.err());
  }

  @Test
  void schema_isVersion4() {
    Cli.Run run = Cli.run("summary", "--schema");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().contains("\"$id\": \"urn:sendinspection:send-summary:4\""), run.out());
  }
}
