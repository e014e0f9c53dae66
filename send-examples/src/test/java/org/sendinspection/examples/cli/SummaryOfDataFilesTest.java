package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.testkit.SharedData;

/**
 * {@code send summary} straight on Ofsted's data files, with the figures the files give: those of the
 * 2016 statistics agree with the published counts (and with {@code send-data}'s test, which recomputes
 * them from the raw cells).
 */
class SummaryOfDataFilesTest {
  @TempDir
  Path dir;

  /** Asserts a text line {@code "  LABEL   VALUE"}, whatever the padding. */
  private static void assertFigure(String out, String label, String value) {
    assertTrue(out.matches("(?s).*\\R {2,4}" + java.util.regex.Pattern.quote(label) + " +" + value + "\\R.*"),
        label + " " + value + " in:\n" + out);
  }

  @Test
  void statistics_national() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Cli.Run run = Cli.run("summary", ods.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("", run.err());
    String out = run.out();
    assertTrue(out.startsWith("SEND local area inspections: England, all dates\n"), out);
    assertTrue(out.contains("Of the 149 local areas whose inspection report was published, 82 have required a "
        + "written statement of action (55.0%)."), out);
    assertFigure(out, "areas inspected (on site)", "149");
    assertFigure(out, "written statement of action required", "82");
    assertFigure(out, "significant weaknesses found", "436");
    assertFigure(out, "revisits carried out", "46");
    assertFigure(out, "all-sufficient (Yes)", "20");
    assertFigure(out, "some-sufficient (Some)", "24");
    assertFigure(out, "none-sufficient (No)", "2");
    assertFigure(out, "weaknesses with sufficient progress", "178");
    assertFigure(out, "weaknesses without sufficient progress", "77");
  }

  @Test
  void statistics_eastOfEngland_asOfTheEndOf2019() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Cli.Run run = Cli.run("summary", ods.toString(), "--region", "East of England", "--as-of", "2019-12-31",
        "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    String out = run.out();
    for (String row : new String[] {"areas-inspected,,10", "inspections-published,,9", "statements-required,,7",
        "weaknesses,,29", "revisits-carried-out,,1", "revisits-published,,1", "revisit-outcomes,some-sufficient,1",
        "revisit-outcomes,all-sufficient,0", "revisit-outcomes,none-sufficient,0", "weaknesses-sufficient,,1",
        "weaknesses-not-sufficient,,3", "region,,east-of-england", "as-of,,2019-12-31"}) {
      assertTrue(out.contains("\n" + row + "\n"), row + " in:\n" + out);
    }
  }

