package org.sendinspection.model.generate;

import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.revisit.AcceleratedProgressPlan;
import org.sendinspection.model.revisit.NextSteps;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.inspection.FrameworkQuestion;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.ImmutableSubmission;
import org.sendinspection.model.wsoa.ImmutableWrittenStatementOfAction;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * Builds one generated inspection under the 2016 framework, with what followed it, in the shape asked.
 *
 * <p>Dates follow the framework's rhythm: a Monday start, five days on site, a letter some weeks later,
 * a statement within about 70 working days, an evaluation within weeks, a revisit a year or two after
 * acceptance but never during the COVID-19 suspension (17 March 2020 to April 2021).
 */
final class InspectionGenerator {
  private static final LocalDate FIRST_MONDAY = LocalDate.of(2016, 5, 2);
  private static final LocalDate LAST_MONDAY = LocalDate.of(2022, 4, 25);
  private static final LocalDate SUSPENDED_FROM = LocalDate.of(2020, 3, 17);
  private static final LocalDate RESUMED_FROM = LocalDate.of(2021, 5, 4);

  private final Draws draws;
  private final LocalArea area;
  private final Shape shape;
  private final Detail detail;
  private final boolean gaps;
  private final boolean rareFacts;

  InspectionGenerator(Draws draws, LocalArea area, Shape shape, Detail detail, boolean gaps, boolean rareFacts) {
    this.gaps = gaps;
    this.rareFacts = rareFacts;
    this.draws = draws;
    this.area = area;
    this.shape = shape;
    this.detail = detail;
  }

  LocalAreaSendInspection inspection() {
    LocalDate start = draws.dayBetween(FIRST_MONDAY, LAST_MONDAY)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (start.isBefore(FIRST_MONDAY)) {
      start = FIRST_MONDAY;
    }
    LocalDate end = start.plusDays(4);
    LocalDate letter = end.plusDays(draws.between(20, 60));
    LocalDate published = letter.plusDays(draws.between(5, 15));
    int weaknesses = !shape.hasWeaknesses() ? 0
        : shape == Shape.REVISIT_SOME_SUFFICIENT ? draws.between(2, 6) : draws.between(1, 6);
    ImmutableLocalAreaSendInspection.Builder inspection = LocalAreaSendInspection.builder()
        .id("inspection-" + start.getYear())
        .noticeGivenOn(fact(start.minusDays(7)))
        .onSiteStart(fact(start))
        .onSiteEnd(fact(end))
        .letterDate(fact(letter))
        .publishedOn(disputable(published))
        .strengths(findings())
        .areasForDevelopment(findings());
    if (rareFacts) {
      // Every draw here comes after the ones framework2016() makes, which so stay the same.
      rare(inspection, start, letter);
    }
    List<SignificantWeakness> found = new ArrayList<>();
    if (detail == Detail.PER_WEAKNESS) {
      for (int i = 1; i <= weaknesses; i++) {
        found.add(weakness(i));
      }
      inspection.significantWeaknesses(found);
    } else if (gaps && draws.chance(10)) {
      // A report not yet known: the number is not recorded (perhaps one weakness named), never 0.
      inspection.weaknessesKnown(WeaknessesKnown.NOT_RECORDED);
      if (weaknesses > 0 && draws.chance(50)) {
        inspection.addSignificantWeaknesses(weakness(1));
      }
    } else {
      inspection.weaknessesKnown(WeaknessesKnown.COUNTED).significantWeaknessCount(weaknesses);
      if (weaknesses > 0 && draws.chance(20)) {
        inspection.addSignificantWeaknesses(weakness(1));
      }
    }
    Optional<Revisit> revisit = Optional.empty();
    if (weaknesses > 0) {
      StatementOutcome statement = statement(letter, published, found);
      inspection.writtenStatement(statement.statement);
      if (shape.isRevisited()) {
        revisit = Optional.of(revisit(statement.acceptedOn, weaknesses, found));
        inspection.revisit(revisit);
        if (revisit.get().notSufficientCount() > 0 && draws.chance(50)) {
          inspection.nextSteps(nextSteps(revisit.get()));
        }
      } else if (draws.chance(50)) {
        inspection.revisitCoverage(recordedUntil(letter));
      }
    }
    return inspection.build();
  }

