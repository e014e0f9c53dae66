package org.sendinspection.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sendinspection.rules.conclusion.DateRole;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStep;
import org.sendinspection.rules.InspectionSummary;

/**
 * Essex, the model's example record (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022,
 * reports.ofsted.gov.uk; Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families
 * Scrutiny Committee, 2020, www.essex.gov.uk, 004 and the official statistics): three significant
 * weaknesses, all with sufficient progress at the 2022 revisit, so the quarterly visits cease (Ofsted and
 * CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk).
 * The sources disagree on two dates, and the conclusions say so: the report's publication, 23 December
 * 2019 in the council paper (Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families
 * Scrutiny Committee, 2020, www.essex.gov.uk) and the statistics against 17 November 2019 in the revisit
 * letter
 * (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk); the
 * statement's evaluation, the letter of 6 April 2020 (Ofsted and CQC, letter on the joint evaluation of Essex's written
 * statement of action, 6 April 2020, reports.ofsted.gov.uk) against "declared fit for
 * purpose on 16 April 2020" (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022,
 * reports.ofsted.gov.uk), one source each.
 */
class EssexDerivationTest {
  private static final AreaRecord ESSEX = ExampleRecords.essex();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final Derivation NOW = Derivation.of(ESSEX, TODAY);

  @Test
  void a_statement_is_required_and_the_council_and_the_five_ccgs_are_jointly_responsible() {
    Conclusion required = only(NOW, ConclusionKind.WSOA_REQUIRED);
    assertEquals(Optional.of(LocalDate.of(2019, 12, 23)), required.date(DateRole.REQUIRED_FROM));
    assertEquals(List.of("area.partners[0]", "area.partners[1]", "area.partners[2]", "area.partners[3]",
        "area.partners[4]", "area.partners[5]"), paths(required, "area.partners"));
    assertTrue(required.getReason().startsWith("The inspection found 3 significant weaknesses, so HMCI requires a"
        + " written statement of action from 23 December 2019; Essex County Council, Basildon and Brentwood"
        + " Clinical Commissioning Group,"), required.getReason());
    assertFalse(required.getReason().contains("Integrated Care Board"), "the ICBs came later");
  }

  @Test
  void by_default_the_publication_two_sources_give_makes_the_submission_in_time_and_both_claims_are_named() {
    Conclusion due = only(NOW, ConclusionKind.WSOA_DUE);
    assertEquals(Optional.of(LocalDate.of(2020, 4, 2)), due.date(DateRole.DUE_BY));
    assertTrue(due.getReason().contains("Counted from each claimed date it would be due by 26 February 2020"
        + " (from 17 November 2019) and 2 April 2020 (from 23 December 2019)."), due.getReason());
    assertTrue(due.getReason().contains("The letters do not say when the report was received, so this takes the"
        + " publication date"), due.getReason());
    String dispute = "The sources disagree on the inspection report's publication: 23 December 2019"
        + " (ecc-send-inspection-update, ofsted-area-send-statistics-2022) or 17 November 2019"
        + " (ofsted-essex-revisit-2022); the rules take the date most sources give (23 December 2019), as the"
        + " settings' disputed-date policy directs.";
    assertEquals(Optional.of(dispute), due.getBasis().get(0).getDispute());
    assertTrue(due.getReason().contains(dispute), due.getReason());
    Conclusion inTime = only(NOW, ConclusionKind.WSOA_SUBMITTED_IN_TIME);
    assertEquals(Optional.of(LocalDate.of(2020, 3, 27)), inTime.date(DateRole.SUBMITTED_ON));
    assertTrue(inTime.getReason().startsWith("The statement was submitted on 27 March 2020, 66 working days after"
        + " receipt, within the time allowed (due by 2 April 2020)."), inTime.getReason());
    assertTrue(NOW.conclusions(ConclusionKind.WSOA_SUBMITTED_LATE).isEmpty());
  }

