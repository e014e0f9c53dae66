package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2023.SuffolkVariants.PUBLISHED;
import static org.sendinspection.rules.rules2023.SuffolkVariants.SUFFOLK;
import static org.sendinspection.rules.rules2023.SuffolkVariants.byRule;
import static org.sendinspection.rules.rules2023.SuffolkVariants.kinds;
import static org.sendinspection.rules.rules2023.SuffolkVariants.one;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Certainty;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * Rule {@code 2023.framework-handover}: what an area SEND inspection means for the 2016 journey before it,
 * by where that journey stood on the inspection's first day.
 */
class FrameworkHandoverRuleTest {
  private static final String RULE = FrameworkHandoverRule.ID;
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  /** An area SEND inspection on site for a week from the day, with outcome 2, as a source might give it. */
  private static AreaSendInspection inconsistentFrom(LocalDate start) {
    return AreaSendInspection.builder().id("area-send-inspection").onSiteStart(DatedFact.of(start))
        .onSiteEnd(DatedFact.of(start.plusDays(4))).outcome(AreaSendOutcome.INCONSISTENT)
        .priorityActionPlanRequired(false).strategicPlanUpdateRequested(true).build();
  }

  private static AreaRecord followedBy(AreaRecord record, Inspection later) {
    List<Inspection> inspections = new ArrayList<>(record.getInspections());
    inspections.add(later);
    return AreaRecord.builder().from(record).inspections(inspections).build();
  }

