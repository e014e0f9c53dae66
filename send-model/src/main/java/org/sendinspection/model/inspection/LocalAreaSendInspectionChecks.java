package org.sendinspection.model.inspection;

import org.sendinspection.model.revisit.NextSteps;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * The invariants of a {@link LocalAreaSendInspection}: its own dates, and every rule that ties its
 * written statement of action and revisit to what it found.
 */
final class LocalAreaSendInspectionChecks {

  private LocalAreaSendInspectionChecks() {}

  static void check(LocalAreaSendInspection inspection) {
    Invariants invariants = Invariants.of("LocalAreaSendInspection")
        .requireIdentifier(inspection.getId(), "id");
    checkDates(inspection, invariants);
    checkWeaknesses(inspection, invariants);
    inspection.getWrittenStatement().ifPresent(wsoa -> checkStatement(inspection, wsoa, invariants));
    inspection.getRevisit().ifPresent(revisit -> checkRevisit(inspection, revisit, invariants));
    inspection.getNextSteps().ifPresent(steps -> checkNextSteps(inspection, steps, invariants));
    invariants.check();
  }

  private static Optional<DatedFact> lastDayOnSite(LocalAreaSendInspection inspection) {
    return inspection.getOnSiteEnd().or(() -> Optional.of(inspection.getOnSiteStart()));
  }

  private static void checkDates(LocalAreaSendInspection inspection, Invariants invariants) {
    Optional<DatedFact> start = Optional.of(inspection.getOnSiteStart());
    invariants
        .requireInOrder(inspection.getNoticeGivenOn(), start, "onSiteStart",
            Invariant.NOTICE_BEFORE_ON_SITE, "the first day on site (%s) is before notice was given (%s)")
        .requireInOrder(start, inspection.getOnSiteEnd(), "onSiteEnd", Invariant.PERIOD_IN_ORDER,
            "the last day on site (%s) is before the first (%s)")
        .requireInOrder(lastDayOnSite(inspection), inspection.getLetterDate(), "letterDate",
            Invariant.LETTER_AFTER_ON_SITE, "the report letter (%s) is dated before the inspection ended (%s)")
        .requireInOrder(inspection.getLetterDate(), inspection.getPublishedOn(), "publishedOn",
            Invariant.PUBLISHED_AFTER_LETTER, "publication (%s) is before the letter's date (%s)")
        .requireInOrder(start, inspection.getPublishedOn(), "publishedOn",
            Invariant.PUBLISHED_AFTER_ON_SITE, "publication (%s) is before the inspection began (%s)")
        .requireInOrder(start, inspection.getReportReceivedOn(), "reportReceivedOn",
            Invariant.REPORT_RECEIVED_AFTER_ON_SITE,
            "the report was received (%s) before the inspection began (%s)");
  }

  private static void checkWeaknesses(LocalAreaSendInspection inspection, Invariants invariants) {
    Set<String> ids = new HashSet<>();
    List<SignificantWeakness> weaknesses = inspection.getSignificantWeaknesses();
    for (int i = 0; i < weaknesses.size(); i++) {
      String id = weaknesses.get(i).getId();
      invariants.require(ids.add(id), "significantWeaknesses[" + i + "].id",
          Invariant.UNIQUE_IDENTIFIER, "significant weakness '" + id + "' appears more than once");
    }
    WeaknessesKnown known = inspection.getWeaknessesKnown();
    boolean counted = known == WeaknessesKnown.COUNTED;
    invariants.require(counted == inspection.getSignificantWeaknessCount().isPresent(),
        "significantWeaknessCount", Invariant.WEAKNESSES_KNOWN_AS_STATED, counted
            ? "weaknessesKnown is 'counted' but no significantWeaknessCount is given"
            : "weaknessesKnown is '" + known.wireName() + "' but a significantWeaknessCount is given; "
                + "a count goes with 'counted'");
    invariants.requireNotNegative(inspection.getSignificantWeaknessCount(), "significantWeaknessCount");
    inspection.getSignificantWeaknessCount().ifPresent(count -> invariants
        .require(count < 0 || count >= weaknesses.size(), "significantWeaknessCount",
            Invariant.WEAKNESSES_DETAILED_OR_COUNTED, "the count of significant weaknesses (" + count
                + ") is less than the " + weaknesses.size() + " named"));
  }

  private static void checkStatement(
      LocalAreaSendInspection inspection, WrittenStatementOfAction wsoa, Invariants invariants) {
    invariants.require(inspection.significantWeaknessTotal().map(n -> n > 0).orElse(true), "writtenStatement",
        Invariant.WSOA_NEEDS_WEAKNESS,
        "a written statement of action is recorded but the inspection found no significant weakness");
    invariants.requireInOrder(lastDayOnSite(inspection), wsoa.getDeterminedOn(),
        "writtenStatement.determinedOn", Invariant.WSOA_AFTER_INSPECTION,
        "HMCI's determination (%s) is dated before the inspection ended (%s)");
    List<Submission> submissions = wsoa.getSubmissions();
    if (!submissions.isEmpty()) {
      invariants.requireInOrder(lastDayOnSite(inspection), submissions.get(0).getSubmittedOn(),
          "writtenStatement.submissions[0].submittedOn", Invariant.WSOA_AFTER_INSPECTION,
          "the statement was submitted (%s) before the inspection ended (%s)");
    }
    if (inspection.hasWeaknessesInDetail()) {
      Set<String> found = weaknessIds(inspection);
      List<CodedAction> actions = wsoa.getActions();
      for (int i = 0; i < actions.size(); i++) {
        List<String> addresses = actions.get(i).getAddresses();
        for (int j = 0; j < addresses.size(); j++) {
          invariants.require(found.contains(addresses.get(j)),
              "writtenStatement.actions[" + i + "].addresses[" + j + "]",
              Invariant.ACTION_ADDRESSES_FOUND_WEAKNESS, "action " + actions.get(i).getCode()
                  + " addresses '" + addresses.get(j) + "', which is not a weakness of this inspection "
                  + "(found: " + String.join(", ", found) + ")");
        }
      }
    }
  }

