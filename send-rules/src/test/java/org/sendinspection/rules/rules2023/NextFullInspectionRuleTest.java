package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2023.SuffolkVariants.AREA_SEND;
import static org.sendinspection.rules.rules2023.SuffolkVariants.FULL_CLOSES;
import static org.sendinspection.rules.rules2023.SuffolkVariants.PUBLISHED;
import static org.sendinspection.rules.rules2023.SuffolkVariants.SUFFOLK;
import static org.sendinspection.rules.rules2023.SuffolkVariants.byRule;
import static org.sendinspection.rules.rules2023.SuffolkVariants.kinds;
import static org.sendinspection.rules.rules2023.SuffolkVariants.one;
import static org.sendinspection.rules.rules2023.SuffolkVariants.until;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.ImmutableRuleSettings;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRole;

/**
 * Rule {@code 2023.next-full-inspection} on variants of Suffolk (report published 30 January 2024; full
 * reinspection window 30 October 2026 to 30 April 2027).
 */
class NextFullInspectionRuleTest {
  private static final String RULE = NextFullInspectionRule.ID;
  private static final LocalDate AFTER_CLOSE = LocalDate.of(2027, 6, 1);

  private static AreaRecord withOutcome(AreaSendOutcome outcome) {
    return with(b -> b.outcome(outcome).priorityActionPlanRequired(false).strategicPlanUpdateRequested(true)
        .areasForPriorityAction(List.of()).nextInspectionAsStated(Optional.empty()));
  }

  private static AreaRecord coveredUntil(LocalDate day) {
    return AreaRecord.builder().from(SUFFOLK).inspectionCoverage(until(day)).build();
  }

  /** Suffolk with a later full inspection whose first day the sources give as either day. */
  private static AreaRecord laterOnEither(LocalDate one, LocalDate other) {
    AreaSendInspection later = AreaSendInspection.builder().id("area-send-later").outcome(AreaSendOutcome.INCONSISTENT)
        .priorityActionPlanRequired(false).strategicPlanUpdateRequested(true)
        .onSiteStart(DatedFact.builder().addClaims(DateClaim.of(one), DateClaim.of(other)).build()).build();
    return SuffolkVariants.only(SUFFOLK.getInspections().get(0), AREA_SEND, later);
  }

  @Test
  void outcome_1_gives_five_years_and_outcome_2_three_each_named_the_next_full_inspection() {
    Conclusion positive = one(Derivation.of(withOutcome(AreaSendOutcome.POSITIVE), LocalDate.of(2024, 6, 1)), RULE,
        ConclusionKind.NEXT_FULL_INSPECTION_WINDOW);
    assertEquals(Optional.of(LocalDate.of(2029, 1, 30)), positive.date(DateRole.ABOUT));
    assertEquals(Optional.of(PUBLISHED), positive.date(DateRole.COUNTED_FROM));
    assertTrue(positive.getReason().startsWith("With outcome 1, the next full inspection follows within approximately 5"
        + " years: about 30 January 2029, 5 years from 30 January 2024"), positive.getReason());
    assertFalse(positive.getReason().contains("The report says"), positive.getReason());
    Conclusion inconsistent = one(Derivation.of(withOutcome(AreaSendOutcome.INCONSISTENT), LocalDate.of(2024, 6, 1)),
        RULE, ConclusionKind.NEXT_FULL_INSPECTION_WINDOW);
    assertEquals(Optional.of(LocalDate.of(2027, 1, 30)), inconsistent.date(DateRole.ABOUT));
    assertTrue(inconsistent.getReason().startsWith("With outcome 2, the next full inspection follows within"
        + " approximately 3 years"), inconsistent.getReason());
  }

  @Test
  void a_period_of_one_year_is_worded_in_the_singular() {
    RuleSettings settings = ImmutableRuleSettings.copyOf(RuleSettings.defaults()).withFullInspectionYearsAfterOutcome3(1);
    Conclusion window = one(Derivation.of(SUFFOLK, LocalDate.of(2024, 6, 1), settings), RULE,
        ConclusionKind.NEXT_FULL_INSPECTION_WINDOW);
    assertTrue(window.getReason().startsWith("With outcome 3, the full reinspection follows within approximately 1"
        + " year: about 30 January 2025, 1 year from 30 January 2024"), window.getReason());
  }

