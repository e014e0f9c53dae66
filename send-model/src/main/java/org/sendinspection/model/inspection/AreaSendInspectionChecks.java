package org.sendinspection.model.inspection;

import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.PriorityActionProgress;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;

/** The invariants and citations of an {@link AreaSendInspection}. */
final class AreaSendInspectionChecks {

  private AreaSendInspectionChecks() {}

  static void check(AreaSendInspection inspection) {
    Optional<DatedFact> start = inspection.getOnSiteStart();
    Optional<DatedFact> lastDay = inspection.getOnSiteEnd().or(() -> start);
    AreaSendOutcome outcome = inspection.getOutcome();
    Optional<Integer> count = inspection.getAreasForPriorityActionCount();
    Invariants invariants = Invariants.of("AreaSendInspection")
        .requireIdentifier(inspection.getId(), "id")
        .requireEachText(inspection.getPartnership(), "partnership")
        .requireText(inspection.getNextInspectionAsStated(), "nextInspectionAsStated")
        .requireNotNegative(count, "areasForPriorityActionCount")
        .require(start.isPresent() || inspection.getOnSiteEnd().isPresent() || inspection.getPublishedOn().isPresent(),
            "onSiteStart", Invariant.INSPECTION_DATED,
            "the inspection records no first or last day on site and no publication; record at least one")
        .requireInOrder(start, inspection.getOnSiteEnd(), "onSiteEnd", Invariant.PERIOD_IN_ORDER,
            "the last day on site (%s) is before the first (%s)")
        .requireInOrder(lastDay, inspection.getPublishedOn(), "publishedOn",
            Invariant.PUBLISHED_AFTER_ON_SITE, "publication (%s) is before the inspection ended (%s)")
        .requireInOrder(lastDay, inspection.getReportReceivedOn(), "reportReceivedOn",
            Invariant.REPORT_RECEIVED_AFTER_ON_SITE,
            "the report was received (%s) before the inspection ended (%s)")
        .requireInOrder(inspection.getPreviousInspectionAsStated().map(p -> p.firstRecordedDay()), start,
            "previousInspectionAsStated.onSiteStart", Invariant.PREVIOUS_INSPECTION_BEFORE,
            "this inspection (%s) begins before the previous one the report states (%s)")
        .require(inspection.isPriorityActionPlanRequired() == outcome.requiresPriorityActionPlan(),
            "priorityActionPlanRequired", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "outcome " + outcome.number() + (outcome.requiresPriorityActionPlan()
                ? " requires a priority action plan; found none required"
                : " does not require a priority action plan; found one required"))
        .require(inspection.isStrategicPlanUpdateRequested() == outcome.asksForStrategicPlanUpdate(),
            "strategicPlanUpdateRequested", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "outcome " + outcome.number() + (outcome.asksForStrategicPlanUpdate()
                ? " asks the partnership to update and publish its strategic plan; found no such request"
                : " does not ask for a strategic plan update; found one requested"))
        .require(outcome.requiresPriorityActionPlan() || inspection.getAreasForPriorityAction().isEmpty(),
            "areasForPriorityAction", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "areas for priority action belong to outcome 3; found "
                + inspection.getAreasForPriorityAction().size() + " with outcome " + outcome.number())
        .require(outcome.requiresPriorityActionPlan() || count.orElse(0) == 0,
            "areasForPriorityActionCount", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "areas for priority action belong to outcome 3; found a count of " + count.orElse(0)
                + " with outcome " + outcome.number())
        // Outcome 3 names at least one area; a record holding neither the areas nor their number (read
        // from a source that gives only the outcome) leaves it unknown rather than claiming none.
        .require(!outcome.requiresPriorityActionPlan() || count.orElse(1) != 0,
            "areasForPriorityActionCount", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "outcome 3 names at least one area for priority action; found a count of 0")
        .require(count.isEmpty() || inspection.getAreasForPriorityAction().isEmpty(),
            "areasForPriorityActionCount", Invariant.PRIORITY_ACTIONS_DETAILED_OR_COUNTED,
            "found " + inspection.getAreasForPriorityAction().size()
                + " areas for priority action in detail and a count of " + count.orElse(0)
                + "; give the count only where the areas are not recorded")
        .require(outcome.requiresPriorityActionPlan() || inspection.getMonitoringInspections().isEmpty(),
            "monitoringInspections", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "monitoring inspections follow outcome 3; found "
                + inspection.getMonitoringInspections().size() + " with outcome " + outcome.number());
    Set<String> ids = new HashSet<>();
    List<AreaForPriorityAction> areas = inspection.getAreasForPriorityAction();
    for (int i = 0; i < areas.size(); i++) {
      invariants.require(ids.add(areas.get(i).getId()), "areasForPriorityAction[" + i + "].id",
          Invariant.UNIQUE_IDENTIFIER, "area for priority action '" + areas.get(i).getId()
              + "' appears more than once");
    }
    invariants
        .requireInOrder(lastDay, inspection.getLetterDate(), "letterDate", Invariant.LETTER_AFTER_ON_SITE,
            "the report's letter (%s) is dated before the inspection ended (%s)")
        .requireInOrder(inspection.getLetterDate(), inspection.getPublishedOn(), "publishedOn",
            Invariant.PUBLISHED_AFTER_LETTER, "publication (%s) is before the letter's date (%s)")
        .require(inspection.getStatedNotPreviouslyInspected().isEmpty()
                || inspection.getPreviousInspectionAsStated().isEmpty(), "statedNotPreviouslyInspected",
            Invariant.PREVIOUS_INSPECTION_STATED_ONCE,
            "the report cannot both state a previous inspection and state that there was none; keep the one"
                + " the report says")
        .require(outcome.requiresPriorityActionPlan() || inspection.getPriorityActionPlan().isEmpty(),
            "priorityActionPlan", Invariant.OUTCOME_MATCHES_REQUIREMENTS,
            "a priority action plan follows outcome 3; found one with outcome " + outcome.number());
    inspection.getPriorityActionPlan().ifPresent(plan -> invariants.requireInOrder(inspection.getPublishedOn(),
        plan.getSubmittedOn(), "priorityActionPlan.submittedOn", Invariant.PRIORITY_ACTION_PLAN_AFTER_REPORT,
        "the priority action plan was submitted (%s) before the report was published (%s)"));
    Set<String> priorityIds = new HashSet<>();
    inspection.getAreasForPriorityAction().forEach(a -> priorityIds.add(a.getId()));
    List<MonitoringInspection> monitoring = inspection.getMonitoringInspections();
    for (int i = 0; i < monitoring.size(); i++) {
      List<PriorityActionProgress> progress = monitoring.get(i).getProgress();
      for (int j = 0; j < progress.size(); j++) {
        String judged = progress.get(j).getAreaForPriorityAction();
        invariants.require(priorityIds.contains(judged) || !inspection.hasAreasForPriorityActionInDetail()
                || inspection.getAreasForPriorityAction().isEmpty(),
            "monitoringInspections[" + i + "].progress[" + j + "].areaForPriorityAction",
            Invariant.PROGRESS_FOR_FOUND_PRIORITY_ACTION, "progress is judged on '" + judged
                + "', which is not an area for priority action of this inspection (found: "
                + String.join(", ", priorityIds) + ")");
      }
    }
    for (int i = 0; i < monitoring.size(); i++) {
      invariants.requireInOrder(lastDay, Optional.of(monitoring.get(i).getOnSiteStart()),
          "monitoringInspections[" + i + "].onSiteStart", Invariant.MONITORING_AFTER_INSPECTION,
          "the monitoring inspection (%s) begins before the inspection ended (%s)");
      invariants.requireInOrder(inspection.getPublishedOn(), Optional.of(monitoring.get(i).getOnSiteStart()),
          "monitoringInspections[" + i + "].onSiteStart", Invariant.MONITORING_AFTER_REPORT,
          "the monitoring inspection (%s) begins before the full inspection's report was published (%s)");
    }
    invariants.check();
  }

