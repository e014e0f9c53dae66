package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.sendinspection.rules.rules2023.SuffolkVariants.AREA_SEND;
import static org.sendinspection.rules.rules2023.SuffolkVariants.SUFFOLK;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.ImmutableRuleSettings;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.internal.ResolvedDate;

/**
 * {@link AreaSendFacts}: the day the framework's periods count from, by what the record holds of the
 * report, and the years to the next full inspection by outcome.
 */
class AreaSendFactsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static final String LACKING = "The report does not say when the partnership received it, so this takes ";
  private static final String OVERRIDE = "; a record's reportReceivedOn overrides it.";

  private static AreaSendFacts facts(AreaRecord record) {
    return facts(record, RuleSettings.defaults());
  }

  private static AreaSendFacts facts(AreaRecord record, RuleSettings settings) {
    return AreaSendFacts.of(RuleContext.of(record, record.getInspections().size() - 1, DAY, settings));
  }

  @Test
  void a_recorded_receipt_is_the_report_s_day_with_nothing_assumed() {
    ResolvedDate report = facts(with(b -> b.reportReceivedOn(DatedFact.of(LocalDate.of(2024, 1, 22))))).report();
    assertEquals(LocalDate.of(2024, 1, 22), report.getDate());
    assertEquals("inspections[1].reportReceivedOn", report.getPath());
    assertEquals("the partnership's receipt of its final report", report.getDescription());
    assertEquals(Optional.empty(), report.getAssumption());
  }

  @Test
  void without_a_receipt_the_publication_is_taken_and_the_assumption_says_so() {
    ResolvedDate report = facts(SUFFOLK).report();
    assertEquals(LocalDate.of(2024, 1, 30), report.getDate());
    assertEquals("inspections[1].publishedOn", report.getPath());
    assertEquals("the area SEND report's publication", report.getDescription());
    assertEquals(Optional.of(LACKING + "its publication on 30 January 2024" + OVERRIDE), report.getAssumption());
  }

  @Test
  void without_a_publication_the_last_day_on_site_is_taken_and_the_assumption_says_so() {
    ResolvedDate report = facts(with(b -> b.publishedOn(Optional.empty()))).report();
    assertEquals(LocalDate.of(2023, 11, 17), report.getDate());
    assertEquals("inspections[1].onSiteEnd", report.getPath());
    assertEquals(Optional.of(LACKING + "the last day of the area SEND inspection, the record giving no publication"
        + " date" + OVERRIDE), report.getAssumption());
  }

  @Test
  void with_only_a_first_day_on_site_that_day_is_taken_and_the_assumption_says_so() {
    ResolvedDate report = facts(with(b -> b.publishedOn(Optional.empty()).onSiteEnd(Optional.empty()))).report();
    assertEquals(LocalDate.of(2023, 11, 13), report.getDate());
    assertEquals("inspections[1].onSiteStart", report.getPath());
    assertEquals(Optional.of(LACKING + "the first day of the area SEND inspection, the record giving no publication"
        + " date" + OVERRIDE), report.getAssumption());
  }

  @Test
  void the_years_to_the_next_full_inspection_are_each_outcome_s_own_setting() {
    RuleSettings settings = ImmutableRuleSettings.copyOf(RuleSettings.defaults()).withFullInspectionYearsAfterOutcome1(6)
        .withFullInspectionYearsAfterOutcome2(4).withFullInspectionYearsAfterOutcome3(2);
    assertEquals(2, facts(SUFFOLK, settings).fullInspectionYears());
    for (AreaSendOutcome outcome : List.of(AreaSendOutcome.POSITIVE, AreaSendOutcome.INCONSISTENT)) {
      AreaRecord record = with(b -> b.outcome(outcome).priorityActionPlanRequired(false)
          .strategicPlanUpdateRequested(true).areasForPriorityAction(List.of()));
      AreaSendFacts facts = facts(record, settings);
      assertEquals(outcome == AreaSendOutcome.POSITIVE ? 6 : 4, facts.fullInspectionYears(), outcome.name());
      assertEquals(LocalDate.of(2024, 1, 30).plusYears(facts.fullInspectionYears()), facts.nextFullInspection().about());
    }
  }

  @Test
  void monitoring_inspections_keep_the_record_s_order_and_paths_whatever_their_dates() {
    AreaRecord record = with(b -> b.addMonitoringInspections(
        MonitoringInspection.builder().onSiteStart(DatedFact.of(LocalDate.of(2025, 9, 1))).build(),
        MonitoringInspection.builder().onSiteStart(DatedFact.of(LocalDate.of(2025, 3, 3))).build()));
    List<ResolvedDate> starts = facts(record).monitoringInspections();
    assertEquals(List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 3, 3)),
        starts.stream().map(ResolvedDate::getDate).toList());
    assertEquals(List.of("inspections[1].monitoringInspections[0].onSiteStart",
        "inspections[1].monitoringInspections[1].onSiteStart"), starts.stream().map(ResolvedDate::getPath).toList());
  }

  @Test
  void the_facts_of_a_context_are_worked_out_once_and_read_the_context() {
    RuleContext context = RuleContext.of(SUFFOLK, 1, DAY, RuleSettings.defaults());
    AreaSendFacts facts = AreaSendFacts.of(context);
    assertSame(facts, AreaSendFacts.of(context));
    assertSame(facts.report(), facts.report());
    assertSame(facts.journey(), facts.journey());
    assertEquals(AREA_SEND.getId(), facts.id());
    assertEquals("inspections[1]", facts.path());
    assertSame(SUFFOLK, facts.record());
    assertEquals(DAY, facts.asOf());
    assertEquals(Optional.of("inspections[0]"), facts.previousInspectionContext().map(RuleContext::inspectionPath));
    assertEquals(Optional.empty(), facts.laterInspectionBegan());
    assertEquals(Optional.empty(), AreaSendFacts.of(RuleContext.of(SuffolkVariants.only(AREA_SEND), 0, DAY,
        RuleSettings.defaults())).previousInspectionContext());
  }
}