  @Test
  void counted_from_the_earliest_claim_of_17_november_2019_the_statement_was_late() {
    Derivation earliest = Derivation.of(ESSEX, TODAY,
        RuleSettings.defaults().withDisputedDatePolicy(DisputedDatePolicy.EARLIEST));
    assertEquals(Optional.of(LocalDate.of(2020, 2, 26)), only(earliest, ConclusionKind.WSOA_DUE).date(DateRole.DUE_BY));
    Conclusion late = only(earliest, ConclusionKind.WSOA_SUBMITTED_LATE);
    assertTrue(late.getReason().startsWith("The statement was submitted on 27 March 2020"), late.getReason());
    assertTrue(late.getReason().contains("after it was due (by 26 February 2020)."), late.getReason());
    assertTrue(earliest.conclusions(ConclusionKind.WSOA_SUBMITTED_IN_TIME).isEmpty());
  }

  @Test
  void a_recorded_receipt_overrides_the_publication_and_the_reason_drops_the_assumption() {
    // The revisit letter's date for the report (Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30
    // June 2022, reports.ofsted.gov.uk), recorded as the receipt: it then rules alone.
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) ESSEX.getInspections().get(0);
    DatedFact seed000 = DatedFact.builder().addClaims(inspection.getPublishedOn().orElseThrow().getClaims().stream()
        .filter(c -> c.getDate().equals(LocalDate.of(2019, 11, 17))).findFirst().orElseThrow()).build();
    AreaRecord received = AreaRecord.builder().from(ESSEX).inspections(List.of(LocalAreaSendInspection.builder()
        .from(inspection)
        .reportReceivedOn(seed000)
        .build()))
        .build();
    Conclusion due = only(Derivation.of(received, TODAY), ConclusionKind.WSOA_DUE);
    assertEquals(Optional.of(LocalDate.of(2020, 2, 26)), due.date(DateRole.DUE_BY));
    assertEquals("inspections[0].reportReceivedOn", due.getBasis().get(0).getPath());
    assertFalse(due.getReason().contains("do not say when the report was received"), due.getReason());
  }

  @Test
  void the_statement_was_fit_for_purpose_on_6_april_2020_and_the_16_april_claim_is_named() {
    Conclusion fit = only(NOW, ConclusionKind.WSOA_FIT_FOR_PURPOSE);
    assertEquals(Optional.of(LocalDate.of(2020, 4, 6)), fit.date(DateRole.FIT_FOR_PURPOSE_ON));
    assertTrue(fit.getReason().contains("6 April 2020 (ofsted-essex-wsoa-evaluation-2020) or 16 April 2020"
        + " (ofsted-essex-revisit-2022); the rules take the earliest of the dates equally supported (6 April 2020)"),
        fit.getReason());
    assertEquals("inspections[0].writtenStatement.submissions[0].evaluation", fit.getBasis().get(1).getPath());
  }

  @Test
  void the_revisit_was_usually_due_by_6_october_2021_and_the_window_overlapped_the_covid_suspension() {
    Conclusion due = only(NOW, ConclusionKind.REVISIT_DUE);
    assertEquals(Optional.of(LocalDate.of(2021, 10, 6)), due.date(DateRole.USUALLY_DUE_BY));
    assertTrue(due.getReason().contains("The revisit began on 17 May 2022, after that date."), due.getReason());
    assertTrue(due.getReason().contains("suspension of inspections and revisits for COVID-19 from 17 March 2020"),
        due.getReason());
    assertTrue(NOW.conclusions(ConclusionKind.REVISIT_OVERDUE).isEmpty(), "revisited by now");
  }

  @Test
  void on_25_november_2021_the_revisit_was_overdue() {
    Derivation then = Derivation.of(ESSEX, LocalDate.of(2021, 11, 25));
    Conclusion overdue = only(then, ConclusionKind.REVISIT_OVERDUE);
    assertEquals(Optional.of(LocalDate.of(2021, 10, 6)), overdue.date(DateRole.USUALLY_DUE_BY));
    assertEquals(JourneyState.REVISIT_OVERDUE, then.journeys().get(0).current());
    assertTrue(then.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
    assertEquals(1, then.conclusions(ConclusionKind.QUARTERLY_VISITS_IN_FORCE).size());
  }

  @Test
  void the_quarterly_visits_cease_on_the_revisit_letter_of_30_june_2022_resting_on_all_three_outcomes() {
    Conclusion ceased = only(NOW, ConclusionKind.QUARTERLY_VISITS_CEASED);
    assertEquals(Optional.of(LocalDate.of(2022, 6, 30)), ceased.date(DateRole.CEASED_ON));
    assertEquals(List.of("inspections[0].revisit.outcomes[0]", "inspections[0].revisit.outcomes[1]",
        "inspections[0].revisit.outcomes[2]"), paths(ceased, "inspections[0].revisit"));
    assertTrue(ceased.getReason().startsWith("The revisit found sufficient progress on all 3 significant weaknesses,"
        + " so DfE and NHS England's formal quarterly support and challenge visits, in force since 23 December 2019,"
        + " cease on 30 June 2022."), ceased.getReason());
    assertEquals("seed-000", ceased.getCitations().get(0).getId());
    for (ConclusionKind absent : List.of(ConclusionKind.QUARTERLY_VISITS_IN_FORCE,
        ConclusionKind.QUARTERLY_VISITS_CONTINUE, ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE,
        ConclusionKind.WEAKNESSES_REMAINING, ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED)) {
      assertTrue(NOW.conclusions(absent).isEmpty(), absent.name());
    }
  }

  @Test
  void the_day_before_the_letter_the_visits_were_still_in_force_and_the_outcome_awaited() {
    Derivation before = Derivation.of(ESSEX, LocalDate.of(2022, 6, 29));
    assertTrue(before.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
    assertEquals(Optional.of(LocalDate.of(2019, 12, 23)),
        only(before, ConclusionKind.QUARTERLY_VISITS_IN_FORCE).date(DateRole.IN_FORCE_FROM));
    assertEquals(JourneyState.REVISIT_UNDER_WAY, before.journeys().get(0).current());
  }

  @Test
  void the_journey_runs_from_inspection_to_monitoring_ceased_with_the_statement_in_time() {
    List<JourneyState> states = NOW.journeys().get(0).steps().stream().map(JourneyStep::getState)
        .collect(Collectors.toList());
    assertEquals(List.of(JourneyState.INSPECTED, JourneyState.AWAITING_WSOA, JourneyState.WSOA_UNDER_EVALUATION, JourneyState.AWAITING_REVISIT, JourneyState.REVISIT_OVERDUE,
        JourneyState.REVISIT_UNDER_WAY, JourneyState.MONITORING_CEASED), states);
    Conclusion state = only(NOW, ConclusionKind.JOURNEY_STATE);
    assertEquals("On 25 November 2026 the area's journey is at \"quarterly monitoring ceased\", since 30 June 2022,"
        + " when the revisit found sufficient progress on every weakness.", state.getReason());
  }

  @Test
  void the_summary_counts_three_found_three_sufficient_and_the_days_to_acceptance_and_revisit() {
    InspectionSummary summary = NOW.summaries().get(0);
    assertEquals(Optional.of(3), summary.getWeaknessesFound());
    assertEquals(Optional.of(3), summary.getWeaknessesWithSufficientProgress());
    assertEquals(Optional.of(RevisitSummary.ALL), summary.getRevisitOutcome());
    assertEquals(Optional.of(189L), summary.getDaysToStatementAcceptance(), "30 September 2019 to 6 April 2020");
    assertEquals(Optional.of(960L), summary.getDaysToRevisit(), "30 September 2019 to 17 May 2022");
  }

  @Test
  void the_report_prints_each_conclusion_with_its_reason_facts_and_sources() {
    String report = NOW.report();
    assertTrue(report.startsWith("Essex (E10000012), as of 2026-11-25\n\n2019-inspection (local-area-send-2016)\n"), report);
    assertTrue(report.contains("  QUARTERLY_VISITS_CEASED [2016.quarterly-visits]  ceased on 2022-06-30\n"), report);
    assertTrue(report.contains("    rests on: inspections[0].revisit.outcomes[2] (the revisit's outcome for"
        + " 'ehc-plans': sufficient-progress, 2022-06-30)\n"), report);
    assertTrue(report.contains("    source: Ofsted and CQC, Joint area SEND revisit in Essex, letter of 30 June 2022"),
        report);
  }

  static Conclusion only(Derivation derivation, ConclusionKind kind) {
    List<Conclusion> found = derivation.conclusions(kind);
    assertEquals(1, found.size(), kind + " in\n" + derivation.report());
    return found.get(0);
  }

  static List<String> paths(Conclusion conclusion, String prefix) {
    return conclusion.getBasis().stream().map(FactReference::getPath).filter(p -> p.startsWith(prefix))
        .collect(Collectors.toList());
  }
}
