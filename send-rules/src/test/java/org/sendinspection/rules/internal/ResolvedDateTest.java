package org.sendinspection.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * A recorded date as the rules read it ({@link ResolvedDate}), and the day by which an inspection had
 * begun where its first day on site is not recorded ({@link InspectionBegun}).
 */
class ResolvedDateTest {
  private static final LocalDate DECEMBER = LocalDate.of(2019, 12, 23);
  private static final LocalDate NOVEMBER = LocalDate.of(2019, 11, 17);
  private static final String PATH = "inspections[0].publishedOn";

  private static DateClaim claim(LocalDate date, String source) {
    return DateClaim.of(date, Citation.of(source));
  }

  @Test
  void a_single_claim_is_taken_with_nothing_to_note() {
    ResolvedDate date = ResolvedDate.of(DatedFact.of(DECEMBER), PATH, "the inspection report's publication",
        DisputedDatePolicy.LATEST);
    assertEquals(DECEMBER, date.getDate());
    assertEquals(List.of(DECEMBER), date.getClaimedDates());
    assertEquals(Optional.empty(), date.getDispute());
    assertEquals(FactReference.builder().path(PATH).description("the inspection report's publication").date(DECEMBER)
        .build(), date.reference());
  }

  @Test
  void claims_that_agree_are_no_dispute() {
    DatedFact agreed = DatedFact.builder().addClaims(claim(DECEMBER, "ecc-send-inspection-update"),
        claim(DECEMBER, "ofsted-area-send-statistics-2022")).build();
    ResolvedDate date = ResolvedDate.of(agreed, PATH, "the inspection report's publication", DisputedDatePolicy.EARLIEST);
    assertEquals(DECEMBER, date.getDate());
    assertEquals(List.of(DECEMBER), date.getClaimedDates());
    assertEquals(Optional.empty(), date.getDispute());
  }

  @Test
  void a_dispute_names_each_date_once_with_every_source_that_gives_it_and_the_date_taken() {
    // Essex's 2019 report: two sources give 23 December 2019 (one of them twice), the revisit letter 17 November 2019.
    DatedFact disputed = DatedFact.builder()
        .addClaims(claim(DECEMBER, "ecc-send-inspection-update"), claim(NOVEMBER, "ofsted-essex-revisit-2022"),
            claim(DECEMBER, "ofsted-area-send-statistics-2022"), claim(DECEMBER, "ecc-send-inspection-update"))
        .build();
    ResolvedDate date = ResolvedDate.of(disputed, PATH, "the inspection report's publication",
        DisputedDatePolicy.MOST_CORROBORATED);
    assertEquals(DECEMBER, date.getDate());
    assertEquals(List.of(NOVEMBER, DECEMBER), date.getClaimedDates());
    assertEquals(Optional.of("The sources disagree on the inspection report's publication: 23 December 2019"
        + " (ecc-send-inspection-update, ofsted-area-send-statistics-2022) or 17 November 2019"
        + " (ofsted-essex-revisit-2022); the rules take the date most sources give (23 December 2019), as the"
        + " settings' disputed-date policy directs."), date.getDispute());
    assertEquals(date.getDispute(), date.reference().getDispute());
  }

  @Test
  void a_date_claimed_only_without_a_source_is_named_without_one() {
    DatedFact disputed = DatedFact.builder().addClaims(DateClaim.of(NOVEMBER), claim(DECEMBER, "ecc-send-inspection-update"))
        .build();
    ResolvedDate date = ResolvedDate.of(disputed, PATH, "the inspection report's publication",
        DisputedDatePolicy.FIRST_RECORDED);
    assertEquals(NOVEMBER, date.getDate());
    assertEquals(Optional.of("The sources disagree on the inspection report's publication: 17 November 2019 or 23"
        + " December 2019 (ecc-send-inspection-update); the rules take the first recorded (17 November 2019), as the"
        + " settings' disputed-date policy directs."), date.getDispute());
  }

  @Test
  void a_date_the_record_gives_only_to_the_month_or_as_a_limit_says_so_and_an_exact_claim_needs_nothing() {
    Citation statistics = Citation.of("ofsted-area-send-statistics-2022");
    ResolvedDate month = ResolvedDate.of(DatedFact.builder().addClaims(DateClaim.inMonth(2017, 5, statistics)).build(),
        "inspections[0].onSiteStart", "the first day of the inspection", DisputedDatePolicy.MOST_CORROBORATED);
    assertEquals(LocalDate.of(2017, 5, 1), month.getDate());
    assertEquals(Optional.of("The record gives the first day of the inspection only as 2017-05 (not to the day); the"
        + " rules take 1 May 2017."), month.getAssumption());
    ResolvedDate limit = ResolvedDate.of(DatedFact.builder()
            .addClaims(DateClaim.onOrBefore(LocalDate.of(2022, 11, 17), statistics)).build(),
        "inspections[0].revisit.publishedOn", "the revisit letter's publication", DisputedDatePolicy.EARLIEST);
    assertEquals(Optional.of("The record gives the revisit letter's publication only as on or before 2022-11-17 (a"
        + " limit); the rules take 17 November 2022."), limit.getAssumption());
    // One source naming the day exactly is enough, whatever another gives more loosely.
    ResolvedDate exact = ResolvedDate.of(DatedFact.builder().addClaims(DateClaim.inMonth(2017, 5, statistics),
        claim(LocalDate.of(2017, 5, 1), "council-paper")).build(), PATH, "the first day of the inspection",
        DisputedDatePolicy.EARLIEST);
    assertEquals(Optional.empty(), exact.getAssumption());
    // Disputed: the note concerns the claim taken, not the other.
    ResolvedDate taken = ResolvedDate.of(DatedFact.builder().addClaims(DateClaim.inMonth(2017, 5, statistics),
        claim(LocalDate.of(2017, 6, 12), "council-paper")).build(), PATH, "the report's publication",
        DisputedDatePolicy.LATEST);
    assertEquals(LocalDate.of(2017, 6, 12), taken.getDate());
    assertEquals(Optional.empty(), taken.getAssumption());
  }