  /** The facts sources give less often: when the report was received, the inspectors, a citation. */
  private void rare(ImmutableLocalAreaSendInspection.Builder inspection, LocalDate start, LocalDate letter) {
    if (draws.chance(40)) {
      // Now and then after the letter, as a record may hold it, so that properties meet a receipt that
      // comes after the findings were written (and possibly published).
      LocalDate received = draws.chance(10) ? letter.plusDays(draws.between(1, 30)) : letter.minusDays(draws.between(0, 10));
      inspection.reportReceivedOn(draws.chance(25) ? inMonth(received) : fact(received));
    }
    inspection.inspectors(RareFacts.inspectors(draws));
    if (draws.chance(30)) {
      inspection.citation(Citation.of(AreaRecordGenerator.SOURCE_ID, "inspection of " + start));
    }
  }

  /** A statement that the record lists everything of a kind until a day drawn after the given one. */
  private Coverage recordedUntil(LocalDate after) {
    return Coverage.recordedUntil(DatedFact.of(after.plusDays(draws.between(1, 2000)),
        Citation.of(AreaRecordGenerator.SOURCE_ID, "recorded until")));
  }

  private NextSteps nextSteps(Revisit revisit) {
    LocalDate letter = revisit.getLetterDate().orElseThrow().earliest();
    LocalDate determined = letter.plusDays(draws.between(10, 60));
    var steps = NextSteps.builder().determinedOn(fact(determined))
        .citation(Citation.of(AreaRecordGenerator.SOURCE_ID, "next steps"));
    if (draws.chance(70)) {
      LocalDate submitted = determined.plusDays(draws.between(20, 90));
      var plan = AcceleratedProgressPlan.builder().submittedOn(fact(submitted));
      if (draws.chance(70)) {
        plan.approvedOn(fact(submitted.plusDays(draws.between(5, 40))));
      }
      int reviews = draws.between(0, 2);
      for (int i = 1; i <= reviews; i++) {
        plan.addReviews(fact(submitted.plusDays(180L * i)));
      }
      steps.acceleratedProgressPlan(plan.build());
    }
    if (draws.chance(10)) {
      steps.secretaryOfStateDirection(fact(determined.plusDays(draws.between(30, 300))));
    }
    return steps.build();
  }

