package org.sendinspection.examples.explain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.examples.timeline.RecordTimeline;
import org.sendinspection.examples.timeline.TimelineEvent;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.RuleSettings;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what {@code send explain} says of one record on a day: the record's timeline, the state of each
 * step on the day, the dates the sources disagree on, each claim beside the others with its source, and
 * what follows from the record under {@code send-rules}: each inspection's journey and every conclusion
 * with its reason, the facts it rests on and the sources of its rule.
 *
 * <p>The JSON form is a documented format, described by the JSON Schema (draft 2020-12) resource
 * {@value #JSON_SCHEMA_RESOURCE}, versioned by its {@code formatVersion} (now {@value #FORMAT_VERSION}).
 * Thread-safe.
 */
public final class ExplainWriter {
  /** The version of the JSON form. */
  public static final int FORMAT_VERSION = 2;
  /** The classpath resource of the JSON Schema of the JSON form. */
  public static final String JSON_SCHEMA_RESOURCE = "/org/sendinspection/examples/explain/explain.schema.json";

  /** The mapper of the JSON form, built on first use only: text output never loads it. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private ExplainWriter() {}

  /**
   * The explanation as text for a person.
   *
   * @param record the record; not null
   * @param asOf the day; not null
   * @param settings the settings of the rules, such as the claim they take of a disputed date; not null
   * @return the text, ending with a new line
   */
  public static String text(AreaRecord record, AsOf asOf, RuleSettings settings) {
    RecordTimeline timeline = RecordTimeline.of(record);
    LocalArea area = record.getArea();
    StringBuilder out = new StringBuilder();
    out.append(area.getName()).append(" (").append(area.getCode()).append(", ")
        .append(area.getRegion().displayName()).append("), as of ").append(asOf.day()).append('\n');
    List<Partner> partners = area.partnersOn(asOf.day());
    out.append("\nPartners on ").append(asOf.day()).append(":\n");
    if (partners.isEmpty()) {
      out.append("  (none recorded for that day)\n");
    }
    partners.forEach(p -> out.append("  ").append(p.getName()).append(" (").append(p.getKind().wireName()).append(")\n"));
    out.append("\nTimeline (* = after ").append(asOf.day()).append(", ? = sources disagree whether before or after):\n");
    for (TimelineEvent event : timeline.placedBy(asOf)) {
      out.append(String.format(Locale.ROOT, " %s %-10s  %s%s%s%n", mark(event, asOf),
          asOf.dateOf(event.when()), event.describe(), sources(event.when().getClaims()),
          event.when().isDisputed() ? "  (sources disagree: see below)" : ""));
    }
    out.append("\nState on ").append(asOf.day()).append(":\n");
    List<TimelineEvent> happened = timeline.happenedBy(asOf);
    out.append("  ").append(happened.size()).append(" of ").append(timeline.events().size())
        .append(" recorded steps had happened");
    if (!happened.isEmpty()) {
      out.append("; the latest: ").append(happened.get(happened.size() - 1).describe());
    }
    out.append('\n');
    timeline.inDisputeOn(asOf).forEach(e -> out.append("  in dispute on that day: ").append(e.describe())
        .append(" (").append(e.when().describe()).append(")\n"));
    List<TimelineEvent> disputed = timeline.disputed();
    out.append("\nDates the sources disagree on (").append(disputed.size()).append("):\n");
    if (disputed.isEmpty()) {
      out.append("  none\n");
    }
    for (TimelineEvent event : disputed) {
      out.append("  ").append(event.describe()).append(":\n");
      for (DateClaim claim : event.when().getClaims()) {
        out.append("    ").append(claim.getDate()).append("  ").append(claim.getCitation().map(ExplainWriter::cite)
            .orElse("(no source recorded)")).append('\n');
      }
    }
    out.append("  Counting steps as happened by ").append(asOf.day()).append(": ").append(asOf.policy())
        .append(".\n");
    out.append(RulesSection.text(Derivation.of(record, asOf.day(), settings)));
    return out.toString();
  }

  /**
   * The explanation as JSON, as {@value #JSON_SCHEMA_RESOURCE} describes.
   *
   * @param record the record; not null
   * @param asOf the day; not null
   * @param settings the settings of the rules, such as the claim they take of a disputed date; not null
   * @return the JSON document, ending with a new line
   */
  public static String json(AreaRecord record, AsOf asOf, RuleSettings settings) {
    ObjectNode root = jsonTree(record, asOf);
    RulesSection.json(Derivation.of(record, asOf.day(), settings), root);
    return Json.MAPPER.writeValueAsString(root) + "\n";
  }

  private static ObjectNode jsonTree(AreaRecord record, AsOf asOf) {
    RecordTimeline timeline = RecordTimeline.of(record);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("asOf", asOf.day().toString());
    ObjectNode area = root.putObject("area");
    area.put("code", record.getArea().getCode());
    area.put("name", record.getArea().getName());
    area.put("region", record.getArea().getRegion().wireName());
    ArrayNode partners = root.putArray("partnersOnDate");
    for (Partner p : record.getArea().partnersOn(asOf.day())) {
      partners.addObject().put("name", p.getName()).put("kind", p.getKind().wireName());
    }
    ArrayNode events = root.putArray("timeline");
    for (TimelineEvent event : timeline.placedBy(asOf)) {
      ObjectNode node = events.addObject();
      node.put("kind", event.kind().wireName());
      node.put("subject", event.subject());
      event.detail().ifPresent(d -> node.put("detail", d));
      node.put("date", asOf.dateOf(event.when()).toString());
      node.put("disputed", event.when().isDisputed());
      node.put("status", asOf.isInDispute(event.when()) ? "in-dispute"
          : asOf.hasHappened(event.when()) ? "happened" : "not-yet");
      ArrayNode claims = node.putArray("claims");
      for (DateClaim claim : event.when().getClaims()) {
        ObjectNode c = claims.addObject().put("date", claim.getDate().toString());
        claim.getCitation().ifPresent(citation -> citation(c.putObject("citation"), citation));
      }
    }
    root.put("datePolicy", asOf.policy());
    return root;
  }

  static void citation(ObjectNode node, Citation citation) {
    node.put("source", citation.getSource());
    citation.getLocator().ifPresent(l -> node.put("locator", l));
    citation.getQuote().ifPresent(q -> node.put("quote", q));
  }

  static String cite(Citation citation) {
    return citation.getSource() + citation.getLocator().map(l -> ", " + l).orElse("")
        + citation.getQuote().map(q -> ": \"" + q + "\"").orElse("");
  }

  private static String mark(TimelineEvent event, AsOf asOf) {
    // A step in dispute is marked whichever claim the policy takes: the reader sees the day is contested.
    return asOf.isInDispute(event.when()) ? "?" : asOf.hasHappened(event.when()) ? " " : "*";
  }

  private static String sources(List<DateClaim> claims) {
    String ids = claims.stream().flatMap(c -> c.getCitation().stream()).map(Citation::getSource).distinct()
        .collect(Collectors.joining(", "));
    return ids.isEmpty() ? "" : "  [" + ids + "]";
  }
}