  @Test
  void with_every_inspection_listed_and_none_by_the_window_s_close_the_full_reinspection_is_overdue() {
    AreaRecord record = coveredUntil(LocalDate.of(2027, 12, 31));
    assertEquals(List.of(ConclusionKind.NEXT_FULL_INSPECTION_WINDOW), kinds(Derivation.of(record, FULL_CLOSES), RULE),
        "not overdue on the window's last day");
    Derivation after = Derivation.of(record, AFTER_CLOSE);
    assertEquals(List.of(ConclusionKind.NEXT_FULL_INSPECTION_WINDOW, ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE),
        kinds(after, RULE));
    Conclusion overdue = one(after, RULE, ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE);
    assertEquals(Optional.of(FULL_CLOSES), overdue.date(DateRole.WINDOW_CLOSED));
    assertEquals(Optional.of(AFTER_CLOSE), overdue.date(DateRole.AS_OF));
    assertEquals("inspections[1].publishedOn", overdue.getBasis().get(0).getPath());
    // The record as it stood on 1 June 2027 lists the inspections until that day.
    assertTrue(overdue.getReason().startsWith("No later full inspection had begun by 30 April 2027 (the record lists"
        + " every inspection until 1 June 2027), though the window for the full reinspection closed on 30 April 2027:"
        + " about 30 January 2027, 3 years from 30 January 2024"), overdue.getReason());
  }

  @Test
  void where_the_record_lists_inspections_only_until_before_the_close_whether_it_is_overdue_is_not_determinable() {
    Derivation after = Derivation.of(coveredUntil(LocalDate.of(2027, 2, 1)), AFTER_CLOSE);
    assertEquals(List.of(ConclusionKind.NEXT_FULL_INSPECTION_WINDOW, ConclusionKind.NOT_DETERMINABLE),
        kinds(after, RULE));
    Conclusion unknown = one(after, RULE, ConclusionKind.NOT_DETERMINABLE);
    assertEquals(List.of("inspections"), unknown.getMissingFacts());
    assertEquals(Optional.of(FULL_CLOSES), unknown.date(DateRole.WINDOW_CLOSED));
    assertTrue(unknown.getReason().startsWith("The window for the full reinspection closed on 30 April 2027; the record"
        + " lists no later full inspection and lists inspections only until 1 February 2027, so whether it is overdue"
        + " cannot be settled."), unknown.getReason());
    Conclusion silent = one(Derivation.of(SUFFOLK, AFTER_CLOSE), RULE, ConclusionKind.NOT_DETERMINABLE);
    assertTrue(silent.getReason().contains("the record lists no later full inspection and does not record whether one"
        + " took place, so whether it is overdue cannot be settled."), silent.getReason());
    assertEquals(List.of(ConclusionKind.NEXT_FULL_INSPECTION_WINDOW), kinds(Derivation.of(SUFFOLK, FULL_CLOSES), RULE));
  }

  @Test
  void a_later_inspection_counts_only_once_the_settings_date_it_has_begun() {
    // The sources disagree on whether the next inspection began on 1 June or 1 September 2027.
    AreaRecord record = laterOnEither(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 1));
    LocalDate day = LocalDate.of(2027, 7, 1);
    List<Conclusion> earliest = aboutSuffolk2023(Derivation.of(record, day, RuleSettings.defaults()
        .withDisputedDatePolicy(DisputedDatePolicy.EARLIEST)));
    assertEquals(List.of(ConclusionKind.NEXT_FULL_INSPECTION_WINDOW), earliest.stream().map(Conclusion::getKind).toList());
    assertTrue(earliest.get(0).getReason().contains(" The next full inspection began on 1 June 2027, after the window"
        + " closed."), earliest.get(0).getReason());
    List<Conclusion> latest = aboutSuffolk2023(Derivation.of(record, day, RuleSettings.defaults()
        .withDisputedDatePolicy(DisputedDatePolicy.LATEST)));
    assertEquals(List.of(ConclusionKind.NEXT_FULL_INSPECTION_WINDOW, ConclusionKind.NOT_DETERMINABLE),
        latest.stream().map(Conclusion::getKind).toList());
    assertFalse(latest.get(0).getReason().contains("began on"), latest.get(0).getReason());
  }

  private static List<Conclusion> aboutSuffolk2023(Derivation derivation) {
    return byRule(derivation, RULE).stream().filter(c -> c.getInspectionId().equals(AREA_SEND.getId())).toList();
  }

  @Test
  void nothing_is_concluded_before_the_report() {
    assertEquals(List.of(), byRule(Derivation.of(SUFFOLK, PUBLISHED.minusDays(1)), RULE));
  }
}
