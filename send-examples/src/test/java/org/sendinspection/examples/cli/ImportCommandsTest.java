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

/** {@code send import-ofsted}, {@code import-mi} and {@code import-overview}, on the real files and on small broken ones. */
class ImportCommandsTest {
  /** A CSV export of the statistics' data sheet: four title lines, the header on row 5, data from row 6. */
  static final List<String> SMALL_EXPORT = List.of(
      "Synthetic area SEND inspection and revisit outcomes [note 1]",
      "This worksheet contains one table.",
      "Hyperlinks in column A open in a new window.",
      "Some cells in this table are empty because a revisit is not required or has not taken place yet.",
      "\"Web link to Ofsted local authority webpage\",\"Local authority code\",\"Area name\",\"Ofsted region\","
          + "\"Inspection start date\",\"Inspection publication date\","
          + "\"Inspection outcome: written statement of action required?\","
          + "\"Number significant weaknesses identified in written statement of action\",\"Revisit start date\","
          + "\"Revisit publication date\","
          + "\"Revisit outcome: sufficient progress in addressing all significant weaknesses?\","
          + "\"Number significant weaknesses where sufficient progress has been made\","
          + "\"Number significant weaknesses where sufficient progress has not been made\"",
      // Row 6: sound, no statement required.
      "\"Ofsted LA Webpage\",\"E99000001\",\"Synthetic one\",\"London\",\"2017-03-27\",\"2017-06-29\",\"No\",,,,,,",
      // Row 7: 2 with + 1 without sufficient progress, but the inspection found 4.
      "\"Ofsted LA Webpage\",\"E99000002\",\"Synthetic two\",\"East of England\",\"01/10/2018\",\"12/12/2018\","
          + "\"Yes\",\"4\",\"05/05/2021\",\"22/06/2021\",\"Some\",\"2\",\"1\"",
      // Row 8: sound, revisited.
      "\"Ofsted LA Webpage\",\"E99000003\",\"Synthetic three\",\"East of England\",\"01/10/2018\",\"12/12/2018\","
          + "\"Yes\",\"4\",\"05/05/2021\",\"22/06/2021\",\"Some\",\"3\",\"1\"");

  @TempDir
  Path dir;

  @Test
  void importOfsted_realSpreadsheet_writes149Records_andNamesTheAreasOnlyInTheNotes() throws IOException {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path out = dir.resolve("records");
    Cli.Run run = Cli.run("import-ofsted", ods.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(ods + ": row 23, column B: code E10000002 is Buckinghamshire's, which ended on 2020-03-31; on"
        + " 2022-03-07 the area is Buckinghamshire (E06000060); the record keeps the statistics' code E10000002"
        + " [note]\n", run.err(), "the one row whose code is of an area that had ended");
    assertTrue(run.out().contains(ods + ": note 2: Dorset has no row, only this note: Dorset were inspected in "
        + "January 2017"), run.out());
    assertTrue(run.out().contains(ods + ": note 3: Northamptonshire has no row"), run.out());
    assertTrue(run.out().endsWith("wrote 149 records to " + out + " (149 rows, 0 problems in 0 rows, 1 note)\n"),
        run.out());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(149, files.filter(f -> f.toString().endsWith(".json")).count());
    }
    AreaRecord essex = AreaRecordCodec.strict().read(out.resolve("E10000012.json"));
    assertEquals("Essex", essex.getArea().getName());
  }

  @Test
  void importOfsted_brokenCsv_reportsRowAndColumn_writesTheSoundRows_andExits1() throws IOException {
    Path csv = Files.write(dir.resolve("export.csv"), SMALL_EXPORT, StandardCharsets.UTF_8);
    Path out = dir.resolve("records");
    Cli.Run run = Cli.run("import-ofsted", csv.toString(), "--out", out.toString(), "--published", "2022-11-17");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
    String problems = run.err().lines().filter(l -> !l.endsWith("[note]")).collect(java.util.stream.Collectors.joining("\n"));
    assertTrue(problems.startsWith(csv + ": row 7, column L-M: 2 with sufficient progress + 1 without = 3, but "
        + "the inspection found 4"), run.err());
    assertTrue(problems.strip().endsWith("[revisit-counts-add-up]"), run.err());
    assertEquals(1, problems.lines().count(), run.err());
    assertEquals(3, run.err().lines().filter(l -> l.endsWith("is not the name of any local area in England since May"
        + " 2016; the row's code, name and region are kept [note]")).count(), "synthetic areas are noted");
    assertEquals("wrote 2 records to " + out + " (3 rows, 1 problem in 1 row, 3 notes)\n", run.out());
    assertTrue(Files.exists(out.resolve("E99000001.json")));
    assertFalse(Files.exists(out.resolve("E99000002.json")));
    AreaRecord three = AreaRecordCodec.strict().read(out.resolve("E99000003.json"));
    assertEquals("ofsted-area-send-statistics-2022-11-17", three.getSources().get(0).getId(),
        "--published names the dataset every fact cites");
  }