  @Test
  void a_further_assumption_follows_the_one_a_date_already_carries() {
    ResolvedDate month = ResolvedDate.of(DatedFact.builder().addClaims(DateClaim.inMonth(2017, 5,
        Citation.of("statistics"))).build(), PATH, "the report's publication", DisputedDatePolicy.EARLIEST);
    assertEquals(Optional.of("The record gives the report's publication only as 2017-05 (not to the day); the rules"
        + " take 1 May 2017. The report was received on its publication."),
        month.assuming("The report was received on its publication.").getAssumption());
    assertEquals(Optional.of("Taken as received."), ResolvedDate.of(DatedFact.of(DECEMBER), PATH, "the report's"
        + " publication", DisputedDatePolicy.EARLIEST).assuming("Taken as received.").getAssumption());
  }

  private static AreaSendInspection inspection(Optional<DatedFact> end, Optional<DatedFact> received,
      Optional<DatedFact> published) {
    return AreaSendInspection.builder().id("area-send-2023").onSiteEnd(end).reportReceivedOn(received)
        .publishedOn(published).outcome(AreaSendOutcome.POSITIVE).priorityActionPlanRequired(false)
        .strategicPlanUpdateRequested(true).build();
  }

  @Test
  void an_inspection_with_no_first_day_had_begun_by_the_earliest_later_fact_and_says_so() {
    DatedFact end = DatedFact.of(LocalDate.of(2023, 3, 10));
    DatedFact received = DatedFact.of(LocalDate.of(2023, 5, 2));
    DatedFact published = DatedFact.of(LocalDate.of(2023, 6, 9));
    String what = "the area SEND inspection";
    ResolvedDate byEnd = InspectionBegun.of(inspection(Optional.of(end), Optional.of(received), Optional.of(published)),
        "inspections[1]", what, DisputedDatePolicy.EARLIEST);
    assertEquals(LocalDate.of(2023, 3, 10), byEnd.getDate());
    assertEquals("inspections[1].onSiteEnd", byEnd.getPath());
    assertEquals("the last day on site of the area SEND inspection", byEnd.getDescription());
    assertEquals(Optional.of("The record gives no first day on site of the area SEND inspection (inspections[1]"
        + ".onSiteStart is not recorded); it had begun by the last day on site of the area SEND inspection, the day"
        + " taken here."), byEnd.getAssumption());
    ResolvedDate byReceipt = InspectionBegun.of(inspection(Optional.empty(), Optional.of(received),
        Optional.of(published)), "inspections[1]", what, DisputedDatePolicy.EARLIEST);
    assertEquals("inspections[1].reportReceivedOn", byReceipt.getPath());
    assertEquals("the receipt of the report of the area SEND inspection", byReceipt.getDescription());
    assertEquals(LocalDate.of(2023, 5, 2), byReceipt.getDate());
    ResolvedDate byPublication = InspectionBegun.of(inspection(Optional.empty(), Optional.empty(),
        Optional.of(published)), "inspections[1]", what, DisputedDatePolicy.EARLIEST);
    assertEquals("inspections[1].publishedOn", byPublication.getPath());
    assertEquals("the publication of the area SEND inspection", byPublication.getDescription());
  }

  @Test
  void an_inspection_with_a_first_day_began_on_it_with_nothing_assumed() {
    AreaSendInspection inspection = AreaSendInspection.builder().from(inspection(Optional.empty(), Optional.empty(),
        Optional.of(DatedFact.of(LocalDate.of(2023, 6, 9))))).onSiteStart(DatedFact.of(LocalDate.of(2023, 3, 6))).build();
    ResolvedDate began = InspectionBegun.of(inspection, "inspections[1]", "the area SEND inspection",
        DisputedDatePolicy.EARLIEST);
    assertEquals(LocalDate.of(2023, 3, 6), began.getDate());
    assertEquals("inspections[1].onSiteStart", began.getPath());
    assertEquals("the first day of the area SEND inspection", began.getDescription());
    assertEquals(Optional.empty(), began.getAssumption());
  }
}
