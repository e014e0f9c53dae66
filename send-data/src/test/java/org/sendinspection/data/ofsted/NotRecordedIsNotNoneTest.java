package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sendinspection.rules.conclusion.DateRole;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Certainty;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.journey.JourneyState;

/**
 * The cases where the rules used to state what the record does not show, each with the corrected
 * conclusion and the words of its reason: areas imported from Ofsted's statistics, and hand-built
 * records of the shapes real letters give.
 */
class NotRecordedIsNotNoneTest {
  private static Map<String, AreaRecord> imported;

  @BeforeEach
  void read() {
    if (imported == null) {
      imported = OfstedStatistics.read(OfficialFile.require()).records().stream()
          .collect(Collectors.toMap(r -> r.getArea().getCode(), Function.identity()));
    }
  }

  @Test
  void the_statistics_have_no_submissions_so_no_area_is_told_its_statement_is_overdue() {
    Derivation hartlepool = Derivation.of(imported.get("E06000005"), LocalDate.of(2025, 6, 30));
    assertTrue(hartlepool.conclusions(ConclusionKind.WSOA_OVERDUE).isEmpty(), hartlepool.report());
    Conclusion unknown = notDeterminable(hartlepool, "2016.wsoa-due");
    assertTrue(unknown.getReason().contains("The record lists no submission and does not record whether the"
        + " statement was submitted (as Ofsted's official statistics, which have no column for it, do not)"),
        unknown.getReason());
    // Every imported area that required a statement gets the same kind of answer, revisited or not.
    for (AreaRecord area : imported.values()) {
      Derivation derivation = Derivation.of(area, LocalDate.of(2025, 6, 30));
      assertTrue(derivation.conclusions(ConclusionKind.WSOA_OVERDUE).isEmpty(), area.getArea().getCode());
      assertTrue(derivation.conclusions(ConclusionKind.WSOA_SUBMITTED_IN_TIME).isEmpty(), area.getArea().getCode());
    }
  }

