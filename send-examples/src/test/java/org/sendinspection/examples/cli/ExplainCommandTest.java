package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.json.AreaRecordCodec;

class ExplainCommandTest {
  @TempDir
  Path dir;

  private Path detailed() {
    Path file = dir.resolve("testshire.json");
    AreaRecordCodec.strict().write(TestRecords.detailed(), file);
    return file;
  }

  @Test
  void text_showsTimelineStateAndDisputedDatesSideBySide() {
    Cli.Run run = Cli.run("explain", detailed().toString(), "--as-of", "2019-04-25");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("Testshire (E10000901, South West), as of 2019-04-25\n"), out);
    assertTrue(out.contains("  Testshire CCG (clinical-commissioning-group)"), out);
    assertTrue(out.contains("   2019-03-04  inspection begins (inspection-2019)"), out);
    // Placed at the earliest of the two equally supported dates, as the rules take it by default.
    assertTrue(out.contains(" ? 2019-04-20  report published (inspection-2019)"), out);
    assertTrue(out.contains(" * 2021-06-15  revisit letter (inspection-2019): 1 of 2 weaknesses with sufficient"), out);
    assertTrue(out.contains("in dispute on that day: report published (inspection-2019) "
        + "(2019-04-20 (test-letter) or 2019-05-02 (test-paper))"), out);
    assertTrue(out.contains("    2019-04-20  test-letter: \"the report letter\"\n"
        + "    2019-05-02  test-paper: \"the council paper\"\n"), out);
    assertTrue(out.contains(" ? 2019-04-20  report published (inspection-2019)  [test-letter, test-paper]  "
        + "(sources disagree: see below)"), out);
    assertTrue(out.contains("the latest: report published (inspection-2019)"), out);
    String latest = Cli.run("explain", detailed().toString(), "--as-of", "2019-04-25", "--claim", "latest").out();
    assertTrue(latest.contains(" ? 2019-05-02  report published (inspection-2019)"), latest);
    assertTrue(!latest.contains("the latest: report published (inspection-2019)"), latest);
    assertTrue(out.contains("Conclusions ("), out);
    assertTrue(out.contains("[2016.wsoa-required]"), out);
  }

  @Test
  void partnersOnADay_followTheChangeOfCommissioner() {
    Cli.Run run = Cli.run("explain", detailed().toString(), "--as-of", "2022-07-01");
    assertTrue(run.out().contains("  Testshire ICB (integrated-care-board)"), run.out());
    assertTrue(!run.out().contains("  Testshire CCG (clinical"), run.out());
  }

  @Test
  void json_followsItsSchema_onTestAndGeneratedRecords() {
    Cli.Run run = Cli.run("explain", detailed().toString(), "--as-of", "2019-04-25", "--format", "json");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"status\" : \"in-dispute\""), run.out());
    Schemas.assertValid("/org/sendinspection/examples/explain/explain.schema.json", run.out());
    for (int seed = 1; seed <= 20; seed++) {
      Path file = dir.resolve("g" + seed + ".json");
      AreaRecordCodec.strict().write(AreaRecordGenerator.any().generate(seed), file);
      Cli.Run generated = Cli.run("explain", file.toString(), "--as-of", "2021-01-01", "--format", "json");
      assertEquals(ExitCodes.OK, generated.exitCode(), generated.err());
      Schemas.assertValid("/org/sendinspection/examples/explain/explain.schema.json", generated.out());
    }
  }

  @Test
  void missingFile_isInvalidInput() {
    Cli.Run run = Cli.run("explain", dir.resolve("nowhere.json").toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("nowhere.json: $: no such file or directory [missing-file]"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void directory_isInvalidInput() {
    Cli.Run run = Cli.run("explain", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("is a directory; give one record file [not-a-file]"), run.err());
  }

  @Test
  void brokenInvariant_namesPathAndRule() throws IOException {
    Path file = dir.resolve("broken.json");
    // The revisit now begins before the statement was declared fit for purpose.
    Files.writeString(file, AreaRecordCodec.strict().write(TestRecords.detailed()).replace("2021-05-10", "2019-09-10"));
    Cli.Run run = Cli.run("explain", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(file + ": inspections[0].revisit.onSiteStart: the revisit (2019-09-10) began "
        + "before the statement was declared fit for purpose (2019-09-20) [revisit-after-wsoa-fit-for-purpose]"), run.err());
  }

  @Test
  void unknownFormat_isAUsageError() {
    Cli.Run run = Cli.run("explain", detailed().toString(), "--format", "yaml");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--format"), run.err());
  }
}
