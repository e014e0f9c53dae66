package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendinspection.rules.rules2023.SuffolkVariants.AREA_SEND;
import static org.sendinspection.rules.rules2023.SuffolkVariants.SUFFOLK;
import static org.sendinspection.rules.rules2023.SuffolkVariants.byRule;
import static org.sendinspection.rules.rules2023.SuffolkVariants.one;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.StatedPreviousInspection;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * Rule {@code 2023.previous-inspection} on variants of Suffolk, whose record holds its 2016 inspection
 * (from 12 December 2016) and that inspection's revisit (from 21 January 2019).
 */
class PreviousInspectionRuleTest {
  private static final String RULE = PreviousInspectionRule.ID;
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private static StatedPreviousInspection statedFrom(LocalDate day) {
    return StatedPreviousInspection.builder().onSiteStart(DatedFact.of(day)).build();
  }

  private static List<String> paths(Conclusion conclusion) {
    return conclusion.getBasis().stream().map(FactReference::getPath).toList();
  }

  @Test
  void a_report_stating_the_record_s_full_inspection_is_as_recorded() {
    Conclusion same = one(Derivation.of(with(b -> b.previousInspectionAsStated(statedFrom(LocalDate.of(2016, 12, 12)))),
        DAY), RULE, ConclusionKind.PREVIOUS_INSPECTION_AS_RECORDED);
    assertEquals("The report states its previous inspection as from 12 December 2016, the first day of the record's"
        + " previous inspection, 'inspection-2016'.", same.getReason());
    assertEquals(List.of("inspections[1].previousInspectionAsStated.onSiteStart", "inspections[0].onSiteStart"),
        paths(same));
  }

  @Test
  void a_report_stating_neither_the_inspection_nor_its_revisit_names_both_and_corrects_nothing() {
    Conclusion differs = one(Derivation.of(with(b -> b.previousInspectionAsStated(statedFrom(LocalDate.of(2017, 3, 6)))),
        DAY), RULE, ConclusionKind.PREVIOUS_INSPECTION_DIFFERS_FROM_RECORD);
    assertEquals("The report states its previous inspection as from 6 March 2017, but the record's previous"
        + " inspection, 'inspection-2016', began on 12 December 2016 and its revisit on 21 January 2019; the record"
        + " keeps both as the sources give them.", differs.getReason());
    assertEquals(List.of("inspections[1].previousInspectionAsStated.onSiteStart", "inspections[0].onSiteStart"),
        paths(differs));
  }

  @Test
  void a_previous_inspection_without_a_revisit_is_compared_with_its_first_day_alone() {
    LocalAreaSendInspection unrevisited = LocalAreaSendInspection.builder()
        .from((LocalAreaSendInspection) SUFFOLK.getInspections().get(0)).revisit(Optional.empty()).build();
    AreaSendInspection stating = AreaSendInspection.builder().from(AREA_SEND)
        .previousInspectionAsStated(statedFrom(LocalDate.of(2019, 1, 21))).build();
    Conclusion differs = one(Derivation.of(SuffolkVariants.only(unrevisited, stating), DAY), RULE,
        ConclusionKind.PREVIOUS_INSPECTION_DIFFERS_FROM_RECORD);
    assertEquals("The report states its previous inspection as from 21 January 2019, but the record's previous"
        + " inspection, 'inspection-2016', began on 12 December 2016; the record keeps both as the sources give them.",
        differs.getReason());
  }

  @Test
  void a_stated_range_known_by_its_last_day_is_compared_by_that_day() {
    Conclusion differs = one(Derivation.of(with(b -> b.previousInspectionAsStated(StatedPreviousInspection.builder()
        .onSiteEnd(DatedFact.of(LocalDate.of(2019, 1, 23))).build())), DAY), RULE,
        ConclusionKind.PREVIOUS_INSPECTION_DIFFERS_FROM_RECORD);
    assertEquals("inspections[1].previousInspectionAsStated.onSiteEnd", differs.getBasis().get(0).getPath());
    assertEquals(Optional.of(LocalDate.of(2019, 1, 23)), differs.getBasis().get(0).getDate());
    assertEquals("The report states its previous inspection as ending on 23 January 2019, but the record's previous"
        + " inspection, 'inspection-2016', began on 12 December 2016 and its revisit on 21 January 2019; the record"
        + " keeps both as the sources give them.", differs.getReason());
  }

  @Test
  void a_report_stating_a_previous_inspection_the_record_does_not_hold_differs_from_the_record() {
    Conclusion differs = one(Derivation.of(SuffolkVariants.only(AREA_SEND), DAY), RULE,
        ConclusionKind.PREVIOUS_INSPECTION_DIFFERS_FROM_RECORD);
    assertEquals("The report states its previous inspection as from 21 January 2019, but the record holds no earlier"
        + " inspection of the area.", differs.getReason());
    assertEquals(List.of("inspections[0].previousInspectionAsStated.onSiteStart"), paths(differs));
  }

  @Test
  void a_previous_inspection_known_only_by_its_publication_leaves_the_comparison_not_determinable() {
    AreaSendInspection published = AreaSendInspection.builder().id("area-send-2023-overview")
        .publishedOn(DatedFact.of(LocalDate.of(2023, 6, 9))).outcome(AreaSendOutcome.INCONSISTENT)
        .priorityActionPlanRequired(false).strategicPlanUpdateRequested(true).build();
    AreaRecord record = SuffolkVariants.only(published, AreaSendInspection.builder().from(AREA_SEND)
        .previousInspectionAsStated(statedFrom(LocalDate.of(2023, 3, 6))).build());
    Conclusion unknown = one(Derivation.of(record, DAY), RULE, ConclusionKind.NOT_DETERMINABLE);
    assertEquals(List.of("inspections[0].onSiteStart"), unknown.getMissingFacts());
    assertEquals(List.of("inspections[1].previousInspectionAsStated.onSiteStart"), paths(unknown));
    assertEquals("The report states its previous inspection as from 6 March 2023; the record's previous inspection,"
        + " 'area-send-2023-overview', has no first day on site recorded (inspections[0].onSiteStart), so whether the"
        + " report states it as recorded cannot be settled.", unknown.getReason());
  }

  @Test
  void a_report_that_states_no_previous_inspection_gives_no_comparison() {
    assertEquals(List.of(), byRule(Derivation.of(with(b -> b.previousInspectionAsStated(Optional.empty())), DAY),
        RULE));
  }
}
