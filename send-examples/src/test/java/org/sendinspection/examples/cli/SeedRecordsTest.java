package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.json.AreaRecordCodec;

/**
 * Every subcommand on the records of Essex and Southend-on-Sea bundled with the test kit (built from
 * the published letters and council papers), both as files and as {@code --example}.
 */
class SeedRecordsTest {
  @TempDir
  Path dir;

  private Path essex() {
    Path file = dir.resolve("essex.json");
    AreaRecordCodec.strict().write(ExampleRecords.essex(), file);
    return file;
  }

  private Path southend() {
    Path file = dir.resolve("southend-on-sea.json");
    AreaRecordCodec.strict().write(ExampleRecords.southendOnSea(), file);
    return file;
  }

  @Test
  void validate_acceptsBothSeedRecords() {
    essex();
    southend();
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("2 of 2 files valid; 0 problems found"), run.out());
  }

  @Test
  void explainEssex_allWeaknessesSufficient_visitsCease_andBothPublicationClaimsShown() {
    Cli.Run run = Cli.run("explain", "--example", "essex", "--as-of", "2022-08-31");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("Essex (E10000012, East of England), as of 2022-08-31"), out);
    assertTrue(out.contains("revisit letter (2019-inspection): 3 of 3 weaknesses with sufficient progress"), out);
    // Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk dates the
    // report's publication 17 November 2019; Essex County Council, <i>SEND Ofsted Inspection Update</i>,
    // People and Families Scrutiny Committee, 2020, www.essex.gov.uk and the statistics 23 December.
    assertTrue(out.contains("    2019-11-17  ofsted-essex-revisit-2022"), out);
    assertTrue(out.contains("    2019-12-23  ecc-send-inspection-update"), out);
    assertTrue(out.contains("2019-inspection: quarterly monitoring ceased"), out);
    assertTrue(out.contains("QUARTERLY_VISITS_CEASED [2016.quarterly-visits]  ceased on 2022-06-30"), out);
    assertTrue(out.contains("disputed dates taken at the date most sources give"), out);
    assertTrue(out.contains("WSOA_REQUIRED [2016.wsoa-required]  required from 2019-12-23"), out);
  }

  @Test
  void explainEssex_earliestClaim_takesTheRevisitLettersDate() {
    Cli.Run run = Cli.run("explain", "--example", "essex", "--as-of", "2022-08-31", "--claim", "earliest");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("disputed dates taken at the earliest claim"), run.out());
    assertTrue(run.out().contains("WSOA_REQUIRED [2016.wsoa-required]  required from 2019-11-17"), run.out());
  }

  @Test
  void explainEssex_timelineAndJourney_placeADisputedStepOnTheSameClaim() {
    // The evaluation: 6 April 2020 in the evaluation letter, 16 April 2020 in the revisit letter (Ofsted and
    // CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk).
    String byDefault = Cli.run("explain", "--example", "essex", "--as-of", "2022-08-31").out();
    assertTrue(byDefault.contains("   2020-04-06  written statement of action evaluated (2019-inspection)"), byDefault);
    assertTrue(byDefault.contains("    2020-04-06  awaiting the revisit"), byDefault);
    assertTrue(byDefault.contains("    2020-04-16  ofsted-essex-revisit-2022"), "every claim still listed");
    String latest = Cli.run("explain", "--example", "essex", "--as-of", "2022-08-31", "--claim", "latest").out();
    assertTrue(latest.contains("   2020-04-16  written statement of action evaluated (2019-inspection)"), latest);
    assertTrue(latest.contains("    2020-04-16  awaiting the revisit"), latest);
    assertTrue(latest.contains("placed and counted at the latest claim"), latest);
  }

  @Test
  void explainEssex_stateOnADay_countsADisputedStepByTheClaimTaken() {
    // On 1 December 2019 the report was out by the revisit letter (17 November) but not by the others.
    String byDefault = Cli.run("explain", "--example", "essex", "--as-of", "2019-12-01").out();
    assertTrue(byDefault.contains("? 2019-12-23  report published"), byDefault);
    String earliest = Cli.run("explain", "--example", "essex", "--as-of", "2019-12-01", "--claim", "earliest").out();
    assertTrue(earliest.contains(" ? 2019-11-17  report published"), earliest);
    assertTrue(earliest.contains("the latest: report published (2019-inspection)"), earliest);
  }

  @Test
  void explainEssex_fromAFile_isTheSameAsTheBundledExample() {
    Cli.Run file = Cli.run("explain", essex().toString(), "--as-of", "2022-08-31");
    Cli.Run example = Cli.run("explain", "--example", "essex", "--as-of", "2022-08-31");
    assertEquals(example.out(), file.out());
  }

  @Test
  void explainEssex_latestClaim_movesTheDeadline() {
    Cli.Run run = Cli.run("explain", "--example", "essex", "--as-of", "2022-08-31", "--claim", "latest");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("disputed dates taken at the latest claim"), run.out());
    assertTrue(run.out().contains("WSOA_DUE [2016.wsoa-due]  due by 2020-04-02"), run.out());
  }

  @Test
  void explainSouthend_threeOfFourSufficient_nextStepsWithDfe() {
    Cli.Run run = Cli.run("explain", southend().toString(), "--as-of", "2021-12-31");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("revisit letter (2018-inspection): 3 of 4 weaknesses with sufficient progress"),
        run.out());
    assertTrue(run.out().contains("2018-inspection: next steps with DfE and NHS England"), run.out());
  }

  @Test
  void explainJson_ofBothSeeds_followsItsSchema_withConclusionsAndCitations() {
    for (String name : new String[] {"essex", "southend-on-sea"}) {
      Cli.Run run = Cli.run("explain", "--example", name, "--as-of", "2022-08-31", "--format", "json");
      assertEquals(ExitCodes.OK, run.exitCode(), run.err());
      Schemas.assertValid("/org/sendinspection/examples/explain/explain.schema.json", run.out());
      assertTrue(run.out().contains("\"conclusions\" : [ {"), run.out());
      assertTrue(run.out().contains("\"rule\" : \"2016.wsoa-required\""), run.out());
      assertTrue(run.out().contains("\"kind\" : \"legislation\""), run.out());
    }
    Cli.Run essex = Cli.run("explain", "--example", "essex", "--as-of", "2022-08-31", "--format", "json");
    assertTrue(essex.out().contains("\"disputed\" : true"), essex.out());
    assertTrue(essex.out().contains("\"state\" : \"monitoring-ceased\""), essex.out());
  }

  @Test
  void explain_needsExactlyOneOfFileAndExample() {
    Cli.Run neither = Cli.run("explain");
    assertEquals(ExitCodes.USAGE, neither.exitCode());
    assertTrue(neither.err().contains("give either a record FILE or --example NAME, not neither"), neither.err());
    Cli.Run both = Cli.run("explain", essex().toString(), "--example", "essex");
    assertEquals(ExitCodes.USAGE, both.exitCode());
    assertTrue(both.err().contains("not both"), both.err());
    Cli.Run unknown = Cli.run("explain", "--example", "kent");
    assertEquals(ExitCodes.USAGE, unknown.exitCode());
    assertTrue(unknown.err().contains("'kent' is not a bundled example; expected one of essex, southend-on-sea, suffolk"),
        unknown.err());
  }

  @Test
  void summaryOfBothSeeds_quotesTwoAreasBothWithAStatement() {
    essex();
    southend();
    Cli.Run run = Cli.run("summary", dir.toString(), "--as-of", "2022-08-31", "--region", "east-of-england",
        "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("\nstatements-required,,2\n"), run.out());
    assertTrue(run.out().contains("\nrevisit-outcomes,all-sufficient,1\n"), run.out());
    assertTrue(run.out().contains("\nrevisit-outcomes,some-sufficient,1\n"), run.out());
    assertTrue(run.out().contains("\nweaknesses-sufficient,,6\n"), run.out());
    assertTrue(run.out().contains("\nweaknesses-not-sufficient,,1\n"), run.out());
  }

  @Test
  void timelineOfBothSeeds_drawsEveryWeaknessOutcome() throws Exception {
    Path essexSvg = dir.resolve("essex.svg");
    assertEquals(ExitCodes.OK, Cli.run("timeline", "--example", "essex", "--out", essexSvg.toString()).exitCode());
    String essex = Files.readString(essexSvg);
    assertEquals(3, essex.split(">sufficient progress<", -1).length - 1, essex);
    assertTrue(essex.contains("(disputed)"), essex);
    Path southendSvg = dir.resolve("southend.svg");
    assertEquals(ExitCodes.OK, Cli.run("timeline", southend().toString(), "--out", southendSvg.toString()).exitCode());
    String southend = Files.readString(southendSvg);
    assertEquals(3, southend.split(">sufficient progress<", -1).length - 1, southend);
    assertEquals(1, southend.split(">not sufficient progress<", -1).length - 1, southend);
  }

  @Test
  void suffolk_acrossBothFrameworks_showsThe2023Outcome() throws Exception {
    // Suffolk's record, bundled with send-model beside the seed records, has an inspection under each framework.
    Cli.Run explain = Cli.run("explain", "--example", "suffolk", "--as-of", "2025-01-01");
    assertEquals(ExitCodes.OK, explain.exitCode(), explain.err());
    assertTrue(explain.out().contains("report published (area-send-2023): outcome widespread-or-systemic-failings"),
        explain.out());
    Path svg = dir.resolve("suffolk.svg");
    assertEquals(ExitCodes.OK, Cli.run("timeline", "--example", "suffolk", "--out", svg.toString()).exitCode());
    String picture = Files.readString(svg);
    assertTrue(picture.contains(">Outcome: widespread-or-systemic-failings; 2 areas for priority action<"), picture);
    assertTrue(picture.contains(">1 with sufficient progress, 3 without<"), picture);
  }
}
