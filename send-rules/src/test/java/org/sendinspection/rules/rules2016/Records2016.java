package org.sendinspection.rules.rules2016;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStep;

/**
 * Small hand-built 2016-framework records for the rules' tests: one area, an inspection five days on
 * site, and its statement, submissions, evaluations and revisit as a test needs them, each dated to the day
 * with a single claim unless a test disputes it.
 */
final class Records2016 {
  static final LocalArea AREA = LocalArea.builder().code("E10000012").name("Essex")
      .region(OfstedRegion.EAST_OF_ENGLAND).build();

  private Records2016() {}

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static DatedFact on(String iso) {
    return DatedFact.of(day(iso));
  }

  /** A fact two sources date differently, neither citing a source document. */
  static DatedFact disputed(String first, String second) {
    return DatedFact.builder().addClaims(DateClaim.of(day(first)), DateClaim.of(day(second))).build();
  }

  /** An inspection on site for five days from the given day (a Monday), with nothing else recorded. */
  static ImmutableLocalAreaSendInspection.Builder inspection(String firstDay) {
    return LocalAreaSendInspection.builder().id("inspection-" + firstDay.substring(0, 4)).onSiteStart(on(firstDay))
        .onSiteEnd(DatedFact.of(day(firstDay).plusDays(4)));
  }

  static SignificantWeakness weakness(String id) {
    return SignificantWeakness.builder().id(id).theme(Theme.OTHER).statement("The weakness " + id + ".").build();
  }

  /** Named weaknesses w1, w2, ... */
  static List<SignificantWeakness> weaknesses(int count) {
    List<SignificantWeakness> named = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      named.add(weakness("w" + i));
    }
    return named;
  }

  static Submission submitted(String on) {
    return Submission.on(on(on));
  }

  static Submission evaluated(String submittedOn, String evaluatedOn, EvaluationVerdict verdict) {
    return Submission.builder().submittedOn(on(submittedOn)).evaluation(evaluation(on(evaluatedOn), verdict)).build();
  }

  /** A submission no source dates, known by its evaluation. */
  static Submission knownByEvaluation(String evaluatedOn, EvaluationVerdict verdict) {
    return Submission.builder().evaluation(evaluation(on(evaluatedOn), verdict)).build();
  }

  static Evaluation evaluation(DatedFact on, EvaluationVerdict verdict) {
    return Evaluation.builder().evaluatedOn(on).verdict(verdict).build();
  }

  /** A revisit with its letter, and an outcome per weakness w1, w2, ... in the order given. */
  static Revisit revisit(String firstDay, String letter, Progress... outcomes) {
    var revisit = Revisit.builder().onSiteStart(on(firstDay)).onSiteEnd(DatedFact.of(day(firstDay).plusDays(2)))
        .letterDate(on(letter));
    for (int i = 0; i < outcomes.length; i++) {
      revisit.addOutcomes(WeaknessOutcome.of("w" + (i + 1), outcomes[i]));
    }
    return revisit.build();
  }

  static ProgressCounts counts(int sufficient, int notSufficient) {
    return ProgressCounts.of(sufficient, notSufficient);
  }

  static Coverage until(String iso) {
    return Coverage.recordedUntil(on(iso));
  }

  static AreaRecord record(Inspection... inspections) {
    return AreaRecord.builder().area(AREA).addInspections(inspections).build();
  }

  static List<JourneyState> states(Journey journey) {
    return journey.steps().stream().map(JourneyStep::getState).collect(Collectors.toList());
  }

  static List<LocalDate> dates(Journey journey) {
    return journey.steps().stream().map(JourneyStep::getDate).collect(Collectors.toList());
  }
}
