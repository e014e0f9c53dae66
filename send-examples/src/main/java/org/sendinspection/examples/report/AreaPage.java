package org.sendinspection.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.examples.timeline.RecordTimeline;
import org.sendinspection.examples.timeline.TimelineEvent;
import org.sendinspection.examples.timeline.TimelineSvg;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.RuleSource;

/**
 * One area's page: its state on the day, its timeline picture, every conclusion the rules draw with its
 * reason, the facts it rests on and the sources of its rule, and the dates the sources disagree on.
 *
 * @param record the area's record; not null
 * @param asOf the day and the claim policy; not null
 * @param file the page's file name in {@code areas/}; not null
 * @param derivation what the rules conclude from the record on the day, under the same claim policy; not null
 * @param timeline the record's steps; not null
 */
record AreaPage(AreaRecord record, AsOf asOf, String file, Derivation derivation, RecordTimeline timeline) {

  AreaPage {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(derivation, "derivation");
    Objects.requireNonNull(timeline, "timeline");
  }

  /** Derives the page of a record as of a day, disputed dates taken by the day's claim policy. */
  static AreaPage of(AreaRecord record, AsOf asOf, String file) {
    Derivation derivation = Derivation.of(record, asOf.day(),
        RuleSettings.defaults().withDisputedDatePolicy(asOf.claims()));
    return new AreaPage(record, asOf, file, derivation, RecordTimeline.of(record));
  }

  /** The area's row in a table of areas, linking to its page at {@code href}. */
  Map<String, Object> row(String href) {
    Map<String, Object> row = new HashMap<>();
    row.put("href", href);
    row.put("name", record.getArea().getName());
    row.put("code", record.getArea().getCode());
    row.put("region", record.getArea().getRegion().displayName());
    row.put("state", derivation.currentState().description());
    List<TimelineEvent> happened = timeline.happenedBy(asOf);
    if (happened.isEmpty()) {
      row.put("latest", "none recorded");
      row.put("latestSort", "");
    } else {
      TimelineEvent last = happened.get(happened.size() - 1);
      row.put("latest", asOf.dateOf(last.when()) + " " + last.describe());
      row.put("latestSort", asOf.dateOf(last.when()).toString());
    }
    row.put("conclusions", derivation.conclusions().size());
    return row;
  }

  /** The values of the area template. */
  Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    model.put("name", record.getArea().getName());
    model.put("code", record.getArea().getCode());
    model.put("region", record.getArea().getRegion().displayName());
    model.put("asOf", asOf.day().toString());
    model.put("state", derivation.currentState().description());
    List<TimelineEvent> happened = timeline.happenedBy(asOf);
    model.put("happened", happened.size() + " of " + timeline.events().size() + " recorded steps had happened"
        + (happened.isEmpty() ? "." : "; the latest: " + happened.get(happened.size() - 1).describe() + "."));
    model.put("inDispute", timeline.inDisputeOn(asOf).stream()
        .map(e -> e.describe() + " (" + e.when().describe() + ")").toList());
    model.put("partners", record.getArea().partnersOn(asOf.day()).stream()
        .map(p -> p.getName() + " (" + p.getKind().wireName() + ")").toList());
    model.put("timeline", picture());
    List<Map<String, Object>> conclusions = derivation.conclusions().stream().map(AreaPage::conclusion).toList();
    model.put("conclusions", conclusions);
    model.put("conclusionCount", conclusions.size());
    List<Map<String, Object>> disputed = new ArrayList<>();
    for (TimelineEvent event : timeline.disputed()) {
      List<Map<String, Object>> claims = new ArrayList<>();
      for (DateClaim claim : event.when().getClaims()) {
        claims.add(Map.of("date", claim.getDate().toString(),
            "source", claim.getCitation().map(AreaPage::cite).orElse("no source recorded"),
            "taken", claim.getDate().equals(asOf.dateOf(event.when()))));
      }
      disputed.add(Map.of("step", event.describe(), "claims", claims));
    }
    model.put("disputed", disputed);
    model.put("disputedCount", disputed.size());
    return model;
  }

  /** The timeline as an SVG element to inline, or null where the record has no dated step to draw. */
  private String picture() {
    try {
      String svg = TimelineSvg.of(record, asOf.claims());
      return svg.substring(svg.indexOf("<svg"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, Object> conclusion(Conclusion c) {
    Map<String, Object> model = new HashMap<>();
    String kind = c.getKind().name();
    model.put("kind", kind);
    model.put("title", title(kind));
    model.put("rule", c.getRuleId());
    model.put("inspection", c.getInspectionId());
    model.put("hasDates", !c.getDates().isEmpty());
    model.put("dates", c.getDates().stream()
        .map(d -> Map.of("role", d.getRole().words(), "date", d.getDate().toString())).toList());
    model.put("reason", c.getReason());
    model.put("basis", c.getBasis().stream()
        .map(f -> Map.of("path", f.getPath(), "description", f.getDescription())).toList());
    model.put("sources", c.getCitations().stream().map(AreaPage::source).toList());
    return model;
  }

  /** The kind in words for a heading: {@code WSOA_DUE} reads "Written statement of action due". */
  static String title(String kind) {
    String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ')
        .replaceAll("\\bwsoa\\b", "written statement of action");
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Map<String, Object> source(RuleSource source) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", source.getTitle());
    model.put("url", source.getUrl().orElse(null));
    List<String> detail = new ArrayList<>();
    source.getLocator().ifPresent(detail::add);
    source.getQuote().ifPresent(q -> detail.add("\u201c" + q + "\u201d"));
    model.put("detail", detail.isEmpty() ? null : String.join(": ", detail));
    return model;
  }

  private static String cite(Citation citation) {
    return citation.getSource() + citation.getLocator().map(l -> ", " + l).orElse("")
        + citation.getQuote().map(q -> ": \u201c" + q + "\u201d").orElse("");
  }
}
