package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;

/**
 * Small hand-built 2016-framework records for the rules' tests: one area, one inspection, only the facts
 * a test sets, so that each test reads as the case it describes.
 */
final class Cases2016 {
  private Cases2016() {}

  /** An inspection on site from the given day, with no findings or dates beyond that. */
  static ImmutableLocalAreaSendInspection.Builder inspectedFrom(LocalDate onSiteStart) {
    return LocalAreaSendInspection.builder().id("inspection").onSiteStart(DatedFact.of(onSiteStart));
  }

  /** A significant weakness with the given identifier and statement. */
  static SignificantWeakness weakness(String id, String statement) {
    return SignificantWeakness.builder().id(id).theme(Theme.OTHER).statement(statement).build();
  }

  /** The given number of weaknesses, known only as a count. */
  static ImmutableLocalAreaSendInspection.Builder counted(ImmutableLocalAreaSendInspection.Builder inspection,
      int count) {
    return inspection.weaknessesKnown(WeaknessesKnown.COUNTED).significantWeaknessCount(count);
  }

  /** A submission made on a day. */
  static Submission submittedOn(LocalDate day) {
    return Submission.builder().submittedOn(DatedFact.of(day)).build();
  }

  /** A submission made on a day and judged on another. */
  static Submission submittedAndJudged(LocalDate submitted, LocalDate evaluated, EvaluationVerdict verdict) {
    return Submission.builder().submittedOn(DatedFact.of(submitted))
        .evaluation(Evaluation.builder().evaluatedOn(DatedFact.of(evaluated)).verdict(verdict).build()).build();
  }

  /** A submission no source dates, known only by its evaluation. */
  static Submission judgedOnly(LocalDate evaluated, EvaluationVerdict verdict) {
    return Submission.builder()
        .evaluation(Evaluation.builder().evaluatedOn(DatedFact.of(evaluated)).verdict(verdict).build()).build();
  }

  /** A coverage showing every one listed until the day. */
  static Coverage until(LocalDate day) {
    return Coverage.recordedUntil(DatedFact.of(day));
  }

  /** The record of one area with the given partners and inspection. */
  static AreaRecord record(LocalAreaSendInspection inspection, Partner... partners) {
    return AreaRecord.builder()
        .area(LocalArea.builder().code("E10000012").name("Essex").region(OfstedRegion.EAST_OF_ENGLAND)
            .addPartners(partners).build())
        .addInspections(inspection)
        .build();
  }

  /** The conclusions one rule draws from the record as of a day, under the settings. */
  static List<Conclusion> drawn(String ruleId, AreaRecord record, LocalDate asOf, RuleSettings settings) {
    return Derivation.of(record, asOf, settings).conclusions().stream()
        .filter(c -> c.getRuleId().equals(ruleId)).collect(Collectors.toList());
  }

  /** The conclusions one rule draws from the record as of a day, under the default settings. */
  static List<Conclusion> drawn(String ruleId, AreaRecord record, LocalDate asOf) {
    return drawn(ruleId, record, asOf, RuleSettings.defaults());
  }

  /** The one conclusion the rule draws; fails where it draws none or several. */
  static Conclusion only(String ruleId, AreaRecord record, LocalDate asOf) {
    return only(drawn(ruleId, record, asOf));
  }

  /** The one conclusion in the list; fails where there are none or several. */
  static Conclusion only(List<Conclusion> conclusions) {
    assertEquals(1, conclusions.size(), () -> conclusions.toString());
    return conclusions.get(0);
  }

  /** The paths of a conclusion's basis, in order. */
  static List<String> basis(Conclusion conclusion) {
    return conclusion.getBasis().stream().map(f -> f.getPath()).collect(Collectors.toList());
  }
}
