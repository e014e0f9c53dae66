package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.model.inspection.FrameworkVersion;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * What the rules may say is bounded by what the record shows: no later fact changes a day's answer,
 * forgetting a fact never makes an answer more definite, and an obligation never stands beside the
 * inspection that superseded it. Over generated records of both frameworks with every kind of fact:
 * counts not recorded, partial dates and limits, submissions known only by their evaluation, coverages,
 * next steps.
 */
class KnowledgePropertiesTest {
  /** Tries per property, stated so CI's log shows how much was explored. */
  static final int TRIES = 300;
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2028, 12, 31);
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();
  private static final AreaRecordGenerator RECORDS = AreaRecordGenerator.any().withAreaSendInspections(50);
  private static final Set<ConclusionKind> OVERDUE = EnumSet.of(ConclusionKind.WSOA_OVERDUE,
      ConclusionKind.REVISIT_OVERDUE, ConclusionKind.MONITORING_INSPECTION_OVERDUE,
      ConclusionKind.NEXT_FULL_INSPECTION_OVERDUE);
  private static final Set<ConclusionKind> OBLIGATIONS_2016 = EnumSet.of(ConclusionKind.WSOA_OVERDUE,
      ConclusionKind.REVISIT_OVERDUE, ConclusionKind.QUARTERLY_VISITS_IN_FORCE,
      ConclusionKind.QUARTERLY_VISITS_CONTINUE, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE,
      ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED);

  /** A record and a day. */
  record Case(AreaRecord record, LocalDate day, int forget) {
    @Override
    public String toString() {
      return "as of " + day + ", forgetting #" + forget + ", record:\n" + CODEC.write(record);
    }
  }

  private static PropertyCheck<Case> forAll() {
    Gen<Case> cases = (Draws draws) -> new Case(RECORDS.generate(draws), draws.dayBetween(FIRST_DAY, LAST_DAY),
        draws.between(0, 5));
    return PropertyCheck.forAll(cases).tries(TRIES).describedBy(Case::toString);
  }

  @Test
  void causality_a_days_answer_is_the_answer_from_the_record_with_every_later_fact_removed() {
    forAll().check(c -> {
      AreaRecord cut = RecordOnDay.cut(c.record(), c.day());
      Derivation whole = Derivation.of(c.record(), c.day());
      Derivation onlyEarlier = Derivation.of(cut, c.day());
      assertEquals(whole.conclusions(), onlyEarlier.conclusions());
      assertEquals(whole.currentState(), onlyEarlier.currentState());
      assertEquals(whole.summaries(), onlyEarlier.summaries());
      for (int i = 0; i < onlyEarlier.journeys().size(); i++) {
        assertEquals(whole.journeys().get(i), onlyEarlier.journeys().get(i));
      }
    });
  }

  @Test
  void the_cut_removes_exactly_the_events_after_the_day_and_keeps_a_valid_record() {
    forAll().check(c -> {
      AreaRecord cut = RecordOnDay.cut(c.record(), c.day());
      assertEquals(cut, CODEC.read(CODEC.write(cut)), "the cut is a valid record");
      assertEquals(cut, RecordOnDay.cut(cut, c.day()), "cutting twice changes nothing");
      List<DatedFact> kept = events(cut);
      kept.forEach(f -> assertFalse(f.earliestPossible().isAfter(c.day()), f.describe() + " is after " + c.day()));
      // Inspections, revisits and monitoring inspections that had certainly begun by the day are all kept.
      assertEquals(begunBy(c.record(), c.day()), begunBy(cut, c.day()));
    });
  }

  @Test
  void monotone_knowledge_forgetting_a_fact_never_settles_a_question_or_makes_something_overdue() {
    forAll().check(c -> {
      Optional<AreaRecord> forgotten = forget(c.record(), c.forget());
      if (forgotten.isEmpty()) {
        return;
      }
      Derivation known = Derivation.of(c.record(), c.day());
      Derivation less = Derivation.of(forgotten.get(), c.day());
      Set<String> overdueBefore = keys(known, OVERDUE);
      for (String overdue : keys(less, OVERDUE)) {
        assertTrue(overdueBefore.contains(overdue), "forgetting made " + overdue + " overdue");
      }
      Set<String> stillUnknown = keys(less, EnumSet.of(ConclusionKind.NOT_DETERMINABLE));
      for (String unknown : keys(known, EnumSet.of(ConclusionKind.NOT_DETERMINABLE))) {
        assertTrue(stillUnknown.contains(unknown), "forgetting settled " + unknown);
      }
    });
  }

  @Test
  void no_obligation_twice_a_2016_obligation_never_stands_beside_the_inspection_that_superseded_it() {
    forAll().check(c -> {
      Derivation derivation = Derivation.of(c.record(), c.day());
      List<Inspection> inspections = c.record().getInspections();
      for (int i = 0; i + 1 < inspections.size(); i++) {
        boolean superseded = !inspections.get(i + 1).begunBy().earliestPossible().isAfter(c.day())
            && Derivation.of(RecordOnDay.cut(c.record(), c.day()), c.day()).journeys().get(i + 1).steps().size() > 0;
        if (!superseded) {
          continue;
        }
        String id = inspections.get(i).getId();
        List<Conclusion> inForce = derivation.conclusions().stream()
            .filter(x -> x.getInspectionId().equals(id) && OBLIGATIONS_2016.contains(x.getKind()))
            .collect(Collectors.toList());
        assertEquals(List.of(), inForce, "superseded by " + inspections.get(i + 1).begunBy().describe());
      }
    });
  }

  @Test
  void overdue_is_said_only_where_the_record_shows_the_thing_had_not_happened_by_the_due_day() {
    forAll().check(c -> {
      AreaRecord onDay = RecordOnDay.cut(c.record(), c.day());
      for (Conclusion overdue : Derivation.of(c.record(), c.day()).conclusions()) {
        if (!OVERDUE.contains(overdue.getKind())) {
          continue;
        }
        LocalDate due = overdue.date(DateRole.DUE_BY).or(() -> overdue.date(DateRole.USUALLY_DUE_BY))
            .or(() -> overdue.date(DateRole.WINDOW_CLOSED)).orElseThrow();
        assertTrue(coverageOf(onDay, overdue).showsNoneOtherBy(due)
            || listedAfter(onDay, overdue, due), overdue.getKind() + " without the record showing it: "
            + overdue.getReason());
      }
    });
  }

  /** The record's coverage that an overdue conclusion rests on. */
  private static Coverage coverageOf(AreaRecord record, Conclusion overdue) {
    Inspection inspection = record.getInspections().stream().filter(i -> i.getId().equals(overdue.getInspectionId()))
        .findFirst().orElseThrow();
    switch (overdue.getKind()) {
      case WSOA_OVERDUE:
        return ((LocalAreaSendInspection) inspection).getWrittenStatement().orElseThrow().getSubmissionCoverage();
      case REVISIT_OVERDUE:
        return ((LocalAreaSendInspection) inspection).getRevisitCoverage();
      case MONITORING_INSPECTION_OVERDUE:
        return ((AreaSendInspection) inspection).getMonitoringCoverage();
      default:
        return record.getInspectionCoverage();
    }
  }

  /** Whether what the conclusion awaits is listed, and dated after the due day (a later submission). */
  private static boolean listedAfter(AreaRecord record, Conclusion overdue, LocalDate due) {
    Inspection inspection = record.getInspections().stream().filter(i -> i.getId().equals(overdue.getInspectionId()))
        .findFirst().orElseThrow();
    if (overdue.getKind() != ConclusionKind.WSOA_OVERDUE) {
      return false;
    }
    return ((LocalAreaSendInspection) inspection).getWrittenStatement().orElseThrow().getSubmissions().stream()
        .findFirst().flatMap(Submission::getSubmittedOn).filter(d -> d.earliestPossible().isAfter(due)).isPresent();
  }

  /** Each conclusion of the kinds as "rule inspection", so that two derivations can be compared. */
  private static Set<String> keys(Derivation derivation, Set<ConclusionKind> kinds) {
    return derivation.conclusions().stream().filter(c -> kinds.contains(c.getKind()))
        .map(c -> c.getRuleId() + " " + c.getInspectionId()).collect(Collectors.toSet());
  }

  /**
   * The record with one recorded fact turned into "not recorded": a coverage, or the number of
   * weaknesses; empty where the record has no such fact to forget.
   */
  static Optional<AreaRecord> forget(AreaRecord record, int which) {
    if (which == 0) {
      return record.getInspectionCoverage().getUntil().isPresent()
          ? Optional.of(AreaRecord.builder().from(record).inspectionCoverage(Coverage.notRecorded()).build())
          : Optional.empty();
    }
    List<Inspection> inspections = new ArrayList<>(record.getInspections());
    for (int i = 0; i < inspections.size(); i++) {
      Optional<Inspection> changed = forget(inspections.get(i), which);
      if (changed.isPresent()) {
        inspections.set(i, changed.get());
        return Optional.of(AreaRecord.builder().from(record).inspections(inspections).build());
      }
    }
    return Optional.empty();
  }

  private static Optional<Inspection> forget(Inspection inspection, int which) {
    if (inspection.framework() == FrameworkVersion.AREA_SEND_2023) {
      AreaSendInspection areaSend = (AreaSendInspection) inspection;
      return which == 1 && areaSend.getMonitoringCoverage().getUntil().isPresent()
          ? Optional.of(AreaSendInspection.builder().from(areaSend).monitoringCoverage(Coverage.notRecorded()).build())
          : Optional.empty();
    }
    LocalAreaSendInspection local = (LocalAreaSendInspection) inspection;
    switch (which) {
      case 2:
        return local.getRevisitCoverage().getUntil().isPresent()
            ? Optional.of(LocalAreaSendInspection.builder().from(local).revisitCoverage(Coverage.notRecorded()).build())
            : Optional.empty();
      case 3:
        return local.getWrittenStatement().filter(w -> w.getSubmissionCoverage().getUntil().isPresent())
            .map(w -> LocalAreaSendInspection.builder().from(local).writtenStatement(
                WrittenStatementOfAction.builder().from(w).submissionCoverage(Coverage.notRecorded()).build()).build());
      case 4:
        boolean countsOnly = local.getRevisit().map(r -> !r.hasOutcomesPerWeakness()).orElse(true);
        return local.getWeaknessesKnown() != WeaknessesKnown.NOT_RECORDED && countsOnly
            ? Optional.of(LocalAreaSendInspection.builder().from(local).weaknessesKnown(WeaknessesKnown.NOT_RECORDED)
                .significantWeaknessCount(Optional.empty()).significantWeaknesses(List.of()).build())
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** Every event of the record, each dated by its own claims. */
  private static List<DatedFact> events(AreaRecord record) {
    List<DatedFact> events = new ArrayList<>();
    for (Inspection inspection : record.getInspections()) {
      events.add(inspection.begunBy());
      if (inspection.framework() == FrameworkVersion.LOCAL_AREA_SEND_2016) {
        LocalAreaSendInspection local = (LocalAreaSendInspection) inspection;
        local.getWrittenStatement().ifPresent(w -> w.getSubmissions().forEach(s -> {
          s.getSubmittedOn().ifPresent(events::add);
          s.getEvaluation().ifPresent(e -> events.add(e.getEvaluatedOn()));
        }));
        local.getRevisit().map(Revisit::getOnSiteStart).ifPresent(events::add);
        local.getNextSteps().ifPresent(n -> {
          n.getDeterminedOn().ifPresent(events::add);
          n.getSecretaryOfStateDirection().ifPresent(events::add);
        });
      } else if (inspection.framework() == FrameworkVersion.AREA_SEND_2023) {
        ((AreaSendInspection) inspection).getMonitoringInspections().stream()
            .map(MonitoringInspection::getOnSiteStart).forEach(events::add);
      }
    }
    return events;
  }

  /** The inspections, revisits and monitoring inspections that had certainly begun by the day. */
  private static List<DatedFact> begunBy(AreaRecord record, LocalDate day) {
    List<DatedFact> begun = new ArrayList<>();
    for (Inspection inspection : record.getInspections()) {
      begun.add(inspection.begunBy());
      if (inspection.framework() == FrameworkVersion.LOCAL_AREA_SEND_2016) {
        ((LocalAreaSendInspection) inspection).getRevisit().map(Revisit::getOnSiteStart).ifPresent(begun::add);
      } else if (inspection.framework() == FrameworkVersion.AREA_SEND_2023) {
        ((AreaSendInspection) inspection).getMonitoringInspections().stream()
            .map(MonitoringInspection::getOnSiteStart).forEach(begun::add);
      }
    }
    begun.removeIf(f -> f.latestPossible().isAfter(day));
    return begun;
  }
}