  static Map<String, Citation> citations(AreaSendInspection inspection) {
    Map<String, Citation> found = new LinkedHashMap<>();
    fact(found, "reportReceivedOn", inspection.getReportReceivedOn());
    fact(found, "monitoringCoverage.until", inspection.getMonitoringCoverage().getUntil());
    fact(found, "letterDate", inspection.getLetterDate());
    inspection.getStatedNotPreviouslyInspected().ifPresent(c -> found.put("statedNotPreviouslyInspected", c));
    inspection.getPriorityActionPlan().ifPresent(plan -> {
      fact(found, "priorityActionPlan.submittedOn", plan.getSubmittedOn());
      fact(found, "priorityActionPlan.acceptedOn", plan.getAcceptedOn());
      plan.getCitation().ifPresent(c -> found.put("priorityActionPlan.citation", c));
    });
    inspection.getPreviousInspectionAsStated().ifPresent(p -> {
      fact(found, "previousInspectionAsStated.onSiteStart", p.getOnSiteStart());
      fact(found, "previousInspectionAsStated.onSiteEnd", p.getOnSiteEnd());
      p.getCitation().ifPresent(c -> found.put("previousInspectionAsStated.citation", c));
    });
    inspection.getCitation().ifPresent(c -> found.put("citation", c));
    List<AreaForPriorityAction> areas = inspection.getAreasForPriorityAction();
    for (int i = 0; i < areas.size(); i++) {
      int index = i;
      areas.get(i).getCitation().ifPresent(c -> found.put("areasForPriorityAction[" + index + "].citation", c));
    }
    findings(found, "areasForImprovement", inspection.getAreasForImprovement());
    List<MonitoringInspection> monitoring = inspection.getMonitoringInspections();
    for (int i = 0; i < monitoring.size(); i++) {
      String path = "monitoringInspections[" + i + "]";
      MonitoringInspection m = monitoring.get(i);
      fact(found, path + ".onSiteStart", Optional.of(m.getOnSiteStart()));
      fact(found, path + ".onSiteEnd", m.getOnSiteEnd());
      fact(found, path + ".publishedOn", m.getPublishedOn());
      m.getCitation().ifPresent(c -> found.put(path + ".citation", c));
      findings(found, path + ".findings", m.getFindings());
      for (int j = 0; j < m.getProgress().size(); j++) {
        int index = j;
        m.getProgress().get(j).getCitation().ifPresent(c -> found.put(path + ".progress[" + index + "].citation", c));
      }
    }
    return found;
  }

  private static void findings(Map<String, Citation> found, String path, List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      int index = i;
      findings.get(i).getCitation().ifPresent(c -> found.put(path + "[" + index + "].citation", c));
    }
  }

  private static void fact(Map<String, Citation> found, String path, Optional<DatedFact> fact) {
    fact.ifPresent(f -> {
      for (int i = 0; i < f.getClaims().size(); i++) {
        int index = i;
        f.getClaims().get(i).getCitation().ifPresent(c -> found.put(path + ".claims[" + index + "].citation", c));
      }
    });
  }
}
