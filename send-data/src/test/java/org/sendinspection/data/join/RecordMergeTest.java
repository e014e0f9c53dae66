package org.sendinspection.data.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;

class RecordMergeTest {

  private static AreaRecord greenwich(String source, LocalDate start, boolean withPartner, Integer count) {
    var area = LocalArea.builder().code("E09000011").name("Greenwich").region(OfstedRegion.LONDON);
    if (withPartner) {
      area.addPartners(Partner.of("Royal Borough of Greenwich", PartnerKind.LOCAL_AUTHORITY));
    }
    var inspection = AreaSendInspection.builder().id("2023-area-send-inspection")
        .onSiteStart(DatedFact.of(start, Citation.of(source)))
        .publishedOn(DatedFact.of(start.plusDays(61), Citation.of(source)))
        .outcome(AreaSendOutcome.POSITIVE).priorityActionPlanRequired(false).strategicPlanUpdateRequested(true);
    return AreaRecord.builder().area(area.build())
        .addSources(SourceDocument.builder().id(source).title(source).build())
        .addInspections(inspection.build()).build();
  }

  @Test
  void the_same_inspection_from_two_records_keeps_both_dates_as_claims_and_the_partners() {
    MergedRecord merged = RecordMerge.merge(greenwich("mi", LocalDate.of(2023, 5, 15), true, null),
        greenwich("scraped", LocalDate.of(2023, 5, 11), false, null));
    AreaRecord record = merged.record();
    assertEquals(1, record.getInspections().size());
    assertEquals(Set.of(LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 11)), record.getInspections().get(0)
        .firstDayOnSite().orElseThrow().getClaims().stream().map(DateClaim::getDate).collect(Collectors.toSet()));
    assertEquals(2, record.getInspections().get(0).getPublishedOn().orElseThrow().getClaims().size(),
        "each source's publication date, each cited");
    assertEquals(1, record.getArea().getPartners().size(), "partners kept");
    assertEquals(List.of("mi", "scraped"), record.getSources().stream().map(SourceDocument::getId).toList());
    assertEquals(List.of(), merged.differences());
  }

  @Test
  void inspections_under_different_frameworks_are_never_merged_as_one() {
    AreaRecord suffolk = ExampleRecords.suffolk();
    var local = suffolk.getInspections().stream().filter(i -> i.asLocalAreaSend2016().isPresent()).findFirst()
        .orElseThrow();
    var areaSend = suffolk.getInspections().stream().filter(i -> i.asAreaSend2023().isPresent()).findFirst()
        .orElseThrow();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecordMerge.mergeInspection(local, areaSend));
    assertTrue(e.getMessage().contains("'" + local.getId() + "'") && e.getMessage().contains("local-area-send-2016")
        && e.getMessage().contains("area-send-2023"), e.getMessage());
  }

  @Test
  void a_record_merged_with_itself_is_unchanged() {
    AreaRecord essex = ExampleRecords.essex();
    assertEquals(essex, RecordMerge.merge(essex, essex).record());
  }

  @Test
  void inspections_months_apart_are_two_inspections_in_date_order() {
    AreaRecord later = greenwich("mi", LocalDate.of(2026, 5, 15), false, null);
    AreaRecord earlier = greenwich("scraped", LocalDate.of(2023, 5, 11), false, null);
    AreaRecord record = RecordMerge.merge(later, earlier).record();
    assertEquals(List.of(LocalDate.of(2023, 5, 11), LocalDate.of(2026, 5, 15)), record.getInspections().stream()
        .map(i -> i.firstDayOnSite().orElseThrow().earliest()).toList());
    assertEquals(List.of("2023-area-send-inspection-2", "2023-area-send-inspection"), record.getInspections().stream()
        .map(i -> i.getId()).toList(), "identifiers stay unique");
  }

  @Test
  void a_different_name_is_reported_and_different_areas_refused() {
    AreaRecord other = AreaRecord.builder().from(greenwich("x", LocalDate.of(2023, 5, 11), false, null))
        .area(LocalArea.builder().code("E09000011").name("greenwich").region(OfstedRegion.LONDON).build()).build();
    assertEquals(List.of("E09000011: named 'Greenwich' and 'greenwich'; the first is kept"),
        RecordMerge.merge(greenwich("x", LocalDate.of(2023, 5, 11), false, null), other).differences());
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> RecordMerge.merge(ExampleRecords.essex(), ExampleRecords.suffolk()));
    assertEquals("records of E10000012 and E10000029 are of different areas", error.getMessage());
  }

  @Test
  void a_record_that_does_not_hold_the_areas_for_improvement_takes_them_from_one_that_does() {
    AreaRecord overview = withImprovements(greenwich("scraped", LocalDate.of(2023, 5, 11), false, null), true);
    AreaRecord report = withImprovements(greenwich("report", LocalDate.of(2023, 5, 11), false, null), false);
    for (AreaRecord merged : List.of(RecordMerge.merge(overview, report).record(),
        RecordMerge.merge(report, overview).record())) {
      AreaSendInspection inspection = merged.getInspections().get(0).asAreaSend2023().orElseThrow();
      assertEquals(Optional.of(1), inspection.numberOfAreasForImprovement(), "the report's list: " + merged);
    }
    AreaSendInspection neither = RecordMerge.merge(overview, overview).record().getInspections().get(0)
        .asAreaSend2023().orElseThrow();
    assertEquals(Optional.empty(), neither.numberOfAreasForImprovement(), "still not recorded, not 0");
  }

  private static AreaRecord withImprovements(AreaRecord record, boolean notRecorded) {
    AreaSendInspection inspection = record.getInspections().get(0).asAreaSend2023().orElseThrow();
    var changed = AreaSendInspection.builder().from(inspection).areasForImprovementNotRecorded(notRecorded);
    if (!notRecorded) {
      changed.addAreasForImprovement(Finding.of("Waiting times are long."));
    }
    return AreaRecord.builder().from(record).inspections(List.of(changed.build())).build();
  }
}
