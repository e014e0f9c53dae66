package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendinspection.model.area.ImmutablePartner;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Detail;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.generate.Shape;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;
import org.sendinspection.model.revisit.ImmutableRevisit;
import org.sendinspection.model.revisit.ProgressCounts;
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
 * Each invariant, broken by a targeted mutation of a valid generated record, is reported with the
 * right rule and field path; over 100 seeds per invariant.
 */
class InvariantMutationProperties {

  /** A way to break one rule in records of the given shapes, and where the break must be reported. */
  record Mutation(String name, AreaRecordGenerator records, Invariant rule, String path,
      Function<AreaRecord, Object> mutate) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Mutation> mutations() {
    AreaRecordGenerator detailed = AreaRecordGenerator.any().withDetail(Detail.PER_WEAKNESS);
    AreaRecordGenerator revisited = detailed.withShapes(
        Shape.REVISIT_ALL_SUFFICIENT, Shape.REVISIT_SOME_SUFFICIENT, Shape.REVISIT_NONE_SUFFICIENT);
    AreaRecordGenerator inspected = AreaRecordGenerator.any().withShapes(
        java.util.Arrays.stream(Shape.values()).filter(s -> s != Shape.NOT_INSPECTED).toArray(Shape[]::new));
    return Stream.of(
        new Mutation("on-site end before start", inspected, Invariant.PERIOD_IN_ORDER, "onSiteEnd",
            r -> inspection(r).withOnSiteEnd(DatedFact.of(inspection(r).getOnSiteStart().earliest().minusDays(1)))),
        new Mutation("letter before the inspection ended", inspected, Invariant.LETTER_AFTER_ON_SITE,
            "letterDate", r -> inspection(r).withLetterDate(
                DatedFact.of(inspection(r).getOnSiteStart().earliest().minusDays(1)))),
        new Mutation("publication before the letter", inspected, Invariant.PUBLISHED_AFTER_LETTER,
            "publishedOn", r -> inspection(r).withPublishedOn(
                DatedFact.of(inspection(r).getLetterDate().get().earliest().minusDays(1)))),
        new Mutation("notice after the first day on site", inspected, Invariant.NOTICE_BEFORE_ON_SITE,
            "onSiteStart", r -> inspection(r).withNoticeGivenOn(
                DatedFact.of(inspection(r).getOnSiteStart().latest().plusDays(1)))),
        new Mutation("statement without a significant weakness",
            AreaRecordGenerator.any().withoutGaps().withShapes(Shape.NO_WEAKNESSES), Invariant.WSOA_NEEDS_WEAKNESS,
            "writtenStatement", r -> inspection(r).withWrittenStatement(WrittenStatementOfAction.builder().build())),
        new Mutation("revisit before the statement was fit for purpose", revisited,
            Invariant.REVISIT_AFTER_FIT_FOR_PURPOSE, "revisit.onSiteStart",
            r -> inspection(r).withRevisit(revisitStartingOn(inspection(r),
                statement(r).acceptance().get().getEvaluatedOn().earliest().minusDays(1)))),
        new Mutation("revisit outcome for a weakness not found", revisited,
            Invariant.REVISIT_OUTCOME_FOR_FOUND_WEAKNESS, "revisit.outcomes[0].weakness",
            r -> inspection(r).withRevisit(withOutcomes(r, o -> {
              o.set(0, WeaknessOutcome.of("not-found", o.get(0).getProgress()));
            }))),
        new Mutation("a weakness with no revisit outcome", revisited.withShapes(Shape.REVISIT_SOME_SUFFICIENT),
            Invariant.REVISIT_OUTCOME_FOR_EVERY_WEAKNESS, "revisit.outcomes",
            r -> inspection(r).withRevisit(withOutcomes(r, o -> o.remove(0)))),
        new Mutation("revisit counts that do not add up",
            AreaRecordGenerator.any().withoutGaps().withDetail(Detail.COUNTS_ONLY)
                .withShapes(Shape.REVISIT_SOME_SUFFICIENT),
            Invariant.REVISIT_COUNTS_ADD_UP, "revisit.outcomeCounts",
            r -> inspection(r).withRevisit(ImmutableRevisit.copyOf(inspection(r).getRevisit().get())
                .withOutcomeCounts(ProgressCounts.of(inspection(r).getRevisit().get().sufficientCount() + 1,
                    inspection(r).getRevisit().get().notSufficientCount())))),
        new Mutation("a count below the weaknesses named", detailed.withShapes(Shape.STATEMENT_REQUIRED),
            Invariant.WEAKNESSES_DETAILED_OR_COUNTED, "significantWeaknessCount",
            r -> LocalAreaSendInspection.builder().from(inspection(r)).weaknessesKnown(WeaknessesKnown.COUNTED)
                .significantWeaknessCount(inspection(r).getSignificantWeaknesses().size() - 1).build()),
        new Mutation("named weaknesses with a count", detailed.withShapes(Shape.STATEMENT_REQUIRED),
            Invariant.WEAKNESSES_KNOWN_AS_STATED, "significantWeaknessCount",
            r -> LocalAreaSendInspection.builder().from(inspection(r)).weaknessesKnown(WeaknessesKnown.NAMED)
                .significantWeaknessCount(inspection(r).getSignificantWeaknesses().size()).build()),
        new Mutation("a weakness identifier used twice", detailed.withShapes(Shape.STATEMENT_REQUIRED),
            Invariant.UNIQUE_IDENTIFIER, "significantWeaknesses[1].id",
            r -> {
              var weaknesses = new ArrayList<>(inspection(r).getSignificantWeaknesses());
              weaknesses.add(1, weaknesses.get(0));
              return inspection(r).withSignificantWeaknesses(weaknesses);
            }),
        new Mutation("an action addressing a weakness not found", detailed.withShapes(Shape.AWAITING_REVISIT),
            Invariant.ACTION_ADDRESSES_FOUND_WEAKNESS, "writtenStatement.actions[0].addresses[0]",
            r -> inspection(r).withWrittenStatement(ImmutableWrittenStatementOfAction.copyOf(statement(r))
                .withActions(List.of(CodedAction.of("ZZ1", "not-found"))))),
        new Mutation("an evaluation before its submission", detailed.withoutGaps().withShapes(Shape.STATEMENT_NOT_FIT),
            Invariant.EVALUATION_AFTER_SUBMISSION, "evaluation.evaluatedOn",
            r -> {
              Submission first = statement(r).getSubmissions().get(0);
              return ImmutableSubmission.copyOf(first).withEvaluation(evaluationBefore(first));
            }),
        new Mutation("a submission after a fit-for-purpose judgement", detailed.withShapes(Shape.AWAITING_REVISIT),
            Invariant.RESUBMISSION_AFTER_REJECTION, "submissions[1]",
            r -> {
              List<Submission> submissions = new ArrayList<>(statement(r).getSubmissions());
              Submission last = submissions.get(submissions.size() - 1);
              submissions.add(Submission.builder().submittedOn(DatedFact.of(
                  last.getEvaluation().get().getEvaluatedOn().latest().plusDays(1))).build());
              submissions.subList(0, submissions.size() - 2).clear();
              return ImmutableWrittenStatementOfAction.copyOf(statement(r)).withSubmissions(submissions);
            }),
        new Mutation("a submission with neither a date nor an evaluation", detailed.withShapes(Shape.AWAITING_REVISIT),
            Invariant.SUBMISSION_DATED_OR_EVALUATED, "submittedOn",
            r -> Submission.builder().build()),
        new Mutation("a revisit without a statement", AreaRecordGenerator.any().withShapes(Shape.NO_WEAKNESSES),
            Invariant.REVISIT_NEEDS_WSOA, "revisit",
            r -> inspection(r).withRevisit(Revisit.builder().onSiteStart(
                DatedFact.of(inspection(r).getOnSiteStart().latest().plusDays(400)))
                .outcomeCounts(ProgressCounts.of(0, 0)).build())),
        new Mutation("a partner that stops before it starts", AreaRecordGenerator.any(),
            Invariant.PERIOD_IN_ORDER, "actingUntil",
            r -> ImmutablePartner.copyOf(r.getArea().getPartners().get(0))
                .withActingFrom(java.time.LocalDate.of(2020, 1, 1))
                .withActingUntil(java.time.LocalDate.of(2019, 1, 1))),
        new Mutation("inspections out of date order", inspected, Invariant.INSPECTIONS_IN_DATE_ORDER,
            "inspections[1].onSiteStart",
            r -> ImmutableAreaRecord.copyOf(r).withInspections(inspection(r),
                LocalAreaSendInspection.builder().id("earlier").onSiteStart(
                    DatedFact.of(inspection(r).getOnSiteStart().earliest().minusYears(1))).build())),
        new Mutation("a citation of a source the record does not list", inspected,
            Invariant.CITATION_NAMES_KNOWN_SOURCE, "inspections[0].citation.source",
            r -> ImmutableAreaRecord.copyOf(r).withInspections(
                inspection(r).withCitation(Citation.of("nowhere")))),
        new Mutation("a source listed twice", AreaRecordGenerator.any(), Invariant.UNIQUE_IDENTIFIER,
            "sources[2].id",
            r -> ImmutableAreaRecord.copyOf(r).withSources(
                r.getSources().get(0), r.getSources().get(1), r.getSources().get(0))));
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void each_broken_invariant_is_reported_with_its_rule_and_path(Mutation mutation) {
    PropertyCheck.forAll(mutation.records()).tries(100).check(record -> {
      InvariantViolationException error = assertThrows(InvariantViolationException.class,
          () -> mutation.mutate().apply(record), mutation.name() + " was accepted");
      boolean reported = error.violations().stream().anyMatch(v ->
          v.rule().equals(mutation.rule().id()) && v.path().equals(mutation.path()));
      if (!reported) {
        fail("expected " + mutation.rule().id() + " at " + mutation.path() + "; got " + error.violations());
      }
      assertTrue(error.getMessage().contains(mutation.rule().id()), error.getMessage());
    });
  }

  private static ImmutableLocalAreaSendInspection inspection(AreaRecord record) {
    return ImmutableLocalAreaSendInspection.copyOf((LocalAreaSendInspection) record.getInspections().get(0));
  }

  private static WrittenStatementOfAction statement(AreaRecord record) {
    return inspection(record).getWrittenStatement().orElseThrow();
  }

  private static Revisit revisitStartingOn(LocalAreaSendInspection inspection, java.time.LocalDate day) {
    Revisit revisit = inspection.getRevisit().orElseThrow();
    return ImmutableRevisit.copyOf(revisit).withOnSiteStart(DatedFact.of(day))
        .withOnSiteEnd(DatedFact.of(day.plusDays(2)))
        .withLetterDate(DatedFact.of(day.plusDays(30)))
        .withPublishedOn(DatedFact.of(day.plusDays(40)));
  }

  private static Revisit withOutcomes(AreaRecord record, java.util.function.Consumer<List<WeaknessOutcome>> change) {
    Revisit revisit = inspection(record).getRevisit().orElseThrow();
    List<WeaknessOutcome> outcomes = new ArrayList<>(revisit.getOutcomes());
    change.accept(outcomes);
    return ImmutableRevisit.copyOf(revisit).withOutcomes(outcomes);
  }

  private static Evaluation evaluationBefore(Submission submission) {
    return Evaluation.builder()
        .evaluatedOn(DatedFact.of(submission.getSubmittedOn().orElseThrow().earliest().minusDays(1)))
        .verdict(EvaluationVerdict.NOT_FIT_FOR_PURPOSE).build();
  }
}
