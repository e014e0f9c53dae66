package org.sendinspection.model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.testkit.SharedData;

/**
 * The example records agree with Ofsted's official statistics (published 17 November 2022) wherever
 * the statistics say something: each date the statistics give is one of the record's claims. Reads the
 * spreadsheet from the shared data folder named by the system property {@code send.shared.dir}, and
 * is skipped, saying so, where it is absent.
 */
class OfficialStatisticsAgreementTest {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static Stream<Arguments> records() {
    return Stream.of(Arguments.of("Essex", ExampleRecords.essex()),
        Arguments.of("Southend-on-Sea", ExampleRecords.southendOnSea()));
  }

  private static OfficialStatisticsRow rowOf(AreaRecord record) {
    Path spreadsheet = SharedData.require(SharedData.STATISTICS_2022, "Ofsted's area SEND official statistics");
    return OfficialStatisticsRow.find(spreadsheet, record.getArea().getCode()).orElseThrow(() ->
        new AssertionError("the official statistics have no row for " + record.getArea().getCode()));
  }

  private static void assertClaimed(String day, DatedFact fact, String what) {
    LocalDate date = LocalDate.parse(day, DAY);
    assertTrue(fact.getClaims().stream().anyMatch(c -> c.getDate().equals(date)),
        what + ": the statistics give " + date + "; the record claims " + fact.describe());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void inspectionDates_areAmongTheRecordsClaims(String name, AreaRecord record) {
    OfficialStatisticsRow row = rowOf(record);
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
    assertClaimed(row.inspectionStart(), inspection.getOnSiteStart(), "inspection start");
    assertClaimed(row.inspectionPublished(), inspection.getPublishedOn().orElseThrow(), "inspection publication");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void statementAndWeaknesses_agree(String name, AreaRecord record) {
    OfficialStatisticsRow row = rowOf(record);
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
    assertEquals("Yes", row.statementRequired());
    assertTrue(inspection.getWrittenStatement().isPresent());
    assertEquals(Integer.parseInt(row.weaknesses()), inspection.significantWeaknessTotal().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void revisitDatesAndOutcome_agree(String name, AreaRecord record) {
    OfficialStatisticsRow row = rowOf(record);
    Revisit revisit = ((LocalAreaSendInspection) record.getInspections().get(0)).getRevisit().orElseThrow();
    assertClaimed(row.revisitStart(), revisit.getOnSiteStart(), "revisit start");
    assertClaimed(row.revisitPublished(), revisit.getPublishedOn().orElseThrow(), "revisit publication");
    assertEquals(row.revisitOutcome(), revisit.summary().statisticsLabel());
    assertEquals(Integer.parseInt(row.sufficient()), revisit.sufficientCount());
    assertEquals(Integer.parseInt(row.notSufficient()), revisit.notSufficientCount());
  }
}
