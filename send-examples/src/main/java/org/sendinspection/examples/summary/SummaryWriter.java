package org.sendinspection.examples.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.Interval;
import org.sendinspection.data.figures.JourneyFigures;
import org.sendinspection.data.figures.Median;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.data.figures.NextInspectionsDue;
import org.sendinspection.data.figures.SummaryFigures;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.revisit.RevisitSummary;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link SummaryFigures} as text for a reader, CSV for a spreadsheet or JSON for a programme.
 *
 * <p>The CSV has the header {@code measure,category,value}, one figure a row, with the wire names of
 * {@link Theme}, {@link RevisitSummary}, {@link Interval} and {@link AreaSendOutcome} as categories, and
 * calendar years as the categories of the next inspections due ({@link NextInspectionsDue}, derived as of
 * the as-of day or else the latest date of any fact in the records, never the clock).
 * The JSON is described by the schema resource {@value #JSON_SCHEMA_RESOURCE}, version {@value
 * #JSON_VERSION}. The figures themselves, and what counts by a date, are {@code send-data}'s ({@link
 * org.sendinspection.data.figures.FigureScope}). Thread-safe.
 */
public final class SummaryWriter {
  /** The classpath resource of the JSON Schema (draft 2020-12) of the JSON form. */
  public static final String JSON_SCHEMA_RESOURCE = "/org/sendinspection/examples/summary/summary.schema.json";
  /** The version of the JSON form, raised whenever a field changes meaning or is removed. */
  public static final int JSON_VERSION = 4;

  /** The mapper of the JSON form, built on first use only: text output never loads it. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private SummaryWriter() {}

  /**
   * The figures as sentences and a table, for a person. A framework none of the records was inspected
   * under is left out when the other has figures.
   */
  public static String text(SummaryFigures f) {
    StringBuilder out = new StringBuilder();
    out.append("SEND local area inspections: ").append(f.scope().describe()).append('\n');
    line(out, "areas in the records", f.areas());
    boolean has2016 = f.framework2016().areasInspected() > 0;
    boolean has2023 = f.framework2023().inspectionsBegun() > 0;
    if (has2016 || !has2023) {
      text2016(out, f);
    }
    if (has2023 || !has2016) {
      text2023(out, f.framework2023());
      textDue(out, f.nextInspections());
    }
    if (f.journeys().disputedDates() > 0) {
      out.append("note: ").append(f.journeys().disputedDates()).append(" date")
          .append(f.journeys().disputedDates() == 1 ? "" : "s").append(" used are disputed between sources; ")
          .append(f.scope().describeClaims()).append(".\n");
    }
    return out.toString();
  }

  private static void text2016(StringBuilder out, SummaryFigures f) {
    NationalFigures n = f.framework2016();
    JourneyFigures j = f.journeys();
    out.append("2016 framework (local area SEND inspections)\n");
    out.append(String.format(Locale.ROOT, "Of the %d local areas whose inspection report was published, %d %s "
            + "required a written statement of action%s.%n", n.inspectionsPublished(), n.writtenStatementsRequired(),
        n.writtenStatementsRequired() == 1 ? "has" : "have",
        f.statementShare().map(s -> String.format(Locale.ROOT, " (%.1f%%)", s)).orElse("")));
    line(out, "areas inspected (on site)", n.areasInspected());
    line(out, "inspection reports published", n.inspectionsPublished());
    line(out, "written statement of action required", n.writtenStatementsRequired());
    line(out, "significant weaknesses found", n.significantWeaknesses());
    if (n.weaknessesNotRecorded() > 0) {
      line(out, "  reports whose weaknesses are not recorded", n.weaknessesNotRecorded());
    }
    for (Theme theme : Theme.values()) {
      if (j.weaknessesByTheme().get(theme) > 0) {
        line(out, "  " + theme.wireName(), j.weaknessesByTheme().get(theme));
      }
    }
    if (j.weaknessesWithoutTheme() > 0) {
      line(out, "  theme not recorded", j.weaknessesWithoutTheme());
    }
    line(out, "revisits carried out", n.revisitsCarriedOut());
    line(out, "revisit letters published", n.revisitsPublished());
    for (RevisitSummary outcome : RevisitSummary.values()) {
      line(out, "  " + outcome.wireName() + " (" + outcome.statisticsLabel() + ")", revisits(n, outcome));
    }
    line(out, "weaknesses with sufficient progress", n.weaknessesSufficientProgress());
    line(out, "weaknesses without sufficient progress", n.weaknessesNotSufficientProgress());
    line(out, "statement required, revisit not yet begun", n.awaitingRevisit());
    out.append("median days between steps:\n");
    for (Interval interval : Interval.values()) {
      Median m = j.medians().get(interval);
      out.append(String.format(Locale.ROOT, "  %-50s %8s  (n=%d)%n", interval.label(),
          m.days().map(SummaryWriter::days).orElse("-"), m.count()));
    }
  }

