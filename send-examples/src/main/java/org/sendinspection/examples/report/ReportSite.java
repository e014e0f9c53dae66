package org.sendinspection.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.data.figures.SummaryFigures;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.examples.timeline.RecordTimeline;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.record.AreaRecord;

/**
 * The pages of the report over many area records: {@code index.html} with the figures of the scope (England,
 * or the region {@code --region} names), {@code regions/NAME.html} for each region with an area in the
 * records (national reports only), and {@code areas/CODE.html} for each area.
 *
 * <p>Steps and conclusions are as of the scope's as-of day, or without one as of the latest date of any
 * step in the records (never the clock, so the same records give the same site); the figures follow
 * {@link FigureScope}'s semantics, as {@code send summary}'s do. Immutable once built.
 */
public final class ReportSite {
  private final Map<String, String> pages;
  private final LocalDate day;

  private ReportSite(Map<String, String> pages, LocalDate day) {
    this.pages = pages;
    this.day = day;
  }

  /**
   * Builds every page.
   *
   * @param records the records; not null
   * @param scope the region (empty for England), the as-of day and the claim policy; not null
   * @param version the version of the programme, named in each page's footer; not null
   * @return the site
   * @throws IllegalArgumentException if no record in scope has a dated step and no as-of day is given, or
   *     no record is in the scope's region
   */
  public static ReportSite of(List<AreaRecord> records, FigureScope scope, String version) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(scope, "scope");
    List<AreaRecord> inScope = records.stream().filter(r -> scope.includes(r.getArea().getRegion())).toList();
    if (inScope.isEmpty()) {
      throw new IllegalArgumentException("no area record is in " + scope.region().map(OfstedRegion::displayName)
          .orElse("England"));
    }
    LocalDate day = scope.asOf().or(() -> latestStep(inScope)).orElseThrow(() -> new IllegalArgumentException(
        "no record has a dated step to report as of; give --as-of DATE"));
    return new Builder(inScope, scope, day, version).build();
  }

  /** The day steps and conclusions are reported as of. */
  public LocalDate day() {
    return day;
  }

  /** Every page by its path relative to the site's folder, such as {@code areas/E10000012.html}, in order. */
  public Map<String, String> pages() {
    return pages;
  }

  private static Optional<LocalDate> latestStep(List<AreaRecord> records) {
    return records.stream().map(r -> RecordTimeline.of(r).last()).flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
  }

  /** Lays out the pages of one site. */
  private static final class Builder {
    private final List<AreaRecord> records;
    private final FigureScope scope;
    private final LocalDate day;
    private final String version;
    private final SiteTemplates templates = new SiteTemplates();
    private final List<AreaPage> areas = new ArrayList<>();
    private final Map<String, String> pages = new LinkedHashMap<>();

    Builder(List<AreaRecord> records, FigureScope scope, LocalDate day, String version) {
      this.records = records;
      this.scope = scope;
      this.day = day;
      this.version = Objects.requireNonNull(version, "version");
    }

    ReportSite build() {
      AsOf asOf = AsOf.of(day, scope.claims());
      Set<String> files = new TreeSet<>();
      for (AreaRecord record : records) {
        areas.add(AreaPage.of(record, asOf, uniqueFile(record.getArea().getCode(), files)));
      }
      areas.sort(Comparator.comparing((AreaPage a) -> a.record().getArea().getName()).thenComparing(AreaPage::file));
      boolean national = scope.region().isEmpty();
      Set<OfstedRegion> regions = new TreeSet<>(Comparator.comparing(OfstedRegion::displayName));
      records.forEach(r -> regions.add(r.getArea().getRegion()));
      pages.put("index.html", figuresPage(scope, "", national ? regions : Set.of(), List.of(crumb(title(scope), null))));
      if (national) {
        for (OfstedRegion region : regions) {
          pages.put(regionFile(region), figuresPage(scope.inRegion(region), "../", Set.of(),
              List.of(crumb("England", "index.html"), crumb(region.displayName(), null))));
        }
      }
      for (AreaPage area : areas) {
        OfstedRegion region = area.record().getArea().getRegion();
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb(national ? "England" : region.displayName(), "index.html"));
        if (national) {
          crumbs.add(crumb(region.displayName(), regionFile(region)));
        }
        crumbs.add(crumb(area.record().getArea().getName(), null));
        pages.put("areas/" + area.file(), page(area.record().getArea().getName() + ": SEND local area inspections",
            "../", crumbs, templates.area(area.model())));
      }
      return new ReportSite(java.util.Collections.unmodifiableMap(pages), day);
    }

    private String figuresPage(FigureScope counted, String root, Set<OfstedRegion> regions,
        List<Map<String, Object>> crumbs) {
      SummaryFigures figures = SummaryFigures.of(records, counted);
      Map<String, Object> model = new HashMap<>();
      model.put("heading", "SEND local area inspections: " + title(counted));
      model.put("lede", "Figures from " + figures.areas() + " area records, counting "
          + counted.asOf().map(d -> "what had happened by " + d).orElse("every recorded fact")
          + "; each area's state and conclusions as of " + day + ".");
      model.put("asOf", day.toString());
      figures.statementShare().ifPresent(share -> model.put("statementShare", String.format(Locale.ROOT,
          "Of the %d local areas whose inspection report was published, %d have required a written statement of "
              + "action (%.1f%%).", figures.framework2016().inspectionsPublished(),
          figures.framework2016().writtenStatementsRequired(), share)));
      model.put("groups", headline(figures));
      OutcomesChart chart = OutcomesChart.of(records, counted, firstYear(), counted.asOf().orElse(day));
      model.put("chart", chart.svg());
      model.put("chartCaption", "Reports, written statements of action and revisits over time, "
          + title(counted) + ": cumulative counts at the end of each year, the last on " + chart.days()
          .get(chart.days().size() - 1) + ".");
      model.put("series", chart.series());
      List<Map<String, Object>> chartRows = new ArrayList<>();
      for (int i = 0; i < chart.days().size(); i++) {
        chartRows.add(Map.of("label", chart.label(chart.days().get(i)), "values", chart.values().get(i)));
      }
      model.put("chartRows", chartRows);
      model.put("hasRegions", !regions.isEmpty());
      model.put("regions", regions.stream().map(r -> regionRow(r, root)).toList());
      List<Map<String, Object>> rows = areas.stream()
          .filter(a -> counted.includes(a.record().getArea().getRegion()))
          .map(a -> a.row(root + "areas/" + a.file())).toList();
      model.put("areas", rows);
      model.put("areaCount", rows.size());
      return page("SEND local area inspections: " + title(counted), root, crumbs, templates.figures(model));
    }

    private Map<String, Object> regionRow(OfstedRegion region, String root) {
      SummaryFigures figures = SummaryFigures.of(records, scope.inRegion(region));
      Map<String, Object> row = new HashMap<>();
      row.put("name", region.displayName());
      row.put("href", root + regionFile(region));
      row.put("areas", figures.areas());
      row.put("published", figures.framework2016().inspectionsPublished());
      row.put("statements", figures.framework2016().writtenStatementsRequired());
      row.put("share", figures.statementShare().map(s -> String.format(Locale.ROOT, "%.1f%%", s)).orElse("none published"));
      row.put("shareSort", figures.statementShare().map(s -> String.format(Locale.ROOT, "%.1f", s)).orElse("-1"));
      row.put("reports2023", figures.framework2023().reportsPublished());
      return row;
    }

    private String page(String title, String root, List<Map<String, Object>> crumbs, String body) {
      Map<String, Object> model = new HashMap<>();
      model.put("title", title);
      model.put("root", root);
      model.put("crumbs", crumbs.stream().map(c -> {
        Map<String, Object> withRoot = new HashMap<>(c);
        withRoot.put("root", root);
        return withRoot;
      }).toList());
      model.put("asOf", day.toString());
      model.put("version", version);
      model.put("recordCount", records.size());
      model.put("claims", scope.describeClaims());
      return templates.page(model, body);
    }

    private int firstYear() {
      return records.stream().map(r -> RecordTimeline.of(r).first()).flatMap(Optional::stream)
          .mapToInt(LocalDate::getYear).min().orElse(day.getYear());
    }

    private static List<Map<String, Object>> headline(SummaryFigures figures) {
      NationalFigures f = figures.framework2016();
      AreaSendFigures g = figures.framework2023();
      Map<String, Object> all = group("The records", List.of(figure("areas in the records", figures.areas())));
      Map<String, Object> f2016 = group("2016 framework (local area SEND inspections)", List.of(
          figure("areas inspected", f.areasInspected()),
          figure("inspection reports published", f.inspectionsPublished()),
          figure("written statements of action required", f.writtenStatementsRequired()),
          figure("significant weaknesses found", f.significantWeaknesses()),
          figure("revisit letters published", f.revisitsPublished()),
          figure("revisits: sufficient progress on every weakness", f.revisitsAllSufficient()),
          figure("revisits: on some weaknesses", f.revisitsSomeSufficient()),
          figure("revisits: on none", f.revisitsNoneSufficient()),
          figure("statement required, revisit not yet begun", f.awaitingRevisit())));
      Map<String, Object> f2023 = group("2023 framework (area SEND inspections)", List.of(
          figure("inspections begun", g.inspectionsBegun()),
          figure("reports published", g.reportsPublished()),
          figure("outcome 1: typically positive", g.positive()),
          figure("outcome 2: inconsistent", g.inconsistent()),
          figure("outcome 3: widespread or systemic failings", g.widespreadOrSystemicFailings()),
          figure("priority action plans required", g.priorityActionPlansRequired())));
      return List.of(all, f2016, f2023);
    }

    private static Map<String, Object> group(String name, List<Map<String, Object>> figures) {
      return Map.of("name", name, "figures", figures);
    }

    private static Map<String, Object> figure(String label, int value) {
      return Map.of("label", label, "value", value);
    }

    private static Map<String, Object> crumb(String name, String href) {
      Map<String, Object> crumb = new HashMap<>();
      crumb.put("name", name);
      crumb.put("href", href);
      return crumb;
    }

    private static String title(FigureScope counted) {
      return counted.region().map(OfstedRegion::displayName).orElse("England");
    }

    private static String regionFile(OfstedRegion region) {
      return "regions/" + region.wireName() + ".html";
    }

    /** A file name from an area's code, unique within the site, safe on every file system. */
    private static String uniqueFile(String code, Set<String> taken) {
      String base = code.replaceAll("[^A-Za-z0-9-]", "-");
      String name = base + ".html";
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n + ".html";
      }
      return name;
    }
  }

  @Override
  public String toString() {
    return pages.keySet().stream().collect(Collectors.joining(", ", "ReportSite[" + day + ": ", "]"));
  }
}
