package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2016.Records2016.day;
import static org.sendinspection.rules.rules2016.Records2016.evaluated;
import static org.sendinspection.rules.rules2016.Records2016.inspection;
import static org.sendinspection.rules.rules2016.Records2016.on;
import static org.sendinspection.rules.rules2016.Records2016.record;
import static org.sendinspection.rules.rules2016.Records2016.revisit;
import static org.sendinspection.rules.rules2016.Records2016.submitted;
import static org.sendinspection.rules.rules2016.Records2016.weaknesses;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.Frameworks;
import org.sendinspection.rules.InspectionSummary;
import org.sendinspection.rules.conclusion.Conclusion;

/**
 * The 2016 framework's summary of an inspection, as of a day: what was found, how long the statement and
 * the revisit took from the first day on site, and the revisit's outcome once its letter is out; and the
 * statement's resubmissions as its evaluations name them.
 */
class Framework2016Test {
  private static final EvaluationVerdict NOT_FIT = EvaluationVerdict.NOT_FIT_FOR_PURPOSE;

  /** Inspected from 1 October 2018 (four weaknesses), accepted 14 May 2019, revisited 5 May 2021. */
  private static final AreaRecord REVISITED = record(inspection("2018-10-01").significantWeaknesses(weaknesses(4))
      .letterDate(on("2018-12-05")).writtenStatement(WrittenStatementOfAction.builder()
          .addSubmissions(evaluated("2019-03-01", "2019-05-14", EvaluationVerdict.FIT_FOR_PURPOSE)).build())
      .revisit(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT,
          Progress.NOT_SUFFICIENT)).build());

  private static Optional<InspectionSummary> summary(AreaRecord record, String asOf) {
    List<InspectionSummary> summaries = Derivation.of(record, day(asOf)).summaries();
    return summaries.isEmpty() ? Optional.empty() : Optional.of(summaries.get(0));
  }

  @Test
  void the_summary_counts_the_days_from_the_first_day_on_site_to_acceptance_and_to_the_revisit() {
    InspectionSummary summary = summary(REVISITED, "2021-07-01").orElseThrow();
    assertEquals("inspection-2018", summary.getInspectionId());
    assertEquals(Optional.of(4), summary.getWeaknessesFound());
    assertEquals(Optional.of(225L), summary.getDaysToStatementAcceptance(), "1 October 2018 to 14 May 2019");
    assertEquals(Optional.of(947L), summary.getDaysToRevisit(), "1 October 2018 to 5 May 2021");
    assertEquals(Optional.of(3), summary.getWeaknessesWithSufficientProgress());
    assertEquals(Optional.of(RevisitSummary.SOME), summary.getRevisitOutcome());
  }

  @Test
  void the_revisit_s_outcome_is_summarised_only_once_its_letter_is_out() {
    InspectionSummary during = summary(REVISITED, "2021-06-13").orElseThrow();
    assertEquals(Optional.of(947L), during.getDaysToRevisit());
    assertEquals(Optional.empty(), during.getWeaknessesWithSufficientProgress());
    assertEquals(Optional.empty(), during.getRevisitOutcome());
    InspectionSummary awaiting = summary(REVISITED, "2019-06-01").orElseThrow();
    assertEquals(Optional.of(225L), awaiting.getDaysToStatementAcceptance());
    assertEquals(Optional.empty(), awaiting.getDaysToRevisit());
    assertEquals(Optional.empty(), summary(REVISITED, "2019-05-13").orElseThrow().getDaysToStatementAcceptance());
  }

  @Test
  void an_inspection_not_begun_by_the_day_has_no_summary() {
    assertEquals(Optional.empty(), summary(REVISITED, "2018-09-30"));
    assertEquals(Optional.of("inspection-2018"), summary(REVISITED, "2018-10-01").map(InspectionSummary::getInspectionId));
  }

  @Test
  void the_framework_names_its_version() {
    assertEquals("Framework[local-area-send-2016]", Frameworks.of(FrameworkVersion.LOCAL_AREA_SEND_2016).toString());
  }

  @Test
  void each_judgement_not_fit_for_purpose_names_the_resubmission_that_answered_it() {
    AreaRecord record = record(inspection("2018-10-01").significantWeaknesses(weaknesses(2))
        .letterDate(on("2018-12-05")).writtenStatement(WrittenStatementOfAction.builder()
            .addSubmissions(evaluated("2019-03-01", "2019-04-01", NOT_FIT), evaluated("2019-05-01", "2019-06-03",
                NOT_FIT), submitted("2019-07-01")).build()).build());
    List<Conclusion> resubmit = Derivation.of(record, day("2019-08-01"))
        .conclusions(org.sendinspection.rules.conclusion.ConclusionKind.WSOA_TO_BE_RESUBMITTED);
    assertEquals(2, resubmit.size());
    assertTrue(resubmit.get(0).getReason().endsWith(" It was submitted again on 1 May 2019."),
        resubmit.get(0).getReason());
    assertTrue(resubmit.get(1).getReason().endsWith(" It was submitted again on 1 July 2019."),
        resubmit.get(1).getReason());
  }
}
