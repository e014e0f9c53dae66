package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2023.SuffolkVariants.MONITORING_CLOSES;
import static org.sendinspection.rules.rules2023.SuffolkVariants.MONITORING_OPENS;
import static org.sendinspection.rules.rules2023.SuffolkVariants.PUBLISHED;
import static org.sendinspection.rules.rules2023.SuffolkVariants.SUFFOLK;
import static org.sendinspection.rules.rules2023.SuffolkVariants.one;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.RuleIds;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Certainty;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRange;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * What the 2023 rules' conclusions carry whatever the rule: their windows, every disagreement between
 * sources on a fact they rest on named once, the journey's state, and how the report renders them.
 */
class AreaSendConclusionsTest {
  private static final String DISPUTE = "The sources disagree on the publication of the area SEND inspection: 30 January"
      + " 2024 (d2i-report-archive) or 2 February 2024 (suffolk-area-send-2024); the rules take the earliest (30"
      + " January 2024), as the settings' disputed-date policy directs.";

  /** Suffolk known only by its publication, which two sources date differently. */
  private static Derivation publicationDisputed() {
    DatedFact published = DatedFact.builder()
        .addClaims(DateClaim.of(PUBLISHED, Citation.of("d2i-report-archive")))
        .addClaims(DateClaim.of(LocalDate.of(2024, 2, 2), Citation.of("suffolk-area-send-2024"))).build();
    AreaRecord record = with(b -> b.onSiteStart(Optional.empty()).onSiteEnd(Optional.empty()).publishedOn(published));
    return Derivation.of(record, LocalDate.of(2024, 6, 1),
        RuleSettings.defaults().withDisputedDatePolicy(DisputedDatePolicy.EARLIEST));
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void a_window_conclusion_gives_its_window_and_others_give_none() {
    Derivation then = Derivation.of(SUFFOLK, LocalDate.of(2025, 6, 1));
    assertEquals(Optional.of(new DateRange(MONITORING_OPENS, MONITORING_CLOSES)),
        one(then, RuleIds.MONITORING_INSPECTION, ConclusionKind.MONITORING_INSPECTION_WINDOW).window());
    assertEquals(Optional.empty(), one(then, RuleIds.OUTCOME, ConclusionKind.AREA_SEND_OUTCOME).window());
  }

  @Test
  void a_disputed_date_a_conclusion_rests_on_is_named_in_its_reason_once() {
    Derivation then = publicationDisputed();
    // The rule's own words for the missing first day do not name the dispute: the derivation adds it.
    Conclusion missingDay = one(then, RuleIds.FRAMEWORK_HANDOVER, ConclusionKind.NOT_DETERMINABLE);
    assertEquals(Optional.of(DISPUTE), missingDay.getBasis().get(0).getDispute());
    assertTrue(missingDay.getReason().endsWith(" at the latest. " + DISPUTE), missingDay.getReason());
    // Where the rule's words already name it, it is not named again.
    Conclusion closed = one(then, RuleIds.FRAMEWORK_HANDOVER, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertEquals(Certainty.BOUNDED, closed.getCertainty());
    assertEquals(1, occurrences(closed.getReason(), DISPUTE), closed.getReason());
    for (Conclusion conclusion : then.conclusions()) {
      for (FactReference fact : conclusion.getBasis()) {
        fact.getDispute().ifPresent(d -> assertEquals(1, occurrences(conclusion.getReason(), d), conclusion.toString()));
      }
    }
  }

  @Test
  void a_conclusion_resting_on_no_disputed_fact_keeps_the_rule_s_words() {
    Conclusion outcome = one(Derivation.of(SUFFOLK, LocalDate.of(2024, 6, 1)), RuleIds.OUTCOME,
        ConclusionKind.AREA_SEND_OUTCOME);
    assertFalse(outcome.getReason().contains("disagree"), outcome.getReason());
    assertTrue(outcome.getReason().startsWith("Outcome 3 of 3: \"" + AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS
        .wording() + "\" The report lists 3 areas for improvement. DfE and NHS England support and challenge the"
        + " partnership after inspection, more intensively the higher the outcome's number."), outcome.getReason());
  }

  @Test
  void the_report_marks_a_bounded_conclusion_and_names_what_is_not_recorded() {
    String report = publicationDisputed().report();
    assertTrue(report.contains("  PREVIOUS_FRAMEWORK_JOURNEY_CLOSED [2023.framework-handover]  closed by 2024-01-30"
        + "  (bounded)\n"), report);
    assertTrue(report.contains("    not recorded: inspections[1].onSiteStart\n"), report);
    assertTrue(report.contains("    rests on: inspections[1].publishedOn (the publication of the area SEND inspection,"
        + " 2024-01-30)\n"), report);
  }

  @Test
  void the_journey_state_rule_says_where_the_journey_stands_since_when_and_any_note_on_that_step() {
    Conclusion state = one(Derivation.of(SUFFOLK, LocalDate.of(2024, 6, 1)), RuleIds.JOURNEY_STATE_2023,
        ConclusionKind.JOURNEY_STATE);
    assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), state.date(DateRole.AS_OF));
    assertEquals(Optional.of(PUBLISHED), state.date(DateRole.SINCE));
    assertEquals(List.of("inspections[1].publishedOn"), state.getBasis().stream().map(FactReference::getPath).toList());
    assertEquals("On 1 June 2024 the area's journey is at \"outcome 3: priority action plan required, monitoring"
        + " inspection due\", since 30 January 2024, when the report gave outcome 3, widespread and/or systemic"
        + " failings. The report does not say when the partnership received it, so this takes its publication on 30"
        + " January 2024; a record's reportReceivedOn overrides it.", state.getReason());
    Conclusion noted = one(Derivation.of(SUFFOLK, LocalDate.of(2023, 12, 1)), RuleIds.JOURNEY_STATE_2023,
        ConclusionKind.JOURNEY_STATE);
    assertEquals("On 1 December 2023 the area's journey is at \"inspected under the 2023 framework, report awaited\","
        + " since 13 November 2023, when the area SEND inspection began.", noted.getReason());
  }

  @Test
  void strategic_plan_basis_numbers_each_area_for_improvement_from_1() {
    AreaSendInspection southend = (AreaSendInspection) org.sendinspection.model.examples.ExampleRecords.southendOnSea()
        .getInspections().get(1);
    Conclusion plan = one(Derivation.of(org.sendinspection.model.examples.ExampleRecords.southendOnSea(),
        LocalDate.of(2024, 6, 1)), RuleIds.STRATEGIC_PLAN, ConclusionKind.STRATEGIC_PLAN_UPDATE_REQUESTED);
    assertEquals(1 + southend.getAreasForImprovement().size(), plan.getBasis().size());
    assertEquals("inspections[1].areasForImprovement[0]", plan.getBasis().get(1).getPath());
    assertEquals("area for improvement 1: " + southend.getAreasForImprovement().get(0).getStatement(),
        plan.getBasis().get(1).getDescription());
    assertEquals("area for improvement 6: " + southend.getAreasForImprovement().get(5).getStatement(),
        plan.getBasis().get(6).getDescription());
    assertTrue(plan.getReason().startsWith("With outcome 2, Ofsted and CQC ask the local area partnership to update"
        + " and publish its strategic plan based on the report's recommendations (6 areas for improvement); no"
        + " priority action plan is required."), plan.getReason());
  }
}
