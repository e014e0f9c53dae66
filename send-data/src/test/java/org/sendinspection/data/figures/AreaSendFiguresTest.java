package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;

/** The 2023-framework figures on hand-built records holding areas for priority action in each form. */
class AreaSendFiguresTest {
  private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

  /** Listed: two areas, published in August 2023. */
  private static final AreaRecord LISTED = record("E10000001", OfstedRegion.EAST_OF_ENGLAND, inspection(
      AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, LocalDate.of(2023, 6, 5), LocalDate.of(2023, 8, 1))
      .addAreasForPriorityAction(area("plans"), area("waits")).build());
  /** Counted, as the management information gives it: five areas, published in May 2023. */
  private static final AreaRecord COUNTED = record("E10000002", OfstedRegion.SOUTH_WEST, inspection(
      AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 5, 2))
      .areasForPriorityActionCount(5).build());
  /**
   * Unrecorded, as a scraped overview gives it, and with no publication date: as in
   * {@link NationalFigures}, a fact with no date counts only in figures without an as-of day.
   */
  private static final AreaRecord UNRECORDED = record("E10000003", OfstedRegion.EAST_OF_ENGLAND, inspection(
      AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, LocalDate.of(2023, 6, 12), null).build());
  private static final AreaRecord POSITIVE = record("E10000004", OfstedRegion.EAST_OF_ENGLAND, inspection(
      AreaSendOutcome.POSITIVE, LocalDate.of(2023, 2, 6), LocalDate.of(2023, 4, 3)).build());

  private static final List<AreaRecord> ALL = List.of(LISTED, COUNTED, UNRECORDED, POSITIVE);

  @Test
  void every_form_of_areas_for_priority_action_is_summed_and_the_unknown_counted_apart() {
    AreaSendFigures f = AreaSendFigures.of(ALL, FigureScope.national());
    assertEquals(new AreaSendFigures(FigureScope.national(), 4, 4, 1, 0, 3, 3, 1, 7, 1), f);
    AreaSendFigures withUnrecorded = AreaSendFigures.of(List.of(record("E10000005", OfstedRegion.LONDON, inspection(
        AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS, LocalDate.of(2023, 6, 12), LocalDate.of(2023, 9, 1)).build())),
        FigureScope.national());
    assertEquals(0, withUnrecorded.areasForPriorityAction());
    assertEquals(1, withUnrecorded.outcome3WithoutAreaCount());
  }

  @Test
  void as_of_a_day_inspections_count_from_the_first_day_and_outcomes_from_publication() {
    FigureScope june = FigureScope.national().asOf(JUNE);
    assertEquals(new AreaSendFigures(june, 4, 2, 1, 0, 1, 1, 1, 5, 0), AreaSendFigures.of(ALL, june));
  }

  @Test
  void a_region_counts_only_its_areas() {
    FigureScope east = FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND);
    AreaSendFigures f = AreaSendFigures.of(ALL, east);
    assertEquals(new AreaSendFigures(east, 3, 3, 1, 0, 2, 2, 1, 2, 1), f);
    assertEquals(1, f.withOutcome(AreaSendOutcome.POSITIVE));
    assertEquals(2, f.withOutcome(AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS));
  }

  @Test
  void lines_name_the_scope_and_each_figure() {
    List<String> lines = AreaSendFigures.of(ALL, FigureScope.national().asOf(JUNE)).lines();
    assertEquals("Area SEND inspections, 2023 framework: England, as of 2023-06-30", lines.get(0));
    assertEquals("  areas for priority action (where recorded):          5", lines.get(8));
    assertEquals(10, lines.size());
  }

  private static ImmutableAreaSendInspection.Builder inspection(AreaSendOutcome outcome, LocalDate start, LocalDate published) {
    return AreaSendInspection.builder()
        .id("2023-area-send-inspection")
        .onSiteStart(DatedFact.of(start))
        .publishedOn(Optional.ofNullable(published).map(DatedFact::of))
        .outcome(outcome)
        .priorityActionPlanRequired(outcome.requiresPriorityActionPlan())
        .strategicPlanUpdateRequested(outcome.asksForStrategicPlanUpdate());
  }

  private static AreaForPriorityAction area(String id) {
    return AreaForPriorityAction.builder().id(id).addResponsibleBodies("A council").statement("Act now.").build();
  }

  private static AreaRecord record(String code, OfstedRegion region, AreaSendInspection inspection) {
    return AreaRecord.builder().area(LocalArea.builder().code(code).name(code).region(region).build())
        .addInspections(inspection).build();
  }
}
