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
    for (Inspection inspection : record.getInspections()) {
      if (after(inspection.begunBy(), day)) {
        break;
      }
      inspections.add(inspection.accept(new Inspection.Visitor<Inspection>() {
        @Override
        public Inspection localAreaSend2016(LocalAreaSendInspection local) {
          return cut(local, day);
        }

        @Override
        public Inspection areaSend2023(AreaSendInspection areaSend) {
          return cut(areaSend, day);
        }
      }));
    }
    return ImmutableAreaRecord.copyOf(record).withInspections(inspections)
        .withInspectionCoverage(cut(record.getInspectionCoverage(), day, false));
  }

  private static LocalAreaSendInspection cut(LocalAreaSendInspection inspection, LocalDate day) {
    ImmutableLocalAreaSendInspection.Builder cut = ImmutableLocalAreaSendInspection.builder().from(inspection)
        .noticeGivenOn(upTo(inspection.getNoticeGivenOn(), day))
        .onSiteEnd(upTo(inspection.getOnSiteEnd(), day))
        .revisitCoverage(cut(inspection.getRevisitCoverage(), day, false));
    cut.writtenStatement(inspection.getWrittenStatement().map(w -> cut(w, day)));
    boolean revisited = inspection.getRevisit().filter(r -> !after(r.getOnSiteStart(), day)).isPresent();
    cut.revisit(revisited ? inspection.getRevisit() : Optional.empty());
    cut.nextSteps(revisited ? inspection.getNextSteps().flatMap(n -> cut(n, day)) : Optional.empty());
    return cut.build();
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
      kept.add(evaluated ? submission : Submission.builder().from(submission).evaluation(Optional.empty()).build());
      if (!evaluated) {
        break;
      }
    }
    return ImmutableWrittenStatementOfAction.builder().from(statement)
        .determinedOn(upTo(statement.getDeterminedOn(), day))
        .submissions(kept)
        .submissionCoverage(cut(statement.getSubmissionCoverage(), day, mayHaveHappened))
        .build();
  }

  private static Optional<NextSteps> cut(NextSteps steps, LocalDate day) {
    Optional<AcceleratedProgressPlan> plan = steps.getAcceleratedProgressPlan().map(p -> AcceleratedProgressPlan
        .builder().from(p)
        .submittedOn(upTo(p.getSubmittedOn(), day))
        .approvedOn(upTo(p.getApprovedOn(), day))
        .reviews(p.getReviews().stream().filter(r -> !after(r, day)).toList())
        .build());
    return Optional.of(NextSteps.builder().from(steps)
        .determinedOn(upTo(steps.getDeterminedOn(), day))
        .secretaryOfStateDirection(upTo(steps.getSecretaryOfStateDirection(), day))
        .acceleratedProgressPlan(plan)
        .build());
  }

  private static AreaSendInspection cut(AreaSendInspection inspection, LocalDate day) {
    List<MonitoringInspection> monitoring = new ArrayList<>();
    for (MonitoringInspection m : inspection.getMonitoringInspections()) {
      if (!after(m.getOnSiteStart(), day)) {
        monitoring.add(m);
      }
    }
    return ImmutableAreaSendInspection.copyOf(inspection)
        .withOnSiteEnd(upTo(inspection.getOnSiteEnd(), day))
        .withPriorityActionPlan(inspection.getPriorityActionPlan().map(p -> PriorityActionPlan.builder().from(p)
            .submittedOn(upTo(p.getSubmittedOn(), day)).acceptedOn(upTo(p.getAcceptedOn(), day)).build()))
        .withMonitoringInspections(monitoring)
        .withMonitoringCoverage(cut(inspection.getMonitoringCoverage(), day, false));
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

  private static Optional<DatedFact> upTo(Optional<DatedFact> fact, LocalDate day) {
    return fact.filter(f -> !after(f, day));
  }

  /** Whether every claim puts the fact after the day. */
  private static boolean after(DatedFact fact, LocalDate day) {
    return fact.earliestPossible().isAfter(day);
  }
}
