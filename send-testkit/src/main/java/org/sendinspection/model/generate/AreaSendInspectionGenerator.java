package org.sendinspection.model.generate;

import org.sendinspection.model.areasend.PriorityActionPlan;
import org.sendinspection.model.areasend.PriorityActionProgress;
import org.sendinspection.model.revisit.Progress;

import org.sendinspection.model.provenance.Coverage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.StatedPreviousInspection;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;

/**
 * Builds one generated inspection under the 2023 framework: a Monday start from January 2023, five
 * days on site, publication some weeks later, an outcome drawn from all three with the requirements
 * the framework sets for it, and for outcome 3 sometimes a monitoring inspection about 18 months on.
 */
final class AreaSendInspectionGenerator {
  private static final LocalDate FIRST_MONDAY = LocalDate.of(2023, 1, 9);
  private static final LocalDate LAST_MONDAY = LocalDate.of(2025, 12, 15);

  private final Draws draws;
  private final LocalArea area;
  private final boolean rareFacts;

  AreaSendInspectionGenerator(Draws draws, LocalArea area, boolean rareFacts) {
    this.draws = draws;
    this.area = area;
    this.rareFacts = rareFacts;
  }

  AreaSendInspection inspection(Optional<Inspection> previous) {
    LocalDate start = draws.dayBetween(FIRST_MONDAY, LAST_MONDAY)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (start.isBefore(FIRST_MONDAY)) {
      start = FIRST_MONDAY;
    }
    LocalDate end = start.plusDays(4);
    LocalDate published = end.plusDays(draws.between(30, 90));
    AreaSendOutcome outcome = draws.oneOf(List.of(AreaSendOutcome.values()));
    List<String> partnership = area.partnersOn(start).stream()
        .filter(p -> p.getKind().isPrincipalAuthority()).map(Partner::getName).collect(Collectors.toList());
    var inspection = AreaSendInspection.builder()
        .id("area-send-" + start.getYear())
        .partnership(partnership)
        .publishedOn(DatedFact.of(published))
        .outcome(outcome)
        .priorityActionPlanRequired(outcome.requiresPriorityActionPlan())
        .strategicPlanUpdateRequested(outcome.asksForStrategicPlanUpdate());
    // Some sources give only the publication (the scraped overview leaves some days on site empty).
    if (!draws.chance(10)) {
      inspection.onSiteStart(DatedFact.of(start, Citation.of(AreaRecordGenerator.SOURCE_ID))).onSiteEnd(DatedFact.of(end));
    }
    previous.filter(p -> p.firstDayOnSite().isPresent() || p.getOnSiteEnd().isPresent())
        .ifPresent(p -> inspection.previousInspectionAsStated(StatedPreviousInspection.builder()
            .onSiteStart(p.firstDayOnSite()).onSiteEnd(p.getOnSiteEnd()).build()));
    // A source that gives only the outcome, or only counts, does not record the areas for improvement.
    boolean improvementsNotRecorded = rareFacts && draws.chance(15);
    inspection.areasForImprovementNotRecorded(improvementsNotRecorded);
    int improvements = improvementsNotRecorded ? 0 : draws.between(1, 6);
    for (int i = 0; i < improvements; i++) {
      var improvement = Finding.builder().statement(Texts.sentence(draws));
      if (draws.chance(40)) {
        improvement.addAllAddressedTo(partnership).addSubPoints(Texts.sentence(draws));
      }
      inspection.addAreasForImprovement(improvement.build());
    }
    if (draws.chance(30)) {
      inspection.letterDate(DatedFact.of(published.minusDays(draws.between(0, 10))));
    } else if (previous.isEmpty() && draws.chance(30)) {
      inspection.statedNotPreviouslyInspected(Citation.of(AreaRecordGenerator.SOURCE_ID, "not previously inspected"));
    }
    if (rareFacts) {
      rare(inspection, end, published, outcome);
    }
    if (outcome.requiresPriorityActionPlan()) {
      int areas = draws.between(1, 3);
      // Ofsted's management information counts the areas for priority action without their text.
      boolean countedOnly = rareFacts && draws.chance(20);
      if (countedOnly) {
        inspection.areasForPriorityActionCount(areas);
      }
      for (int i = 1; i <= areas && !countedOnly; i++) {
        inspection.addAreasForPriorityAction(AreaForPriorityAction.builder()
            .id("priority-" + i)
            .responsibleBodies(partnership.isEmpty() ? List.of(area.getName() + " Council") : partnership)
            .statement(Texts.sentence(draws))
            .build());
      }
      if (draws.chance(60)) {
        LocalDate submitted = published.plusDays(draws.between(20, 90));
        var plan = PriorityActionPlan.builder().submittedOn(DatedFact.of(submitted));
        if (draws.chance(60)) {
          plan.acceptedOn(DatedFact.of(submitted.plusDays(draws.between(10, 60))));
        }
        inspection.priorityActionPlan(plan.build());
      }
      if (draws.chance(40)) {
        // Reports say "within approximately 18 months": from the report's publication to about two years.
        LocalDate monitoring = published.plusDays(draws.between(200, 640))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate visitPublished = monitoring.plusDays(draws.between(20, 50));
        var visit = MonitoringInspection.builder()
            .onSiteStart(DatedFact.of(monitoring))
            .onSiteEnd(DatedFact.of(monitoring.plusDays(2)))
            .publishedOn(rareFacts && draws.chance(25)
                ? DatedFact.builder().addClaims(DateClaim.onOrBefore(visitPublished,
                    Citation.of(AreaRecordGenerator.SOURCE_ID, "published by"))).build()
                : DatedFact.of(visitPublished))
            .addFindings(Finding.of(Texts.sentence(draws)));
        if (draws.chance(60)) {
          for (int i = 1; i <= areas; i++) {
            visit.addProgress(PriorityActionProgress.of("priority-" + i,
                draws.chance(60) ? Progress.SUFFICIENT : Progress.NOT_SUFFICIENT));
          }
        }
        inspection.addMonitoringInspections(visit.build());
      }
    }
    if (draws.chance(50)) {
      inspection.monitoringCoverage(Coverage.recordedUntil(DatedFact.of(published.plusDays(draws.between(1, 1500)),
          Citation.of(AreaRecordGenerator.SOURCE_ID, "recorded until"))));
    }
    return inspection.build();
  }

  /** The facts sources give less often: when the report was received, the inspectors, what comes next. */
  private void rare(ImmutableAreaSendInspection.Builder inspection, LocalDate end, LocalDate published,
      AreaSendOutcome outcome) {
    if (draws.chance(40)) {
      // Now and then after the publication, as a record may hold it, so that properties meet a period
      // that counts from a receipt later than the report's publication.
      LocalDate received = draws.chance(10) ? published.plusDays(draws.between(1, 30)) : end.plusDays(draws.between(0, 20));
      inspection.reportReceivedOn(draws.chance(25)
          ? DatedFact.builder().addClaims(DateClaim.inMonth(received.getYear(), received.getMonthValue(),
              Citation.of(AreaRecordGenerator.SOURCE_ID, "month only"))).build()
          : DatedFact.of(received));
    }
    inspection.inspectors(RareFacts.inspectors(draws));
    if (draws.chance(30)) {
      inspection.nextInspectionAsStated(outcome.requiresPriorityActionPlan()
          ? "Ofsted and CQC will carry out a monitoring inspection within approximately 18 months."
          : "The next full area SEND inspection will be within approximately three years.");
    }
    if (draws.chance(30)) {
      inspection.citation(Citation.of(AreaRecordGenerator.SOURCE_ID, "report published " + published));
    }
  }
}
