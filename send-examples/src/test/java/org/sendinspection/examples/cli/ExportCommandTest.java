package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.data.export.AreaStateTable;
import org.sendinspection.data.export.InspectionTable;
import org.sendinspection.testkit.SharedData;

/** {@code send export}: tidy CSV tables of the joined data sets. */
class ExportCommandTest {

  private static String[] three(String... options) {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "see the README's data section");
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "see the README's data section");
    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "see the README's data section");
    String[] args = new String[4 + options.length];
    args[0] = "export";
    args[1] = ods.toString();
    args[2] = mi.toString();
    args[3] = xlsx.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return args;
  }

  @Test
  void inspections_oneRowPerInspection_withEveryClaimOfADisputedDate() {
    Cli.Run run = Cli.run(three("--table", "inspections"));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode(), "the overview's problem rows");
    List<String> lines = run.out().lines().toList();
    assertEquals(String.join(",", InspectionTable.COLUMNS), lines.get(0));
    // 149 inspections of the statistics and 1 of its note on Northamptonshire; 71 of the overview, 16 of the
    // management information, all 16 of which the overview holds too: 149 + 1 + 71 = 221.
    assertEquals(221, lines.size() - 1);
    assertTrue(lines.contains("E09000011,Greenwich,London,area-send-2023,2023-area-send-inspection,2023-05-11,"
        + "2023-05-11;2023-05-15,2023-05-19,2023-07-11,2023-07-11,,,,,,,,1,false,0,"
        + "ofsted-area-send-mi-2023;d2i-send-overview"), run.out());
    assertTrue(lines.stream().allMatch(l -> !l.contains("e10000006-")), "a predecessor's inspection appears once");
    // The statistics' note gives Northamptonshire's inspection only a month and its publication only a limit:
    // neither is written as a day.
    assertTrue(lines.contains("E10000021,Northamptonshire,East Midlands,local-area-send-2016,2017-inspection,,"
        + "2017-05,,,on or before 2022-11-17,false,0,,,,,,,,,ofsted-area-send-statistics-2022-11-17"), run.out());
  }

  @Test
  void areas_oneRowPerArea_withItsStateOnTheDay() {
    Cli.Run run = Cli.run(three("--table", "areas", "--as-of", "2024-01-01"));
    List<String> lines = run.out().lines().toList();
    assertEquals(String.join(",", AreaStateTable.COLUMNS), lines.get(0));
    assertEquals(156, lines.size() - 1);
    assertTrue(lines.contains("2024-01-01,E06000033,Southend-on-Sea,East of England,true,,,2,area-send-2023,"
        + "2023-area-send-inspection,2023-03-06,2023-06-09,,2,strategic-plan-update,outcome 1 or 2: strategic plan"
        + " to be updated and published"), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2024-01-01,E10000006,Cumbria,North West,false,,"
        + "E06000063;E06000064,1,")), run.out());
  }

  @Test
  void areas_withoutAsOf_isAUsageError() {
    Cli.Run run = Cli.run(three("--table", "areas"));
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--table areas needs --as-of DATE"), run.err());
  }
}