  private static void text2023(StringBuilder out, AreaSendFigures a) {
    out.append("2023 framework (area SEND inspections)\n");
    line(out, "inspections begun", a.inspectionsBegun());
    line(out, "reports published", a.reportsPublished());
    for (AreaSendOutcome outcome : AreaSendOutcome.values()) {
      line(out, "  outcome " + outcome.number() + ", " + outcome.wireName(), a.withOutcome(outcome));
    }
    line(out, "priority action plans required", a.priorityActionPlansRequired());
    line(out, "strategic plan updates requested", a.strategicPlanUpdatesRequested());
    out.append(String.format(Locale.ROOT, "  %-50s %8s%n", "areas for priority action", areasForPriorityAction(a)));
  }

  private static void textDue(StringBuilder out, NextInspectionsDue d) {
    out.append("next inspections due (latest inspection of each area), ").append(d.describeDay()).append(":\n");
    d.fullByYear().forEach((year, n) -> line(out, "  next full inspection, usually in " + year, n));
    line(out, "  next full inspections overdue", d.fullOverdue());
    line(out, "    overdue not determinable (none recorded)", d.fullOverdueNotDeterminable());
    line(out, "  next full inspection windows open", d.fullWindowsOpen());
    d.monitoringByYear().forEach((year, n) -> line(out, "  monitoring inspection, usually in " + year, n));
    line(out, "  monitoring inspections overdue", d.monitoringOverdue());
    line(out, "    overdue not determinable (none recorded)", d.monitoringOverdueNotDeterminable());
    line(out, "  monitoring inspection windows open", d.monitoringWindowsOpen());
  }

  /**
   * The areas for priority action in words: the count; {@code not recorded} where no outcome-3
   * inspection's areas are recorded; the count and how many are unrecorded where some are.
   */
  static String areasForPriorityAction(AreaSendFigures a) {
    if (a.outcome3WithoutAreaCount() == 0) {
      return String.valueOf(a.areasForPriorityAction());
    }
    if (a.outcome3WithoutAreaCount() == a.widespreadOrSystemicFailings()) {
      return "not recorded";
    }
    return a.areasForPriorityAction() + " (not recorded for " + a.outcome3WithoutAreaCount() + ")";
  }