  @Test
  void importOfsted_missingFile_isExit2() {
    Cli.Run run = Cli.run("import-ofsted", dir.resolve("absent.ods").toString(), "--out", dir.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertEquals(dir.resolve("absent.ods") + ": no such file or directory [missing-file]\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void importOfsted_notTheStatistics_isExit2_sayingWhatWasExpected() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    Cli.Run run = Cli.run("import-ofsted", text.toString(), "--out", dir.resolve("out").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("expected an OpenDocument spreadsheet (.ods) or a CSV export"), run.err());
  }

  @Test
  void importOfsted_withoutOut_isAUsageError() {
    Cli.Run run = Cli.run("import-ofsted", "file.ods");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Missing required option: '--out=DIR|FILE.jsonl'"), run.err());
  }

  @Test
  void importMi_realFile_writes16Records_eachNamedThroughTheDirectory() throws IOException {
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "see the README's data section");
    Path out = dir.resolve("mi");
    Cli.Run run = Cli.run("import-mi", mi.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("wrote 16 records to " + out + " (16 rows, 0 problems in 0 rows, 16 notes)\n", run.out());
    assertTrue(run.err().contains(mi + ": row 3, column C: 'Cornwall' is given without a code; the directory names it"
        + " Cornwall (E06000052) on 2023-02-06 [note]"), run.err());
  }

  @Test
  void importMi_intoADirectoryHoldingTheAreasRecord_keepsItsPartnersAndHistory() throws IOException {
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "see the README's data section");
    Path out = dir.resolve("merged");
    java.nio.file.Files.createDirectories(out);
    org.sendinspection.model.record.AreaRecord southend = org.sendinspection.model.examples.ExampleRecords.southendOnSea();
    org.sendinspection.model.json.AreaRecordCodec.strict().write(southend, out.resolve("E06000033.json"));
    Cli.Run run = Cli.run("import-mi", mi.toString(), "--out", out.toString(), "--force");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("wrote 16 records to " + out + " (1 merged with the record already there)"),
        run.out());
    org.sendinspection.model.record.AreaRecord merged =
        org.sendinspection.model.json.AreaRecordCodec.strict().read(out.resolve("E06000033.json"));
    assertEquals(southend.getArea().getPartners(), merged.getArea().getPartners(), "partners kept");
    assertEquals(southend.getInspections().size(), merged.getInspections().size(),
        "the 2023 inspection is the one the record already held, now with the file's claims too");
    assertTrue(merged.source("ofsted-area-send-mi-2023").isPresent(), "the file's source added");
    assertTrue(southend.getSources().stream().allMatch(src -> merged.source(src.getId()).isPresent()),
        "the record's sources kept");
  }

  @Test
  void importOverview_realFile_reportsTheDirtyRows_andWritesTheRest() {
    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "see the README's data section");
    Path out = dir.resolve("overview");
    Cli.Run run = Cli.run("import-overview", xlsx.toString(), "--out", out.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), run.err());
    assertEquals("wrote 71 records to " + out + " (72 rows, 6 problems in 5 rows, 4 notes)\n", run.out());
    assertEquals(5, run.err().lines().filter(l -> !l.endsWith("[note]"))
        .map(l -> l.replaceFirst("^.*?: row (\\d+),.*$", "$1")).distinct().count(), run.err());
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("E06000063.json")), "Cumberland");
    assertTrue(java.nio.file.Files.isRegularFile(out.resolve("E06000064.json")), "Westmorland and Furness");
    assertTrue(run.err().contains(xlsx + ": row 56, column H: 'outcome_grade' should be 1, 2 or 3; found 'nan' "
        + "[outcome-grade]"), run.err());
  }
}