  private static void checkRevisit(LocalAreaSendInspection inspection, Revisit revisit, Invariants invariants) {
    invariants.require(inspection.getWrittenStatement().isPresent(), "revisit",
        Invariant.REVISIT_NEEDS_WSOA,
        "a revisit is recorded but no written statement of action was required");
    inspection.getWrittenStatement().ifPresent(wsoa -> {
      Optional<Evaluation> acceptance = wsoa.acceptance();
      invariants.require(acceptance.isPresent() || wsoa.getSubmissions().isEmpty(), "revisit",
          Invariant.REVISIT_AFTER_FIT_FOR_PURPOSE,
          "a revisit is recorded but no submission of the statement was declared fit for purpose");
      invariants.requireInOrder(acceptance.map(Evaluation::getEvaluatedOn),
          Optional.of(revisit.getOnSiteStart()), "revisit.onSiteStart",
          Invariant.REVISIT_AFTER_FIT_FOR_PURPOSE,
          "the revisit (%s) began before the statement was declared fit for purpose (%s)");
    });
    invariants.requireInOrder(lastDayOnSite(inspection), Optional.of(revisit.getOnSiteStart()),
        "revisit.onSiteStart", Invariant.REVISIT_AFTER_FIT_FOR_PURPOSE,
        "the revisit (%s) began before the inspection ended (%s)");
    inspection.significantWeaknessTotal().ifPresent(found ->
        revisit.getOutcomeCounts().ifPresent(counts -> invariants.require(counts.total() == found,
            "revisit.outcomeCounts", Invariant.REVISIT_COUNTS_ADD_UP,
            counts.getSufficient() + " with sufficient progress + " + counts.getNotSufficient()
                + " without = " + counts.total() + ", but the inspection found " + found)));
    if (!revisit.getOutcomes().isEmpty()) {
      checkOutcomesPerWeakness(inspection, revisit.getOutcomes(), invariants);
    }
  }

  private static void checkOutcomesPerWeakness(
      LocalAreaSendInspection inspection, List<WeaknessOutcome> outcomes, Invariants invariants) {
    if (!inspection.hasWeaknessesInDetail()) {
      invariants.require(false, "revisit.outcomes", Invariant.REVISIT_OUTCOME_FOR_FOUND_WEAKNESS,
          "outcomes are recorded per weakness but the inspection's weaknesses are not all named; "
              + "record outcomeCounts instead");
      return;
    }
    Set<String> found = weaknessIds(inspection);
    for (int i = 0; i < outcomes.size(); i++) {
      String id = outcomes.get(i).getWeakness();
      invariants.require(found.contains(id), "revisit.outcomes[" + i + "].weakness",
          Invariant.REVISIT_OUTCOME_FOR_FOUND_WEAKNESS, "outcome for '" + id
              + "', which is not a weakness of this inspection (found: " + String.join(", ", found) + ")");
    }
    Set<String> decided = outcomes.stream().map(WeaknessOutcome::getWeakness).collect(Collectors.toSet());
    List<SignificantWeakness> weaknesses = inspection.getSignificantWeaknesses();
    for (int i = 0; i < weaknesses.size(); i++) {
      String id = weaknesses.get(i).getId();
      invariants.require(decided.contains(id), "revisit.outcomes",
          Invariant.REVISIT_OUTCOME_FOR_EVERY_WEAKNESS,
          "significant weakness '" + id + "' has no revisit outcome");
    }
  }

  private static void checkNextSteps(LocalAreaSendInspection inspection, NextSteps steps, Invariants invariants) {
    Optional<Revisit> revisit = inspection.getRevisit();
    invariants.require(revisit.isPresent() && revisit.get().notSufficientCount() > 0, "nextSteps",
        Invariant.NEXT_STEPS_AFTER_INSUFFICIENT_REVISIT, revisit.isEmpty()
            ? "next steps are recorded but no revisit is"
            : "next steps are recorded but the revisit found sufficient progress on every weakness");
    Optional<DatedFact> began = revisit.map(Revisit::getOnSiteStart);
    invariants.requireInOrder(began, steps.getDeterminedOn(), "nextSteps.determinedOn",
        Invariant.NEXT_STEPS_AFTER_INSUFFICIENT_REVISIT, "next steps (%s) are dated before the revisit (%s)");
    invariants.requireInOrder(began, steps.getAcceleratedProgressPlan().flatMap(p -> p.getSubmittedOn()),
        "nextSteps.acceleratedProgressPlan.submittedOn", Invariant.NEXT_STEPS_AFTER_INSUFFICIENT_REVISIT,
        "the accelerated progress plan (%s) is dated before the revisit (%s)");
    invariants.requireInOrder(began, steps.getSecretaryOfStateDirection(), "nextSteps.secretaryOfStateDirection",
        Invariant.NEXT_STEPS_AFTER_INSUFFICIENT_REVISIT, "the direction (%s) is dated before the revisit (%s)");
  }

  private static Set<String> weaknessIds(LocalAreaSendInspection inspection) {
    return inspection.getSignificantWeaknesses().stream().map(SignificantWeakness::getId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