  @Test
  void statistics_importedRecords_giveTheSameFiguresAsTheSpreadsheet() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path records = dir.resolve("records");
    assertEquals(ExitCodes.OK, Cli.run("import-ofsted", ods.toString(), "--out", records.toString()).exitCode());
    String[] scope = {"--region", "east-of-england", "--as-of", "2019-12-31", "--format", "json"};
    Cli.Run fromFile = Cli.run(concat(ods.toString(), scope));
    Cli.Run fromRecords = Cli.run(concat(records.toString(), scope));
    assertEquals(ExitCodes.OK, fromRecords.exitCode(), fromRecords.err());
    assertEquals(fromFile.out(), fromRecords.out());
    Schemas.assertValid("/org/sendinspection/examples/summary/summary.schema.json", fromFile.out());
  }

  @Test
  void managementInformation_alone_byOutcome_namesResolvedThroughTheDirectory() {
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "see the README's data section");
    Cli.Run run = Cli.run("summary", mi.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("", run.err(), "notes on names found without codes are for imports, not the summary");
    String out = run.out();
    assertTrue(out.contains("2023 framework (area SEND inspections)\n"), out);
    assertTrue(!out.contains("2016 framework"), "the management information holds no 2016 inspection:\n" + out);
    assertFigure(out, "reports published", "16");
    assertFigure(out, "outcome 1, typically-positive", "5");
    assertFigure(out, "outcome 2, inconsistent", "6");
    assertFigure(out, "outcome 3, widespread-or-systemic-failings", "5");
    assertFigure(out, "priority action plans required", "5");
    assertFigure(out, "areas for priority action", "16");
  }

  @Test
  void theSameFileTwice_countsEachAreaOnce() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Cli.Run once = Cli.run("summary", ods.toString(), "--format", "csv");
    Cli.Run twice = Cli.run("summary", ods.toString(), ods.toString(), "--format", "csv");
    assertEquals(ExitCodes.OK, twice.exitCode(), twice.err());
    assertEquals(once.out(), twice.out());
    assertTrue(twice.err().contains("send summary: 149 records are of areas already read from another input; each"
        + " area is counted once, its records merged"), twice.err());
  }

  @Test
  void oneRecordFileTwice_countsTheAreaOnce() throws java.io.IOException {
    Path essex = java.nio.file.Files.writeString(dir.resolve("essex.json"),
        org.sendinspection.model.examples.ExampleRecords.json(org.sendinspection.model.examples.ExampleRecords.ESSEX_RESOURCE));
    Cli.Run once = Cli.run("summary", essex.toString(), "--format", "csv");
    Cli.Run twice = Cli.run("summary", essex.toString(), essex.toString(), "--format", "csv");
    assertEquals(ExitCodes.OK, twice.exitCode(), twice.err());
    assertEquals(once.out(), twice.out());
    assertTrue(twice.out().contains("\nareas,,1\n"), twice.out());
    assertTrue(twice.err().contains("1 record is of an area already read from another input"), twice.err());
  }

  @Test
  void aDirectoryImportedFromAFile_andTheFile_countEachAreaOnce() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path records = dir.resolve("records");
    assertEquals(ExitCodes.OK, Cli.run("import-ofsted", ods.toString(), "--out", records.toString()).exitCode());
    Cli.Run both = Cli.run("summary", records.toString(), ods.toString());
    assertEquals(ExitCodes.OK, both.exitCode(), both.err());
    assertFigure(both.out(), "areas in the records", "149");
    assertTrue(both.out().contains("Of the 149 local areas whose inspection report was published"), both.out());
  }

  @Test
  void scrapedOverview_byOutcome_reportsTheDirtyRows_andSaysTheAreasForPriorityActionAreNotRecorded() {
    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "see the README's data section");
    Cli.Run run = Cli.run("summary", xlsx.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), "problem rows make the exit code 1");
    String out = run.out();
    // 72 rows: every row with an outcome is counted, Medway's (region 'nan'), Cumberland's and Westmorland
    // and Furness's (Cumbria's old code) and the three without a first day on site included; Slough's row
    // states no outcome.
    assertFigure(out, "areas in the records", "71");
    assertFigure(out, "outcome 1, typically-positive", "15");
    assertFigure(out, "outcome 2, inconsistent", "36");
    assertFigure(out, "outcome 3, widespread-or-systemic-failings", "20");
    assertFigure(out, "priority action plans required", "20");
    assertFigure(out, "areas for priority action", "not recorded");
    assertEquals(5, run.err().lines().filter(l -> l.contains(": row ")).map(l -> l.replaceFirst("^.*?: row (\\d+),.*$",
        "$1")).distinct().count(), run.err());
    assertTrue(run.err().contains(xlsx + ": 5 of 72 rows have problems; 71 records read"), run.err());
    Cli.Run json = Cli.run("summary", xlsx.toString(), "--format", "json");
    assertTrue(json.out().contains("\"areasForPriorityActionNotRecorded\" : 20"), json.out());
    Schemas.assertValid("/org/sendinspection/examples/summary/summary.schema.json", json.out());
  }

  @Test
  void scrapedOverview_asOfMid2026_givesTheNextInspectionsDueAsTheRulesDeriveThem() {
    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "see the README's data section");
    Cli.Run run = Cli.run("summary", xlsx.toString(), "--as-of", "2026-06-30");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), "problem rows make the exit code 1");
    String out = run.out();
    assertTrue(out.contains("\nnext inspections due (latest inspection of each area), as of 2026-06-30:\n"), out);
    // 71 published reports: each area's next full inspection, about 5 years after outcome 1 and 3 after 2 and 3
    // (Medway's 2024 inspection is due in 2027; Cumberland's and Westmorland and Furness's 2025 ones in 2028).
    assertFigure(out, "next full inspection, usually in 2026", "13");
    assertFigure(out, "next full inspection, usually in 2027", "23");
    assertFigure(out, "next full inspection, usually in 2028", "27");
    assertFigure(out, "next full inspection, usually in 2029", "6");
    assertFigure(out, "next full inspection, usually in 2030", "2");
    assertFigure(out, "next full inspections overdue", "0");
    assertFigure(out, "next full inspection windows open", "10");
    // The overview records no monitoring inspection and does not say whether any took place: where a
    // window has closed, whether the monitoring inspection is overdue is not determinable, never "overdue".
    // The 20 outcome-3 areas' monitoring inspections; the overview records none carried out.
    assertFigure(out, "monitoring inspection, usually in 2024", "1");
    assertFigure(out, "monitoring inspection, usually in 2025", "9");
    assertFigure(out, "monitoring inspection, usually in 2026", "9");
    assertFigure(out, "monitoring inspection, usually in 2027", "1");
    assertFigure(out, "monitoring inspections overdue", "0");
    assertTrue(out.matches("(?s).*monitoring inspections overdue +0\\R +overdue not determinable \\(none recorded\\) +12\\R.*"),
        out);
    assertFigure(out, "monitoring inspection windows open", "2");

    Cli.Run east = Cli.run("summary", xlsx.toString(), "--as-of", "2026-06-30", "--region", "East of England",
        "--format", "csv");
    for (String row : new String[] {"due-derived-on,,2026-06-30", "due-derived-on-latest-fact,,false",
        "due-inspections-counted,,5", "next-full-due-by-year,2026,2", "next-full-due-by-year,2027,1",
        "next-full-due-by-year,2028,1", "next-full-due-by-year,2030,1", "next-full-overdue,,0", "next-full-windows-open,,1",
        "monitoring-due-by-year,2025,2", "monitoring-overdue,,0", "monitoring-overdue-not-determinable,,2",
        "monitoring-windows-open,,0"}) {
      assertTrue(east.out().contains("\n" + row + "\n"), row + " in:\n" + east.out());
    }

    Cli.Run json = Cli.run("summary", xlsx.toString(), "--format", "json");
    Schemas.assertValid("/org/sendinspection/examples/summary/summary.schema.json", json.out());
    assertTrue(json.out().contains("\"derivedOnLatestFact\" : true"), json.out());
  }

  @Test
  void statisticsAndManagementInformation_together_giveBothFrameworks() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "see the README's data section");
    Cli.Run run = Cli.run("summary", ods.toString(), mi.toString(), "--region", "South West", "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().matches("(?s).*\\nareas-inspected,,[1-9]\\d*\\n.*"), run.out());
    assertTrue(run.out().matches("(?s).*\\narea-send-reports-published,,[1-9]\\d*\\n.*"), run.out());
  }

  private static String[] concat(String path, String[] scope) {
    String[] args = new String[scope.length + 2];
    args[0] = "summary";
    args[1] = path;
    System.arraycopy(scope, 0, args, 2, scope.length);
    return args;
  }
}
