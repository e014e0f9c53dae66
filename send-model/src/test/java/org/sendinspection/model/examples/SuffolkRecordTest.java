package org.sendinspection.model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.RevisitSummary;

/** Suffolk's record: its 2016-framework journey from the official statistics and its 2023 report. */
class SuffolkRecordTest {

  private static AreaRecord suffolk() {
    return ExampleRecords.suffolk();
  }

  @Test
  void the_2016_journey_is_known_only_as_counts() {
    LocalAreaSendInspection first = (LocalAreaSendInspection) suffolk().getInspections().get(0);
    assertFalse(first.hasWeaknessesInDetail());
    assertEquals(4, first.significantWeaknessTotal().orElseThrow());
    assertEquals(LocalDate.of(2016, 12, 12), first.getOnSiteStart().earliest());
    assertEquals(RevisitSummary.SOME, first.getRevisit().get().summary());
    assertEquals(1, first.getRevisit().get().sufficientCount());
    assertEquals(3, first.getRevisit().get().notSufficientCount());
  }

  @Test
  void the_2023_report_gives_outcome_3_with_two_areas_for_priority_action() {
    AreaSendInspection report = (AreaSendInspection) suffolk().getInspections().get(1);
    assertEquals(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, report.getOutcome());
    assertTrue(report.isPriorityActionPlanRequired());
    assertEquals(2, report.getAreasForPriorityAction().size());
    assertEquals(3, report.getAreasForImprovement().size());
    assertEquals(LocalDate.of(2024, 1, 30), report.getPublishedOn().get().earliest());
    // The report's "previous inspection" is the 2019 revisit, not the 2016 inspection the record holds.
    assertEquals(LocalDate.of(2019, 1, 21), report.getPreviousInspectionAsStated().get().getOnSiteStart().orElseThrow().earliest());
  }

  @Test
  void the_partners_are_three_groups_before_july_2022_and_two_boards_after() {
    AreaRecord record = suffolk();
    assertEquals(4, record.getArea().partnersOn(LocalDate.of(2019, 1, 21)).size());
    List<String> in2023 = record.getArea().partnersOn(LocalDate.of(2023, 11, 13)).stream()
        .map(Partner::getName).collect(Collectors.toList());
    assertEquals(List.of("Suffolk County Council", "NHS Suffolk and North East Essex Integrated Care Board",
        "NHS Norfolk and Waveney Integrated Care Board"), in2023);
  }

  @Test
  void the_record_round_trips_through_json() {
    AreaRecord record = suffolk();
    assertEquals(record, AreaRecordCodec.strict().read(AreaRecordCodec.strict().write(record)));
  }
}
