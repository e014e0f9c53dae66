package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * A 2023 inspection read from a source that gives only its outcome (the scraped overview of reports)
 * does not record the areas for improvement: no conclusion claims a number of them, least of all 0.
 */
class AreasForImprovementNotRecordedTest {

  /** Southend-on-Sea with its 2023 inspection as an overview row gives it: dates, outcome, no findings. */
  private static AreaRecord southendAsOverviewRow(boolean notRecorded) {
    AreaRecord southend = ExampleRecords.southendOnSea();
    String source = southend.getSources().get(0).getId();
    List<Inspection> inspections = new ArrayList<>();
    for (Inspection inspection : southend.getInspections()) {
      inspections.add(inspection.asAreaSend2023().<Inspection>map(report -> AreaSendInspection.builder()
          .id(report.getId())
          .onSiteStart(DatedFact.of(LocalDate.of(2023, 3, 6), Citation.of(source)))
          .onSiteEnd(DatedFact.of(LocalDate.of(2023, 3, 10), Citation.of(source)))
          .publishedOn(DatedFact.of(LocalDate.of(2023, 6, 9), Citation.of(source)))
          .outcome(AreaSendOutcome.INCONSISTENT)
          .priorityActionPlanRequired(false)
          .strategicPlanUpdateRequested(true)
          .areasForImprovementNotRecorded(notRecorded)
          .citation(Citation.of(source, "inconsistent experiences and outcomes"))
          .build()).orElse(inspection));
    }
    return AreaRecord.builder().from(southend).inspections(inspections).build();
  }

  private static Conclusion only(Derivation derivation, ConclusionKind kind) {
    List<Conclusion> found = derivation.conclusions(kind);
    assertEquals(1, found.size(), kind + " in\n" + derivation.report());
    return found.get(0);
  }

  @Test
  void an_overview_row_claims_no_count_of_areas_for_improvement() {
    Derivation then = Derivation.of(southendAsOverviewRow(true), LocalDate.of(2024, 6, 1));
    String outcome = only(then, ConclusionKind.AREA_SEND_OUTCOME).getReason();
    assertTrue(outcome.contains("The areas for improvement are not recorded."), outcome);
    String plan = only(then, ConclusionKind.STRATEGIC_PLAN_UPDATE_REQUESTED).getReason();
    assertTrue(plan.contains("(its areas for improvement are not recorded)"), plan);
    assertFalse(then.report().contains("0 areas for improvement"), then.report());
    assertFalse(then.report().contains("lists"), then.report());
  }

  @Test
  void a_record_that_holds_the_areas_for_improvement_and_lists_none_says_0() {
    Derivation then = Derivation.of(southendAsOverviewRow(false), LocalDate.of(2024, 6, 1));
    String outcome = only(then, ConclusionKind.AREA_SEND_OUTCOME).getReason();
    assertTrue(outcome.contains("The report lists 0 areas for improvement."), outcome);
  }

  @Test
  void the_report_s_own_record_still_lists_its_six() {
    Derivation then = Derivation.of(ExampleRecords.southendOnSea(), LocalDate.of(2024, 6, 1));
    String outcome = only(then, ConclusionKind.AREA_SEND_OUTCOME).getReason();
    assertTrue(outcome.contains("The report lists 6 areas for improvement."), outcome);
    String plan = only(then, ConclusionKind.STRATEGIC_PLAN_UPDATE_REQUESTED).getReason();
    assertTrue(plan.contains("(6 areas for improvement)"), plan);
  }
}
