package org.sendinspection.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.PriorityActionPlan;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.CoverageState;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;
import org.sendinspection.model.revisit.AcceleratedProgressPlan;
import org.sendinspection.model.revisit.NextSteps;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.ImmutableWrittenStatementOfAction;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * An area record as it stood on a day: every event dated after that day removed, and every "recorded
 * until" cut at that day, so that nothing that happened later can change what follows on the day.
 *
 * <p>Events are the facts that happen once and are dated by their own claims: inspections (by their
 * first day on site), submissions, evaluations, revisits, monitoring inspections, next steps, and
 * the notice, last day on site, HMCI's determination and the priority action plan's submission and
 * acceptance. An event is after the day when every claim
 * puts it after the day; one that may have happened by then is kept, and rules read its dates. The
 * dates of reports and letters are kept with what they report: they say when the findings became
 * known, which the rules read as not yet known on an earlier day. Where an undated submission is
 * removed because its evaluation is after the day, the record can no longer say whether a submission
 * had been made by then, so its coverage becomes "not recorded".
 *
 * <p>A part of the record with nothing to remove is kept as it is, not built again: a record with no
 * event after the day is returned itself, which spares a derivation as of today rebuilding, and checking
 * again, the whole record.
 */
public final class RecordOnDay {

  private RecordOnDay() {}

  /**
   * The record as it stood on a day.
   *
   * @param record the record; not null
   * @param day the day; not null
   * @return the record with every later event removed; the record itself where there is none
   */
  public static AreaRecord cut(AreaRecord record, LocalDate day) {
    List<Inspection> inspections = new ArrayList<>();
    boolean changed = false;
    for (Inspection inspection : record.getInspections()) {
      if (after(inspection.begunBy(), day)) {
        changed = true;
        break;
      }
      Inspection cut = inspection.accept(new Inspection.Visitor<Inspection>() {
        @Override
        public Inspection localAreaSend2016(LocalAreaSendInspection local) {
          return cut(local, day);
        }

        @Override
        public Inspection areaSend2023(AreaSendInspection areaSend) {
          return cut(areaSend, day);
        }
      });
      changed |= cut != inspection;
      inspections.add(cut);
    }
    Coverage coverage = cut(record.getInspectionCoverage(), day, false);
    if (!changed && coverage == record.getInspectionCoverage()) {
      return record;
    }
    return ImmutableAreaRecord.copyOf(record).withInspections(inspections).withInspectionCoverage(coverage);
  }

  private static LocalAreaSendInspection cut(LocalAreaSendInspection inspection, LocalDate day) {
    Optional<DatedFact> notice = upTo(inspection.getNoticeGivenOn(), day);
    Optional<DatedFact> onSiteEnd = upTo(inspection.getOnSiteEnd(), day);
    Coverage revisitCoverage = cut(inspection.getRevisitCoverage(), day, false);
    Optional<WrittenStatementOfAction> statement = inspection.getWrittenStatement().map(w -> cut(w, day));
    boolean revisited = inspection.getRevisit().filter(r -> !after(r.getOnSiteStart(), day)).isPresent();
    Optional<Revisit> revisit = revisited ? inspection.getRevisit() : Optional.empty();
    Optional<NextSteps> nextSteps = revisited ? inspection.getNextSteps().flatMap(n -> cut(n, day)) : Optional.empty();
    if (same(notice, inspection.getNoticeGivenOn()) && same(onSiteEnd, inspection.getOnSiteEnd())
        && revisitCoverage == inspection.getRevisitCoverage() && same(statement, inspection.getWrittenStatement())
        && same(revisit, inspection.getRevisit()) && same(nextSteps, inspection.getNextSteps())) {
      return inspection;
    }
    return ImmutableLocalAreaSendInspection.builder().from(inspection)
        .noticeGivenOn(notice)
        .onSiteEnd(onSiteEnd)
        .revisitCoverage(revisitCoverage)
        .writtenStatement(statement)
        .revisit(revisit)
        .nextSteps(nextSteps)
        .build();
  }

  private static WrittenStatementOfAction cut(WrittenStatementOfAction statement, LocalDate day) {
    List<Submission> kept = new ArrayList<>();
    boolean mayHaveHappened = false;
    for (Submission submission : statement.getSubmissions()) {
      Optional<DatedFact> submitted = submission.getSubmittedOn();
      if (submitted.isPresent() ? after(submitted.get(), day)
          : after(submission.getEvaluation().orElseThrow().getEvaluatedOn(), day)) {
        mayHaveHappened = submitted.isEmpty();
        break;
      }
      boolean evaluated = submission.getEvaluation().filter(e -> !after(e.getEvaluatedOn(), day)).isPresent();
      kept.add(evaluated || submission.getEvaluation().isEmpty() ? submission
          : Submission.builder().from(submission).evaluation(Optional.empty()).build());
      if (!evaluated) {
        break;
      }
    }
    Optional<DatedFact> determined = upTo(statement.getDeterminedOn(), day);
    Coverage coverage = cut(statement.getSubmissionCoverage(), day, mayHaveHappened);
    if (same(kept, statement.getSubmissions()) && same(determined, statement.getDeterminedOn())
        && coverage == statement.getSubmissionCoverage()) {
      return statement;
    }
    return ImmutableWrittenStatementOfAction.builder().from(statement)
        .determinedOn(determined)
        .submissions(kept)
        .submissionCoverage(coverage)
        .build();
  }