  /** The figures as CSV rows {@code measure,category,value}, with a header row. */
  public static String csv(SummaryFigures f) {
    NationalFigures n = f.framework2016();
    JourneyFigures j = f.journeys();
    AreaSendFigures a = f.framework2023();
    List<String> rows = new ArrayList<>();
    rows.add("measure,category,value");
    rows.add("as-of,," + f.scope().asOf().map(Object::toString).orElse(""));
    rows.add("region,," + f.scope().region().map(r -> r.wireName()).orElse("all"));
    rows.add("claim-policy,," + f.scope().claims().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    rows.add("areas,," + f.areas());
    rows.add("areas-inspected,," + n.areasInspected());
    rows.add("inspections-published,," + n.inspectionsPublished());
    rows.add("statements-required,," + n.writtenStatementsRequired());
    rows.add("statement-share-percent,," + f.statementShare().map(SummaryWriter::days).orElse(""));
    rows.add("weaknesses,," + n.significantWeaknesses());
    rows.add("weaknesses-not-recorded-reports,," + n.weaknessesNotRecorded());
    for (Theme theme : Theme.values()) {
      rows.add("weaknesses-by-theme," + theme.wireName() + "," + j.weaknessesByTheme().get(theme));
    }
    rows.add("weaknesses-by-theme,not-recorded," + j.weaknessesWithoutTheme());
    rows.add("revisits-carried-out,," + n.revisitsCarriedOut());
    rows.add("revisits-published,," + n.revisitsPublished());
    for (RevisitSummary outcome : RevisitSummary.values()) {
      rows.add("revisit-outcomes," + outcome.wireName() + "," + revisits(n, outcome));
    }
    rows.add("weaknesses-sufficient,," + n.weaknessesSufficientProgress());
    rows.add("weaknesses-not-sufficient,," + n.weaknessesNotSufficientProgress());
    rows.add("awaiting-revisit,," + n.awaitingRevisit());
    for (Interval interval : Interval.values()) {
      Median m = j.medians().get(interval);
      rows.add("median-days," + interval.wireName() + "," + m.days().map(SummaryWriter::days).orElse(""));
      rows.add("median-count," + interval.wireName() + "," + m.count());
    }
    rows.add("disputed-dates,," + j.disputedDates());
    rows.add("area-send-inspections-begun,," + a.inspectionsBegun());
    rows.add("area-send-reports-published,," + a.reportsPublished());
    for (AreaSendOutcome outcome : AreaSendOutcome.values()) {
      rows.add("area-send-outcomes," + outcome.wireName() + "," + a.withOutcome(outcome));
    }
    rows.add("priority-action-plans,," + a.priorityActionPlansRequired());
    rows.add("strategic-plan-updates,," + a.strategicPlanUpdatesRequested());
    rows.add("areas-for-priority-action,," + a.areasForPriorityAction());
    rows.add("areas-for-priority-action-not-recorded,," + a.outcome3WithoutAreaCount());
    NextInspectionsDue d = f.nextInspections();
    rows.add("due-derived-on,," + d.derivedOn().map(Object::toString).orElse(""));
    rows.add("due-derived-on-latest-fact,," + d.fromLatestFact());
    rows.add("due-inspections-counted,," + d.inspectionsCounted());
    d.fullByYear().forEach((year, count) -> rows.add("next-full-due-by-year," + year + "," + count));
    rows.add("next-full-overdue,," + d.fullOverdue());
    rows.add("next-full-overdue-not-determinable,," + d.fullOverdueNotDeterminable());
    rows.add("next-full-windows-open,," + d.fullWindowsOpen());
    d.monitoringByYear().forEach((year, count) -> rows.add("monitoring-due-by-year," + year + "," + count));
    rows.add("monitoring-overdue,," + d.monitoringOverdue());
    rows.add("monitoring-overdue-not-determinable,," + d.monitoringOverdueNotDeterminable());
    rows.add("monitoring-windows-open,," + d.monitoringWindowsOpen());
    return String.join("\n", rows) + "\n";
  }

  /** The figures as a JSON document, as {@value #JSON_SCHEMA_RESOURCE} describes. */
  public static String json(SummaryFigures f) {
    NationalFigures n = f.framework2016();
    JourneyFigures j = f.journeys();
    AreaSendFigures a = f.framework2023();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", JSON_VERSION);
    nullable(root, "asOf", f.scope().asOf().map(Object::toString));
    nullable(root, "region", f.scope().region().map(r -> r.wireName()));
    root.put("claimPolicy", f.scope().claims().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    root.put("datePolicy", f.scope().describeClaims());
    root.put("areas", f.areas());
    ObjectNode old = root.putObject("framework2016");
    old.put("areasInspected", n.areasInspected());
    old.put("inspectionsPublished", n.inspectionsPublished());
    old.put("statementsRequired", n.writtenStatementsRequired());
    f.statementShare().ifPresentOrElse(s -> old.put("statementSharePercent", s), () -> old.putNull("statementSharePercent"));
    old.put("weaknesses", n.significantWeaknesses());
    old.put("reportsWithWeaknessesNotRecorded", n.weaknessesNotRecorded());
    ObjectNode themes = old.putObject("weaknessesByTheme");
    for (Theme theme : Theme.values()) {
      themes.put(theme.wireName(), j.weaknessesByTheme().get(theme));
    }
    old.put("weaknessesWithoutTheme", j.weaknessesWithoutTheme());
    old.put("revisitsCarriedOut", n.revisitsCarriedOut());
    old.put("revisitsPublished", n.revisitsPublished());
    ObjectNode outcomes = old.putObject("revisitOutcomes");
    for (RevisitSummary outcome : RevisitSummary.values()) {
      outcomes.put(outcome.wireName(), revisits(n, outcome));
    }
    old.put("weaknessesSufficient", n.weaknessesSufficientProgress());
    old.put("weaknessesNotSufficient", n.weaknessesNotSufficientProgress());
    old.put("awaitingRevisit", n.awaitingRevisit());
    ObjectNode medians = old.putObject("medianDays");
    for (Interval interval : Interval.values()) {
      Median m = j.medians().get(interval);
      ObjectNode node = medians.putObject(interval.wireName());
      m.days().ifPresentOrElse(d -> node.put("days", d), () -> node.putNull("days"));
      node.put("count", m.count());
    }
    old.put("disputedDates", j.disputedDates());
    ObjectNode now = root.putObject("framework2023");
    now.put("inspectionsBegun", a.inspectionsBegun());
    now.put("reportsPublished", a.reportsPublished());
    ObjectNode byOutcome = now.putObject("outcomes");
    for (AreaSendOutcome outcome : AreaSendOutcome.values()) {
      byOutcome.put(outcome.wireName(), a.withOutcome(outcome));
    }
    now.put("priorityActionPlans", a.priorityActionPlansRequired());
    now.put("strategicPlanUpdates", a.strategicPlanUpdatesRequested());
    now.put("areasForPriorityAction", a.areasForPriorityAction());
    now.put("areasForPriorityActionNotRecorded", a.outcome3WithoutAreaCount());
    NextInspectionsDue d = f.nextInspections();
    ObjectNode due = now.putObject("nextInspections");
    nullable(due, "derivedOn", d.derivedOn().map(Object::toString));
    due.put("derivedOnLatestFact", d.fromLatestFact());
    due.put("inspectionsCounted", d.inspectionsCounted());
    ObjectNode full = due.putObject("nextFull");
    byYear(full.putObject("byYear"), d.fullByYear());
    full.put("overdue", d.fullOverdue());
    full.put("overdueNotDeterminable", d.fullOverdueNotDeterminable());
    full.put("windowsOpen", d.fullWindowsOpen());
    ObjectNode monitoring = due.putObject("monitoring");
    byYear(monitoring.putObject("byYear"), d.monitoringByYear());
    monitoring.put("overdue", d.monitoringOverdue());
    monitoring.put("overdueNotDeterminable", d.monitoringOverdueNotDeterminable());
    monitoring.put("windowsOpen", d.monitoringWindowsOpen());
    return Json.MAPPER.writeValueAsString(root) + "\n";
  }

  private static int revisits(NationalFigures n, RevisitSummary outcome) {
    switch (outcome) {
      case ALL: return n.revisitsAllSufficient();
      case SOME: return n.revisitsSomeSufficient();
      default: return n.revisitsNoneSufficient();
    }
  }

  private static void byYear(ObjectNode node, Map<Integer, Integer> byYear) {
    byYear.forEach((year, n) -> node.put(String.valueOf(year), n));
  }

  private static void nullable(ObjectNode node, String field, Optional<String> value) {
    value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
  }

  private static void line(StringBuilder out, String label, int value) {
    out.append(String.format(Locale.ROOT, "  %-50s %8d%n", label, value));
  }

  private static String days(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
