package org.sendinspection.model.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.provenance.DatedFact;

class InspectionTypedAccessTest {

  /** Suffolk's record holds one inspection under each framework. */
  private final List<Inspection> inspections = ExampleRecords.suffolk().getInspections();

  @Test
  void an_inspection_is_found_as_its_own_framework_only() {
    for (Inspection inspection : inspections) {
      switch (inspection.framework()) {
        case LOCAL_AREA_SEND_2016 -> {
          assertSame(inspection, inspection.asLocalAreaSend2016().orElseThrow());
          assertTrue(inspection.asAreaSend2023().isEmpty(), inspection.getId());
        }
        case AREA_SEND_2023 -> {
          assertSame(inspection, inspection.asAreaSend2023().orElseThrow());
          assertTrue(inspection.asLocalAreaSend2016().isEmpty(), inspection.getId());
        }
      }
    }
  }

  @Test
  void the_example_covers_both_frameworks() {
    assertEquals(1, inspections.stream().filter(i -> i.asLocalAreaSend2016().isPresent()).count());
    assertEquals(1, inspections.stream().filter(i -> i.asAreaSend2023().isPresent()).count());
  }

  @Test
  void without_days_on_site_a_2023_inspection_had_begun_by_the_first_news_of_its_report() {
    AreaSendInspection suffolk = inspections.get(1).asAreaSend2023().orElseThrow();
    ImmutableAreaSendInspection undated = ImmutableAreaSendInspection.copyOf(suffolk)
        .withOnSiteStart(Optional.empty()).withOnSiteEnd(Optional.empty());
    DatedFact received = DatedFact.of(LocalDate.of(2024, 1, 10));
    DatedFact published = DatedFact.of(LocalDate.of(2024, 1, 30));

    AreaSendInspection receivedFirst = undated.withReportReceivedOn(received).withPublishedOn(published);
    assertEquals(received, receivedFirst.begunBy());
    assertEquals("reportReceivedOn", receivedFirst.begunByField());

    AreaSendInspection publishedOnly = undated.withReportReceivedOn(Optional.empty()).withPublishedOn(published);
    assertEquals(published, publishedOnly.begunBy());
    assertEquals("publishedOn", publishedOnly.begunByField());

    AreaSendInspection publishedFirst = undated.withReportReceivedOn(DatedFact.of(LocalDate.of(2024, 2, 5)))
        .withPublishedOn(published);
    assertEquals(published, publishedFirst.begunBy());
    assertEquals("publishedOn", publishedFirst.begunByField());

    AreaSendInspection onSite = ImmutableAreaSendInspection.copyOf(suffolk).withReportReceivedOn(received);
    assertEquals(suffolk.getOnSiteStart().orElseThrow(), onSite.begunBy());
    assertEquals("onSiteStart", onSite.begunByField());
  }
}