  @Test
  void the_future_never_leaks_into_the_past_and_one_question_gets_one_answer() {
    AreaRecord hartlepool = imported.get("E06000001");
    Derivation then = Derivation.of(hartlepool, LocalDate.of(2017, 6, 30));
    Conclusion unknown = notDeterminable(then, "2016.wsoa-due");
    assertFalse(unknown.getReason().contains("revisit"), unknown.getReason());
    assertFalse(unknown.getReason().contains("When the written statement of action is due"), unknown.getReason());
    assertTrue(unknown.getReason().startsWith("The written statement of action was due by 28 April 2017."),
        unknown.getReason());
    assertEquals(Optional.of(LocalDate.of(2017, 4, 28)), only(then, ConclusionKind.WSOA_DUE).date(DateRole.DUE_BY));
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) hartlepool.getInspections().get(0);
    AreaRecord withoutRevisit = AreaRecord.builder().from(hartlepool).inspections(List.of(
        LocalAreaSendInspection.builder().from(inspection).revisit(Optional.empty()).build())).build();
    assertEquals(then.conclusions(), Derivation.of(withoutRevisit, LocalDate.of(2017, 6, 30)).conclusions());
  }

  @Test
  void a_submission_known_only_by_its_evaluation_was_made_by_that_day_and_is_never_overdue_before_it() {
    AreaRecord record = statementKnownByEvaluation(LocalDate.of(2019, 9, 12));
    Derivation before = Derivation.of(record, LocalDate.of(2019, 8, 1));
    assertTrue(before.conclusions(ConclusionKind.WSOA_OVERDUE).isEmpty(), before.report());
    Conclusion unknown = notDeterminable(before, "2016.wsoa-due");
    assertFalse(unknown.getReason().contains("No submission of the written statement of action is recorded"),
        unknown.getReason());
    assertEquals(JourneyState.AWAITING_WSOA, before.journeys().get(0).current());
    assertEquals("written statement of action required; no submission recorded",
        before.journeys().get(0).current().description());
    Derivation after = Derivation.of(record, LocalDate.of(2019, 10, 1));
    Conclusion whether = notDeterminable(after, "2016.wsoa-due");
    assertTrue(whether.getReason().startsWith("No source says when the statement was first submitted; it was"
        + " evaluated on 12 September 2019, so it had been submitted by 12 September 2019 at the latest"),
        whether.getReason());
  }

  @Test
  void an_evaluation_within_the_time_allowed_bounds_the_submission_within_it() {
    Derivation derivation = Derivation.of(statementKnownByEvaluation(LocalDate.of(2019, 3, 1)),
        LocalDate.of(2019, 10, 1));
    Conclusion inTime = only(derivation, ConclusionKind.WSOA_SUBMITTED_IN_TIME);
    assertEquals(Certainty.BOUNDED, inTime.getCertainty());
    assertEquals(Optional.of(LocalDate.of(2019, 3, 1)), inTime.date(DateRole.SUBMITTED_BY));
    assertTrue(inTime.getReason().contains("so it had been submitted by 1 March 2019 at the latest, within the time"
        + " allowed"), inTime.getReason());
  }

  @Test
  void revisits_are_never_overdue_while_revisits_were_suspended() {
    AreaRecord record = statementKnownByEvaluation(LocalDate.of(2019, 9, 12));
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
    // Even a record that shows no revisit took place until mid-2021.
    AreaRecord known = AreaRecord.builder().from(record).inspections(List.of(LocalAreaSendInspection.builder()
        .from(inspection).revisitCoverage(Coverage.recordedUntil(DatedFact.of(LocalDate.of(2021, 6, 30)))).build()))
        .build();
    Derivation suspended = Derivation.of(known, LocalDate.of(2021, 3, 15));
    assertTrue(suspended.conclusions(ConclusionKind.REVISIT_OVERDUE).isEmpty(), suspended.report());
    assertEquals(JourneyState.AWAITING_REVISIT, suspended.journeys().get(0).current());
    Conclusion unknown = notDeterminable(suspended, "2016.revisit-due");
    assertTrue(unknown.getReason().contains("revisits were suspended for COVID-19 from 17 March 2020"),
        unknown.getReason());
  }

  @Test
  void an_unknown_number_of_weaknesses_is_not_none() {
    LocalAreaSendInspection reportNotKnown = LocalAreaSendInspection.builder().id("inspection-2019")
        .onSiteStart(DatedFact.of(LocalDate.of(2019, 3, 4)))
        .publishedOn(DatedFact.of(LocalDate.of(2019, 5, 2)))
        .weaknessesKnown(WeaknessesKnown.NOT_RECORDED)
        .build();
    Derivation derivation = Derivation.of(area(reportNotKnown), LocalDate.of(2019, 6, 1));
    assertTrue(derivation.conclusions(ConclusionKind.WSOA_NOT_REQUIRED).isEmpty(), derivation.report());
    Conclusion unknown = notDeterminable(derivation, "2016.wsoa-required");
    assertTrue(unknown.getReason().startsWith("The record does not give the inspection's significant weaknesses or"
        + " their number"), unknown.getReason());
    assertEquals(List.of("inspections[0].weaknessesKnown"), unknown.getMissingFacts());
  }

  @Test
  void after_a_2023_inspection_the_2016_obligations_are_superseded() {
    Derivation suffolk = Derivation.of(ExampleRecords.suffolk(), LocalDate.of(2025, 6, 30));
    for (ConclusionKind ended : List.of(ConclusionKind.QUARTERLY_VISITS_IN_FORCE, ConclusionKind.WSOA_OVERDUE,
        ConclusionKind.QUARTERLY_VISITS_CONTINUE)) {
      assertTrue(suffolk.conclusions(ended).isEmpty(), ended.name());
    }
    assertTrue(only(suffolk, ConclusionKind.OBLIGATIONS_SUPERSEDED).getReason()
        .startsWith("The area's next full inspection began on 13 November 2023"));
  }

  @Test
  void within_approximately_18_months_is_an_upper_bound_not_a_target_date() {
    AreaSendInspection failings = AreaSendInspection.builder().id("area-send-2023")
        .onSiteStart(DatedFact.of(LocalDate.of(2023, 6, 5)))
        .publishedOn(DatedFact.of(LocalDate.of(2023, 8, 1)))
        .outcome(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS)
        .priorityActionPlanRequired(true)
        .strategicPlanUpdateRequested(false)
        .addMonitoringInspections(MonitoringInspection.builder()
            .onSiteStart(DatedFact.of(LocalDate.of(2024, 8, 5))).build())
        .build();
    Derivation derivation = Derivation.of(area(failings), LocalDate.of(2024, 9, 1));
    Conclusion window = only(derivation, ConclusionKind.MONITORING_INSPECTION_WINDOW);
    assertTrue(window.getReason().contains("The monitoring inspection began on 5 August 2024, within the time the"
        + " report gives."), window.getReason());
    assertFalse(window.getReason().contains("before the window opened"), window.getReason());
  }

  /** A 2016 inspection with a statement declared fit for purpose on a day, and no source dating its submission. */
  private static AreaRecord statementKnownByEvaluation(LocalDate evaluated) {
    return area(LocalAreaSendInspection.builder().id("inspection-2018")
        .onSiteStart(DatedFact.of(LocalDate.of(2018, 10, 1)))
        .publishedOn(DatedFact.of(LocalDate.of(2018, 12, 12)))
        .significantWeaknessCount(4)
        .writtenStatement(WrittenStatementOfAction.builder().addSubmissions(Submission.builder()
            .evaluation(Evaluation.builder().evaluatedOn(DatedFact.of(evaluated))
                .verdict(EvaluationVerdict.FIT_FOR_PURPOSE).build())
            .build()).build())
        .build());
  }

  private static AreaRecord area(org.sendinspection.model.inspection.Inspection inspection) {
    return AreaRecord.builder().area(LocalArea.builder().code("E99000001").name("A hand-built area")
        .region(OfstedRegion.EAST_OF_ENGLAND).build()).addInspections(inspection).build();
  }

  private static Conclusion notDeterminable(Derivation derivation, String ruleId) {
    return derivation.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
        .filter(c -> c.getRuleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError("no not-determinable conclusion of " + ruleId + " in\n"
            + derivation.report()));
  }

  private static Conclusion only(Derivation derivation, ConclusionKind kind) {
    List<Conclusion> found = derivation.conclusions(kind);
    assertEquals(1, found.size(), kind + " in\n" + derivation.report());
    return found.get(0);
  }
}
