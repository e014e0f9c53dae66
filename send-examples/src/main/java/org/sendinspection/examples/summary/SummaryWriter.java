package org.sendinspection.examples.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.revisit.RevisitSummary;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link SummaryFigures} as text for a reader, CSV for a spreadsheet or JSON for a programme.
 *
 * <p>The CSV has the header {@code measure,category,value}, one figure a row, with the wire names of
 * {@link Theme}, {@link RevisitSummary} and {@link Interval} as categories. The JSON is described by
 * the schema resource {@value #JSON_SCHEMA_RESOURCE}. Thread-safe.
 */
public final class SummaryWriter {
  /** The classpath resource of the JSON Schema (draft 2020-12) of the JSON form. */
  public static final String JSON_SCHEMA_RESOURCE = "/org/sendinspection/examples/summary/summary.schema.json";

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SummaryWriter() {}

  /** The figures as sentences and a table, for a person. */
  public static String text(SummaryFigures f) {
    StringBuilder out = new StringBuilder();
    out.append("SEND local area inspections (2016 framework) as of ").append(f.asOf())
        .append(f.region().map(r -> ", " + r.displayName()).orElse(", all regions")).append('\n');
    out.append(String.format(Locale.ROOT, "Of the %d local areas inspected to date, %d %s required a "
            + "written statement of action%s.%n", f.areasReported(), f.areasWithStatement(),
        f.areasWithStatement() == 1 ? "has" : "have",
        f.statementShare().map(s -> String.format(Locale.ROOT, " (%.1f%%)", s)).orElse("")));
    line(out, "areas in the records", f.areas());
    line(out, "areas inspected (on site)", f.areasInspected());
    line(out, "areas with a report out", f.areasReported());
    line(out, "areas that required a statement", f.areasWithStatement());
    line(out, "inspections", f.inspections());
    line(out, "significant weaknesses found", f.weaknesses());
    for (Theme theme : Theme.values()) {
      if (f.weaknessesByTheme().get(theme) > 0) {
        line(out, "  " + theme.wireName(), f.weaknessesByTheme().get(theme));
      }
    }
    if (f.weaknessesWithoutTheme() > 0) {
      line(out, "  theme not recorded", f.weaknessesWithoutTheme());
    }
    line(out, "revisits", f.revisits());
    for (RevisitSummary outcome : RevisitSummary.values()) {
      line(out, "  " + outcome.wireName() + " (" + outcome.statisticsLabel() + ")", f.revisitOutcomes().get(outcome));
    }
    line(out, "weaknesses with sufficient progress", f.weaknessesSufficient());
    line(out, "weaknesses without sufficient progress", f.weaknessesNotSufficient());
    line(out, "weaknesses awaiting a revisit", f.weaknessesAwaitingRevisit());
    out.append("median days between steps:\n");
    for (Interval interval : Interval.values()) {
      SummaryFigures.Median m = f.medians().get(interval);
      out.append(String.format(Locale.ROOT, "  %-50s %8s  (n=%d)%n", interval.label(),
          m.days().map(SummaryWriter::days).orElse("-"), m.count()));
    }
    if (f.disputedDates() > 0) {
      out.append("note: ").append(f.disputedDates()).append(" date").append(f.disputedDates() == 1 ? "" : "s")
          .append(" used are disputed between sources; ").append(AsOf.policy()).append(".\n");
    }
    return out.toString();
  }

  /** The figures as CSV rows {@code measure,category,value}, with a header row. */
  public static String csv(SummaryFigures f) {
    List<String> rows = new ArrayList<>();
    rows.add("measure,category,value");
    rows.add("as-of,," + f.asOf());
    rows.add("region,," + f.region().map(r -> r.wireName()).orElse("all"));
    rows.add("areas,," + f.areas());
    rows.add("areas-inspected,," + f.areasInspected());
    rows.add("areas-reported,," + f.areasReported());
    rows.add("areas-with-statement,," + f.areasWithStatement());
    rows.add("statement-share-percent,," + f.statementShare().map(SummaryWriter::days).orElse(""));
    rows.add("inspections,," + f.inspections());
    rows.add("weaknesses,," + f.weaknesses());
    for (Theme theme : Theme.values()) {
      rows.add("weaknesses-by-theme," + theme.wireName() + "," + f.weaknessesByTheme().get(theme));
    }
    rows.add("weaknesses-by-theme,not-recorded," + f.weaknessesWithoutTheme());
    rows.add("revisits,," + f.revisits());
    for (RevisitSummary outcome : RevisitSummary.values()) {
      rows.add("revisit-outcomes," + outcome.wireName() + "," + f.revisitOutcomes().get(outcome));
    }
    rows.add("weaknesses-sufficient,," + f.weaknessesSufficient());
    rows.add("weaknesses-not-sufficient,," + f.weaknessesNotSufficient());
    rows.add("weaknesses-awaiting-revisit,," + f.weaknessesAwaitingRevisit());
    for (Interval interval : Interval.values()) {
      SummaryFigures.Median m = f.medians().get(interval);
      rows.add("median-days," + interval.wireName() + "," + m.days().map(SummaryWriter::days).orElse(""));
      rows.add("median-count," + interval.wireName() + "," + m.count());
    }
    rows.add("disputed-dates,," + f.disputedDates());
    return String.join("\n", rows) + "\n";
  }

  /** The figures as a JSON document, as {@value #JSON_SCHEMA_RESOURCE} describes. */
  public static String json(SummaryFigures f) {
    ObjectNode root = JSON.createObjectNode();
    root.put("asOf", f.asOf().toString());
    if (f.region().isPresent()) {
      root.put("region", f.region().get().wireName());
    } else {
      root.putNull("region");
    }
    root.put("areas", f.areas());
    root.put("areasInspected", f.areasInspected());
    root.put("areasReported", f.areasReported());
    root.put("areasWithStatement", f.areasWithStatement());
    f.statementShare().ifPresentOrElse(s -> root.put("statementSharePercent", s), () -> root.putNull("statementSharePercent"));
    root.put("inspections", f.inspections());
    root.put("weaknesses", f.weaknesses());
    ObjectNode themes = root.putObject("weaknessesByTheme");
    for (Theme theme : Theme.values()) {
      themes.put(theme.wireName(), f.weaknessesByTheme().get(theme));
    }
    root.put("weaknessesWithoutTheme", f.weaknessesWithoutTheme());
    root.put("revisits", f.revisits());
    ObjectNode outcomes = root.putObject("revisitOutcomes");
    for (Map.Entry<RevisitSummary, Integer> e : new java.util.TreeMap<>(f.revisitOutcomes()).entrySet()) {
      outcomes.put(e.getKey().wireName(), e.getValue());
    }
    root.put("weaknessesSufficient", f.weaknessesSufficient());
    root.put("weaknessesNotSufficient", f.weaknessesNotSufficient());
    root.put("weaknessesAwaitingRevisit", f.weaknessesAwaitingRevisit());
    ObjectNode medians = root.putObject("medianDays");
    for (Interval interval : Interval.values()) {
      SummaryFigures.Median m = f.medians().get(interval);
      ObjectNode node = medians.putObject(interval.wireName());
      m.days().ifPresentOrElse(d -> node.put("days", d), () -> node.putNull("days"));
      node.put("count", m.count());
    }
    root.put("disputedDates", f.disputedDates());
    root.put("datePolicy", AsOf.policy());
    return JSON.writeValueAsString(root) + "\n";
  }

  private static void line(StringBuilder out, String label, int value) {
    out.append(String.format(Locale.ROOT, "  %-50s %8d%n", label, value));
  }

  private static String days(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
