package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatePrecision;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.json.AreaRecordCodec;

/** Records from the statistics' notes: only where a note tells no more than a record can hold. */
class NoteRecordsTest {
  private static final SourceDocument SOURCE = SourceDocument.builder().id("statistics").title("Statistics")
      .publisher("Ofsted").build();

  @Test
  void a_note_of_an_inspection_without_a_statement_gives_a_record_dated_to_its_month() {
    String text = "Northamptonshire were inspected in May 2017 and did not require a WSoA. The replacement areas"
        + " were established on 1st April 2021.";
    List<AreaRecord> records = NoteRecords.of(SOURCE,
        List.of(new StatisticsNote(3, text, Optional.of("Northamptonshire"))));
    assertEquals(1, records.size());
    AreaRecord record = records.get(0);
    assertEquals("E10000021", record.getArea().getCode());
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
    DateClaim claim = inspection.getOnSiteStart().getClaims().get(0);
    assertEquals(LocalDate.of(2017, 5, 1), claim.getDate());
    assertEquals(Optional.of(DatePrecision.MONTH), claim.getPrecision());
    assertEquals(Optional.of("Notes, note 3"), claim.getCitation().orElseThrow().getLocator());
    assertTrue(claim.getCitation().orElseThrow().getQuote().orElseThrow().startsWith("Northamptonshire were inspected"));
    assertTrue(inspection.getWrittenStatement().isEmpty());
    assertEquals(Optional.empty(), inspection.getPublishedOn(), "an undated source bounds no publication");
    assertReadsBack(record);
  }

  @Test
  void a_note_that_tells_of_a_revisit_or_a_statement_gives_no_record() {
    String dorset = "Dorset were inspected in January 2017 and required a WSoA. The revisit took place in February"
        + " 2019 and Dorset were deemed to be making sufficient progress in addressing some significant weaknesses.";
    String later = "Northamptonshire were inspected in May 2017 and did not require a WSoA. The revisit took place"
        + " in 2019.";
    assertEquals(List.of(), NoteRecords.of(SOURCE, List.of(new StatisticsNote(2, dorset, Optional.of("Dorset")),
        new StatisticsNote(3, later, Optional.of("Northamptonshire")))));
  }

  @Test
  void a_note_of_an_area_with_a_row_or_of_no_area_gives_no_record() {
    String text = "Northamptonshire were inspected in May 2017 and did not require a WSoA.";
    assertEquals(List.of(), NoteRecords.of(SOURCE, List.of(new StatisticsNote(3, text, Optional.empty()))));
    assertEquals(List.of(), NoteRecords.of(SOURCE, List.of(new StatisticsNote(3,
        "Nowhere were inspected in May 2017 and did not require a WSoA.", Optional.of("Nowhere")))));
  }

  @Test
  void the_2022_file_gives_northamptonshire_from_its_note() {
    OfstedImport data = OfstedStatistics.read(OfficialFile.require());
    List<AreaRecord> records = NoteRecords.of(data.source(), data.notes());
    List<String> onlyInNotes = data.areasOnlyInNotes();
    assertEquals(List.of("Dorset", "Northamptonshire"), onlyInNotes);
    assertEquals(List.of("Northamptonshire"), records.stream().map(r -> r.getArea().getName()).toList(),
        "Dorset's note tells of a revisit without its counts, which a record cannot hold");
    assertReadsBack(records.get(0));
    // The report was out by the day the statistics were published, at the latest; no day is invented.
    DateClaim published = records.get(0).getInspections().get(0).getPublishedOn().orElseThrow().getClaims().get(0);
    assertEquals(data.source().getDate(), Optional.of(published.getDate()));
    assertEquals(Optional.of(org.sendinspection.model.provenance.DateBound.ON_OR_BEFORE), published.getBound());
  }

  /** Built records are valid by construction; the strict reader must also take each one back unchanged. */
  private static void assertReadsBack(AreaRecord record) {
    AreaRecordCodec codec = AreaRecordCodec.strict();
    assertEquals(record, codec.read(codec.write(record)));
  }
}