  private static Optional<NextSteps> cut(NextSteps steps, LocalDate day) {
    Optional<AcceleratedProgressPlan> plan = steps.getAcceleratedProgressPlan().map(p -> cut(p, day));
    Optional<DatedFact> determined = upTo(steps.getDeterminedOn(), day);
    Optional<DatedFact> direction = upTo(steps.getSecretaryOfStateDirection(), day);
    if (same(plan, steps.getAcceleratedProgressPlan()) && same(determined, steps.getDeterminedOn())
        && same(direction, steps.getSecretaryOfStateDirection())) {
      return Optional.of(steps);
    }
    return Optional.of(NextSteps.builder().from(steps)
        .determinedOn(determined)
        .secretaryOfStateDirection(direction)
        .acceleratedProgressPlan(plan)
        .build());
  }

  private static AcceleratedProgressPlan cut(AcceleratedProgressPlan plan, LocalDate day) {
    Optional<DatedFact> submitted = upTo(plan.getSubmittedOn(), day);
    Optional<DatedFact> approved = upTo(plan.getApprovedOn(), day);
    List<DatedFact> reviews = upTo(plan.getReviews(), day);
    if (same(submitted, plan.getSubmittedOn()) && same(approved, plan.getApprovedOn())
        && reviews == plan.getReviews()) {
      return plan;
    }
    return AcceleratedProgressPlan.builder().from(plan)
        .submittedOn(submitted)
        .approvedOn(approved)
        .reviews(reviews)
        .build();
  }

  private static AreaSendInspection cut(AreaSendInspection inspection, LocalDate day) {
    List<MonitoringInspection> monitoring = new ArrayList<>();
    for (MonitoringInspection m : inspection.getMonitoringInspections()) {
      if (!after(m.getOnSiteStart(), day)) {
        monitoring.add(m);
      }
    }
    Optional<DatedFact> onSiteEnd = upTo(inspection.getOnSiteEnd(), day);
    Optional<PriorityActionPlan> plan = inspection.getPriorityActionPlan().map(p -> cut(p, day));
    Coverage coverage = cut(inspection.getMonitoringCoverage(), day, false);
    if (monitoring.size() == inspection.getMonitoringInspections().size() && same(onSiteEnd, inspection.getOnSiteEnd())
        && same(plan, inspection.getPriorityActionPlan()) && coverage == inspection.getMonitoringCoverage()) {
      return inspection;
    }
    return ImmutableAreaSendInspection.copyOf(inspection)
        .withOnSiteEnd(onSiteEnd)
        .withPriorityActionPlan(plan)
        .withMonitoringInspections(monitoring)
        .withMonitoringCoverage(coverage);
  }

  private static PriorityActionPlan cut(PriorityActionPlan plan, LocalDate day) {
    Optional<DatedFact> submitted = upTo(plan.getSubmittedOn(), day);
    Optional<DatedFact> accepted = upTo(plan.getAcceptedOn(), day);
    if (same(submitted, plan.getSubmittedOn()) && same(accepted, plan.getAcceptedOn())) {
      return plan;
    }
    return PriorityActionPlan.builder().from(plan).submittedOn(submitted).acceptedOn(accepted).build();
  }

  /**
   * A coverage cut at the day: "recorded until" a later day says, on this day, recorded until this day,
   * citing the same sources; where a removed event may have happened by the day, not recorded.
   */
  static Coverage cut(Coverage coverage, LocalDate day, boolean removedMayHaveHappened) {
    if (coverage.getState() != CoverageState.RECORDED_UNTIL) {
      return coverage;
    }
    if (removedMayHaveHappened) {
      return Coverage.notRecorded();
    }
    DatedFact until = coverage.getUntil().orElseThrow();
    if (!until.latestPossible().isAfter(day)) {
      return coverage;
    }
    var cut = DatedFact.builder();
    for (DateClaim claim : until.getClaims()) {
      if (!claim.latestPossible().isAfter(day)) {
        cut.addClaims(claim);
        continue;
      }
      var on = DateClaim.builder().date(day);
      claim.getCitation().ifPresent(on::citation);
      cut.addClaims(on.build());
    }
    return Coverage.recordedUntil(cut.build());
  }

  /** Whether a part is the very one recorded, or both are absent: nothing was removed from it. */
  private static boolean same(Optional<?> cut, Optional<?> recorded) {
    return cut.isPresent() ? recorded.isPresent() && cut.get() == recorded.get() : recorded.isEmpty();
  }

  /** Whether a list holds the very elements recorded, in order. */
  private static boolean same(List<?> cut, List<?> recorded) {
    if (cut.size() != recorded.size()) {
      return false;
    }
    for (int i = 0; i < cut.size(); i++) {
      if (cut.get(i) != recorded.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The facts not after the day: the list itself where none is, which is the usual case. */
  private static List<DatedFact> upTo(List<DatedFact> facts, LocalDate day) {
    for (int i = 0; i < facts.size(); i++) {
      if (after(facts.get(i), day)) {
        List<DatedFact> kept = new ArrayList<>(facts.subList(0, i));
        for (int j = i + 1; j < facts.size(); j++) {
          if (!after(facts.get(j), day)) {
            kept.add(facts.get(j));
          }
        }
        return kept;
      }
    }
    return facts;
  }

  private static Optional<DatedFact> upTo(Optional<DatedFact> fact, LocalDate day) {
    return fact.filter(f -> !after(f, day));
  }

  /** Whether every claim puts the fact after the day. */
  private static boolean after(DatedFact fact, LocalDate day) {
    return fact.earliestPossible().isAfter(day);
  }
}
