package org.sendinspection.examples.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.DisputedDatePolicy;

class RecordTimelineTest {

  @Test
  void detailedRecord_listsEveryStepInDateOrder() {
    List<EventKind> kinds = RecordTimeline.of(TestRecords.detailed()).events().stream()
        .map(TimelineEvent::kind).collect(Collectors.toList());
    assertEquals(List.of(EventKind.INSPECTION_STARTS, EventKind.INSPECTION_ENDS, EventKind.REPORT_LETTER,
        EventKind.WSOA_DETERMINED, EventKind.REPORT_PUBLISHED, EventKind.WSOA_SUBMITTED, EventKind.WSOA_EVALUATED,
        EventKind.WSOA_SUBMITTED, EventKind.WSOA_EVALUATED, EventKind.REVISIT_STARTS, EventKind.REVISIT_ENDS,
        EventKind.REVISIT_LETTER, EventKind.REVISIT_PUBLISHED, EventKind.PARTNER_ENDS, EventKind.PARTNER_STARTS),
        kinds);
  }

  @Test
  void evaluations_sayTheirVerdict() {
    List<String> evaluations = RecordTimeline.of(TestRecords.detailed()).events().stream()
        .filter(e -> e.kind() == EventKind.WSOA_EVALUATED).map(TimelineEvent::describe).collect(Collectors.toList());
    assertEquals(List.of(
        "written statement of action evaluated (inspection-2019): submission 1 not fit for purpose",
        "written statement of action evaluated (inspection-2019): submission 2 fit for purpose"), evaluations);
  }

  @Test
  void disputedAndInDispute_followTheClaims() {
    RecordTimeline timeline = RecordTimeline.of(TestRecords.detailed());
    assertEquals(1, timeline.disputed().size());
    assertEquals(EventKind.REPORT_PUBLISHED, timeline.disputed().get(0).kind());
    assertEquals(1, timeline.inDisputeOn(AsOf.of(LocalDate.of(2019, 4, 25))).size());
    // One source each: by default the earlier date counts, so the report is out; under LATEST it is not.
    assertEquals(5, timeline.happenedBy(AsOf.of(LocalDate.of(2019, 4, 25))).size());
    assertEquals(4, timeline.happenedBy(AsOf.of(LocalDate.of(2019, 4, 25), DisputedDatePolicy.LATEST)).size());
  }

  @Test
  void firstAndLast_spanEveryClaim() {
    RecordTimeline timeline = RecordTimeline.of(TestRecords.detailed());
    assertEquals(LocalDate.of(2019, 3, 4), timeline.first().orElseThrow());
    assertEquals(LocalDate.of(2022, 7, 1), timeline.last().orElseThrow());
  }

  @Test
  void generatedRecords_areAlwaysInDateOrder() {
    for (AreaRecord record : AreaRecordGenerator.any().generateMany(3L, 200)) {
      List<TimelineEvent> events = RecordTimeline.of(record).events();
      for (int i = 1; i < events.size(); i++) {
        assertEquals(true, !events.get(i).when().earliest().isBefore(events.get(i - 1).when().earliest()),
            record.getArea().getCode() + ": " + events.get(i - 1).describe() + " then " + events.get(i).describe());
      }
    }
  }
}
