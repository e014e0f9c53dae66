package org.sendinspection.data.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;

/** The tidy inspections table writes a date only as precisely as its sources give it. */
class InspectionTableTest {
  private static final int PUBLISHED_ON = InspectionTable.COLUMNS.indexOf("published_on");
  private static final int PUBLISHED_ON_CLAIMS = InspectionTable.COLUMNS.indexOf("published_on_claims");

  /** Essex's inspection with its publication dated by the given claims. */
  private static List<String> essexPublished(DateClaim... claims) {
    AreaRecord essex = ExampleRecords.essex();
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) essex.getInspections().get(0);
    AreaRecord changed = ImmutableAreaRecord.copyOf(essex).withInspections(ImmutableLocalAreaSendInspection
        .copyOf(inspection).withPublishedOn(DatedFact.builder().addClaims(claims).build()));
    return List.of(InspectionTable.of(List.of(changed)).lines().skip(1).findFirst().orElseThrow().split(",", -1));
  }

  private static Citation source() {
    return Citation.of(ExampleRecords.essex().getSources().get(0).getId());
  }

  @Test
  void a_limit_is_not_written_as_the_day() {
    List<String> row = essexPublished(DateClaim.onOrBefore(LocalDate.of(2019, 12, 23), source()));
    assertEquals("", row.get(PUBLISHED_ON), "no source names the day");
    assertEquals("on or before 2019-12-23", row.get(PUBLISHED_ON_CLAIMS));
  }

  @Test
  void a_month_is_not_written_as_its_first_day() {
    List<String> row = essexPublished(DateClaim.inMonth(2019, 12, source()));
    assertEquals("", row.get(PUBLISHED_ON));
    assertEquals("2019-12", row.get(PUBLISHED_ON_CLAIMS));
  }

  @Test
  void the_day_is_the_earliest_a_source_names_exactly_and_every_claim_is_listed_in_date_order() {
    List<String> row = essexPublished(DateClaim.of(LocalDate.of(2019, 12, 23), source()),
        DateClaim.onOrBefore(LocalDate.of(2019, 11, 17), source()),
        DateClaim.of(LocalDate.of(2019, 12, 30), source()));
    assertEquals("2019-12-23", row.get(PUBLISHED_ON), "the limit is earlier but names no day");
    assertEquals("on or before 2019-11-17;2019-12-23;2019-12-30", row.get(PUBLISHED_ON_CLAIMS));
  }

  @Test
  void two_sources_giving_the_same_day_list_it_once() {
    List<String> row = essexPublished(DateClaim.of(LocalDate.of(2019, 12, 23), source()),
        DateClaim.of(LocalDate.of(2019, 12, 23)));
    assertEquals("2019-12-23", row.get(PUBLISHED_ON));
    assertEquals("2019-12-23", row.get(PUBLISHED_ON_CLAIMS));
  }
}