  private List<Finding> findings() {
    int count = draws.between(0, 3);
    List<Finding> findings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      findings.add(Finding.builder().statement(Texts.sentence(draws))
          .theme(draws.chance(50) ? Optional.of(draws.oneOf(List.of(Theme.values()))) : Optional.empty())
          .build());
    }
    return findings;
  }

  private SignificantWeakness weakness(int number) {
    List<String> subPoints = new ArrayList<>();
    int count = draws.between(0, 3);
    for (int i = 0; i < count; i++) {
      subPoints.add(Texts.sentence(draws));
    }
    return SignificantWeakness.builder()
        .id("weakness-" + number)
        .theme(draws.oneOf(List.of(Theme.values())))
        .question(draws.chance(60)
            ? Optional.of(draws.oneOf(List.of(FrameworkQuestion.values()))) : Optional.empty())
        .statement(Texts.sentence(draws))
        .subPoints(subPoints)
        .citation(Citation.builder().source(AreaRecordGenerator.SOURCE_ID)
            .locator("weakness " + number).build())
        .build();
  }

  /** The statement and, for shapes past acceptance, the day it was declared fit for purpose. */
  private static final class StatementOutcome {
    final WrittenStatementOfAction statement;
    final LocalDate acceptedOn;

    StatementOutcome(WrittenStatementOfAction statement, LocalDate acceptedOn) {
      this.statement = statement;
      this.acceptedOn = acceptedOn;
    }
  }

  private StatementOutcome statement(LocalDate letter, LocalDate published, List<SignificantWeakness> found) {
    ImmutableWrittenStatementOfAction.Builder wsoa = WrittenStatementOfAction.builder()
        .determinedOn(fact(letter))
        .jointlyResponsible(area.partnersOn(letter).stream()
            .filter(p -> p.getKind().isPrincipalAuthority()).map(Partner::getName)
            .collect(Collectors.toList()))
        .actions(actions(found));
    if (draws.chance(50)) {
      wsoa.submissionCoverage(recordedUntil(letter));
    }
    if (shape == Shape.STATEMENT_REQUIRED) {
      return new StatementOutcome(wsoa.build(), null);
    }
    int rejections = shape == Shape.STATEMENT_NOT_FIT ? 1
        : shape == Shape.NOT_FIT_THEN_FIT ? draws.between(1, 2)
        : shape.isRevisited() ? draws.between(0, 1) : 0;
    boolean accepted = shape != Shape.STATEMENT_SUBMITTED && shape != Shape.STATEMENT_NOT_FIT;
    LocalDate submitted = published.plusDays(draws.between(50, 100));
    LocalDate acceptedOn = null;
    for (int round = 0; round <= rejections; round++) {
      boolean last = round == rejections;
      // Some submissions are known only by their evaluation, or only to the month, as sources give them.
      boolean knownByEvaluation = gaps && (!last || accepted || shape == Shape.STATEMENT_NOT_FIT) && draws.chance(10);
      ImmutableSubmission.Builder submission = Submission.builder();
      if (!knownByEvaluation) {
        submission.submittedOn(gaps && draws.chance(10) ? inMonth(submitted) : fact(submitted));
      }
      LocalDate evaluated = submitted.plusDays(draws.between(7, 45));
      if (!last) {
        submission.evaluation(evaluation(evaluated, EvaluationVerdict.NOT_FIT_FOR_PURPOSE, false));
      } else if (accepted) {
        submission.evaluation(evaluation(evaluated, EvaluationVerdict.FIT_FOR_PURPOSE, true));
        acceptedOn = evaluated;
      } else if (shape == Shape.STATEMENT_NOT_FIT) {
        submission.evaluation(evaluation(evaluated, EvaluationVerdict.NOT_FIT_FOR_PURPOSE, false));
      }
      wsoa.addSubmissions(submission.build());
      submitted = evaluated.plusDays(draws.between(14, 60));
    }
    if (accepted && draws.chance(50)) {
      LocalDate publishedOn = acceptedOn.plusDays(draws.between(1, 30));
      wsoa.publishedOn(draws.chance(30) ? DatedFact.builder()
          .addClaims(DateClaim.onOrBefore(publishedOn, Citation.of(AreaRecordGenerator.SOURCE_ID, "published by")))
          .build() : fact(publishedOn));
    }
    return new StatementOutcome(wsoa.build(), acceptedOn);
  }

  private Evaluation evaluation(LocalDate on, EvaluationVerdict verdict, boolean mayBeDisputed) {
    List<String> aspects = new ArrayList<>();
    int count = draws.between(0, 3);
    for (int i = 0; i < count; i++) {
      aspects.add(Texts.sentence(draws));
    }
    return Evaluation.builder()
        .evaluatedOn(mayBeDisputed ? disputable(on) : fact(on))
        .verdict(verdict)
        .aspectsToStrengthen(aspects)
        .build();
  }

  private List<CodedAction> actions(List<SignificantWeakness> found) {
    List<CodedAction> actions = new ArrayList<>();
    Map<String, Integer> numbers = new HashMap<>();
    for (SignificantWeakness weakness : found) {
      String prefix = prefix(weakness.getTheme());
      int count = draws.between(0, 3);
      for (int i = 0; i < count; i++) {
        int number = numbers.merge(prefix, 1, Integer::sum);
        actions.add(CodedAction.of(prefix + number, weakness.getId()));
      }
    }
    return actions;
  }

  private Revisit revisit(LocalDate acceptedOn, int weaknesses, List<SignificantWeakness> found) {
    LocalDate start = acceptedOn.plusDays(draws.between(180, 720));
    if (!start.isBefore(SUSPENDED_FROM) && start.isBefore(RESUMED_FROM)) {
      start = RESUMED_FROM.plusDays(draws.between(0, 240));
    }
    LocalDate end = start.plusDays(draws.between(1, 3));
    LocalDate letter = end.plusDays(draws.between(20, 40));
    List<Progress> progress = progress(weaknesses);
    var revisit = Revisit.builder()
        .onSiteStart(fact(start))
        .onSiteEnd(fact(end))
        .letterDate(fact(letter))
        .publishedOn(fact(letter.plusDays(draws.between(5, 30))));
    if (detail == Detail.PER_WEAKNESS) {
      for (int i = 0; i < found.size(); i++) {
        revisit.addOutcomes(WeaknessOutcome.builder().weakness(found.get(i).getId())
            .progress(progress.get(i))
            .narrative(progress.get(i) == Progress.SUFFICIENT
                ? "The area has made sufficient progress in addressing this significant weakness."
                : "The area has not made sufficient progress in addressing this significant weakness.")
            .build());
      }
    } else {
      int sufficient = (int) progress.stream().filter(p -> p == Progress.SUFFICIENT).count();
      revisit.outcomeCounts(ProgressCounts.of(sufficient, weaknesses - sufficient));
    }
    return revisit.build();
  }

  private List<Progress> progress(int weaknesses) {
    List<Progress> progress = new ArrayList<>(weaknesses);
    for (int i = 0; i < weaknesses; i++) {
      switch (shape) {
        case REVISIT_ALL_SUFFICIENT:
          progress.add(Progress.SUFFICIENT);
          break;
        case REVISIT_NONE_SUFFICIENT:
          progress.add(Progress.NOT_SUFFICIENT);
          break;
        default:
          // Some but not all: the first is sufficient, the last is not, the rest are drawn.
          progress.add(i == 0 ? Progress.SUFFICIENT : i == weaknesses - 1 ? Progress.NOT_SUFFICIENT
              : draws.chance(50) ? Progress.NOT_SUFFICIENT : Progress.SUFFICIENT);
      }
    }
    return progress;
  }

  private static DatedFact fact(LocalDate day) {
    return DatedFact.of(day);
  }

  /** A fact a source dates only to its month, recorded by the month's first day. */
  private static DatedFact inMonth(LocalDate day) {
    return DatedFact.builder().addClaims(DateClaim.inMonth(day.getYear(), day.getMonthValue(),
        Citation.of(AreaRecordGenerator.SOURCE_ID, "month only"))).build();
  }

  /** A fact that sometimes has a second, later claim from another source, as real sources do. */
  private DatedFact disputable(LocalDate day) {
    var fact = DatedFact.builder()
        .addClaims(DateClaim.of(day, Citation.of(AreaRecordGenerator.SOURCE_ID)));
    if (draws.chance(15)) {
      fact.addClaims(DateClaim.of(day.plusDays(draws.between(1, 40)),
          Citation.of(AreaRecordGenerator.DISPUTING_SOURCE_ID)));
    }
    return fact.build();
  }

  private static String prefix(Theme theme) {
    switch (theme) {
      case JOINT_COMMISSIONING: return "JC";
      case IDENTIFICATION_OF_NEED: return "ID";
      case EHC_PLANS: return "EHC";
      case LOCAL_OFFER: return "LO";
      case LEADERSHIP_AND_GOVERNANCE: return "LG";
      case CO_PRODUCTION: return "CP";
      case ACCESS_TO_EDUCATION: return "AE";
      case HEALTH_SERVICES: return "HS";
      case PREPARATION_FOR_ADULTHOOD: return "PA";
      default: return "OT";
    }
  }
}