  @Test
  void after_a_revisit_that_ended_the_quarterly_visits_nothing_was_outstanding() {
    // Essex: revisit letter of 30 June 2022, sufficient progress on all three weaknesses.
    Derivation then = Derivation.of(followedBy(ExampleRecords.essex(), inconsistentFrom(LocalDate.of(2026, 1, 19))),
        DAY);
    Conclusion handover = one(then, RULE, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertEquals(Optional.of(LocalDate.of(2026, 1, 19)), handover.date(DateRole.CLOSED_ON));
    assertEquals(Certainty.ESTABLISHED, handover.getCertainty());
    assertTrue(handover.getReason().startsWith("This area SEND inspection began on 19 January 2026, so the journey of"
        + " the 2016-framework inspection '2019-inspection' closes that day; it stood at \"quarterly monitoring"
        + " ceased\" since "), handover.getReason());
    assertTrue(handover.getReason().contains(". The 2016 revisit had found sufficient progress on every weakness and"
        + " the quarterly visits had ceased, so nothing was outstanding under the 2016 framework. What follows now is"
        + " this inspection's outcome."), handover.getReason());
    assertEquals("inspections[1].onSiteStart", handover.getBasis().get(0).getPath());
    assertEquals(2, handover.getBasis().size(), "the first day and the step the 2016 journey stood at");
  }

  @Test
  void after_an_inspection_that_required_no_statement_nothing_was_outstanding() {
    LocalAreaSendInspection clear = LocalAreaSendInspection.builder().id("2017-inspection")
        .onSiteStart(DatedFact.of(LocalDate.of(2017, 3, 6))).onSiteEnd(DatedFact.of(LocalDate.of(2017, 3, 10)))
        .publishedOn(DatedFact.of(LocalDate.of(2017, 5, 2))).significantWeaknessCount(0).build();
    Derivation then = Derivation.of(SuffolkVariants.only(clear, inconsistentFrom(LocalDate.of(2024, 2, 5))), DAY);
    Conclusion handover = one(then, RULE, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertTrue(handover.getReason().contains("it stood at \"no written statement of action required\" since 2 May"
        + " 2017. No written statement of action had been required, so nothing was outstanding under the 2016"
        + " framework. What follows now is this inspection's outcome."), handover.getReason());
  }

  @Test
  void after_an_insufficient_revisit_the_next_steps_stand_as_the_2016_record_leaves_them() {
    Conclusion handover = one(Derivation.of(SUFFOLK, DAY), RULE, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertTrue(handover.getReason().endsWith("since 4 March 2019. The 2016 revisit left weaknesses without sufficient"
        + " progress, so the next steps were with DfE and NHS England and no further revisit was to follow unless the"
        + " Secretary of State directed; those conclusions stand as the 2016 record leaves them. What follows now is"
        + " this inspection's outcome."), handover.getReason());
  }

  @Test
  void a_revisit_whose_outcome_was_still_awaited_is_awaited_no_more() {
    // Suffolk's revisit moved to November 2022, its outcome published after the area SEND inspection began.
    LocalAreaSendInspection first = (LocalAreaSendInspection) SUFFOLK.getInspections().get(0);
    Revisit late = Revisit.builder().from(first.getRevisit().orElseThrow())
        .onSiteStart(DatedFact.of(LocalDate.of(2022, 11, 28))).publishedOn(DatedFact.of(LocalDate.of(2023, 3, 1)))
        .build();
    LocalAreaSendInspection revisited = LocalAreaSendInspection.builder().from(first).revisit(late).build();
    Derivation then = Derivation.of(SuffolkVariants.only(revisited, inconsistentFrom(LocalDate.of(2023, 1, 16))), DAY);
    Conclusion handover = one(then, RULE, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertTrue(handover.getReason().contains("it stood at \"revisited, outcome awaited\" since 28 November 2022. What the"
        + " 2016 journey awaited is no longer awaited. What follows now is this inspection's outcome."),
        handover.getReason());
  }

  @Test
  void an_inspection_known_only_by_its_publication_closed_the_2016_journey_by_then_at_the_latest() {
    AreaRecord record = with(b -> b.onSiteStart(Optional.empty()).onSiteEnd(Optional.empty()));
    Derivation then = Derivation.of(record, DAY);
    assertEquals(List.of(ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED, ConclusionKind.NOT_DETERMINABLE),
        kinds(then, RULE));
    Conclusion closed = one(then, RULE, ConclusionKind.PREVIOUS_FRAMEWORK_JOURNEY_CLOSED);
    assertEquals(Certainty.BOUNDED, closed.getCertainty());
    assertEquals(Optional.of(PUBLISHED), closed.date(DateRole.CLOSED_BY));
    assertEquals(Optional.empty(), closed.date(DateRole.CLOSED_ON));
    assertEquals(List.of("inspections[1].publishedOn", "inspections[0].revisit.publishedOn"),
        closed.getBasis().stream().map(FactReference::getPath).toList());
    assertTrue(closed.getReason().startsWith("This area SEND inspection had begun by 30 January 2024 (the publication"
        + " of the area SEND inspection), so the journey of the 2016-framework inspection 'inspection-2016' was closed"
        + " by then at the latest; it stood at \"next steps with DfE and NHS England\" since 4 March 2019. The 2016"
        + " revisit left weaknesses"), closed.getReason());
    Conclusion day = one(then, RULE, ConclusionKind.NOT_DETERMINABLE);
    assertEquals(List.of("inspections[1].onSiteStart"), day.getMissingFacts());
    assertEquals(Optional.of(PUBLISHED), day.date(DateRole.CLOSED_BY));
    assertEquals(List.of("inspections[1].publishedOn"), day.getBasis().stream().map(FactReference::getPath).toList());
    assertTrue(day.getReason().startsWith("The record gives no first day on site of this area SEND inspection"
        + " (inspections[1].onSiteStart is not recorded), so the day the journey of the 2016-framework inspection"
        + " 'inspection-2016' closed cannot be settled; it closed by 30 January 2024 at the latest."), day.getReason());
  }

  @Test
  void an_area_send_inspection_after_another_area_send_inspection_hands_nothing_over() {
    AreaSendInspection first = inconsistentFrom(LocalDate.of(2023, 3, 6));
    AreaSendInspection second = AreaSendInspection.builder().from(first).id("area-send-inspection-2026")
        .onSiteStart(DatedFact.of(LocalDate.of(2026, 3, 2))).onSiteEnd(DatedFact.of(LocalDate.of(2026, 3, 6))).build();
    assertEquals(List.of(), byRule(Derivation.of(SuffolkVariants.only(first, second), DAY), RULE));
    assertEquals(List.of(), byRule(Derivation.of(SuffolkVariants.only(first), DAY), RULE));
  }
}
