package org.sendinspection.data.d2i;

import static org.sendinspection.data.d2i.OverviewColumn.CODE;
import static org.sendinspection.data.d2i.OverviewColumn.INSPECTION_END;
import static org.sendinspection.data.d2i.OverviewColumn.INSPECTION_START;
import static org.sendinspection.data.d2i.OverviewColumn.NAME;
import static org.sendinspection.data.d2i.OverviewColumn.NEXT_INSPECTION;
import static org.sendinspection.data.d2i.OverviewColumn.NEXT_INSPECTION_BY;
import static org.sendinspection.data.d2i.OverviewColumn.OUTCOME_GRADE;
import static org.sendinspection.data.d2i.OverviewColumn.OUTCOME_TEXT;
import static org.sendinspection.data.d2i.OverviewColumn.PREVIOUS_INSPECTION;
import static org.sendinspection.data.d2i.OverviewColumn.PUBLISHED;
import static org.sendinspection.data.d2i.OverviewColumn.REGION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.data.table.ColumnLayout;
import org.sendinspection.data.table.RowArea;
import org.sendinspection.data.table.RowReader;
import org.sendinspection.data.table.TextRow;
import org.sendinspection.model.area.directory.DirectoryArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.StatedPreviousInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.Violation;

/**
 * Turns one row of the scraped overview into an area record, or into the problems that keep it from
 * being one.
 *
 * <p>The record holds what the row states: the area (found through the area directory, so with its
 * proper name, and its own code where the row gives a predecessor's), one
 * 2023-framework inspection with its on-site dates, publication, outcome, the previous inspection as
 * the report states it, the report's sentence on the next inspection, and a citation quoting the
 * outcome paragraph. The priority action plan and the strategic plan request follow the outcome, as the
 * framework ties them to it; the areas for priority action are not in the file and are left unrecorded.
 */
final class OverviewRowConverter {

  /** A row's record and the scraper's next-inspection figure for it. */
  record Converted(AreaRecord record, ScrapedNextInspection next) {}

  private final ColumnLayout<OverviewColumn> layout;
  private final SourceDocument source;

  OverviewRowConverter(ColumnLayout<OverviewColumn> layout, SourceDocument source) {
    this.layout = layout;
    this.source = source;
  }

  /**
   * Converts a row. A row gives a record wherever its area, its outcome and one of its dates (first or
   * last day on site, publication) are known: a field with a problem is reported and left unrecorded (an
   * unknown region takes the directory's; an empty first day on site is "not recorded"), so that one bad
   * cell never loses the rest of the row.
   */
  Optional<Converted> convert(TextRow row, List<ImportProblem> found, List<ImportNote> notes) {
    RowReader<OverviewColumn> cells = new RowReader<>(layout, row, found, notes);
    cells.requiredText(CODE);
    cells.requiredText(NAME);
    Optional<OfstedRegion> region = region(cells);
    Optional<AreaSendOutcome> outcome = outcome(cells);
    OutcomeText.check(cells, outcome);
    Optional<LocalDate> start = cells.date(INSPECTION_START, OverviewDates.SHORT, "18/11/24", true);
    Optional<LocalDate> end = cells.date(INSPECTION_END, OverviewDates.SHORT, "22/11/24", false);
    Optional<LocalDate> published = cells.date(PUBLISHED, OverviewDates.SHORT, "04/02/25", false);
    Optional<LocalDate> previous = OverviewDates.previous(cells).flatMap(p -> p);
    Optional<DirectoryArea> area = RowArea.of(cells, CODE, NAME, start.or(() -> published));
    area.ifPresent(a -> RowArea.checkRegion(cells, REGION, region, a));
    if (area.isEmpty() || outcome.isEmpty() || (start.isEmpty() && end.isEmpty() && published.isEmpty())) {
      return Optional.empty();
    }
    ScrapedNextInspection next = nextInspection(cells, area.get().code(), outcome);
    return cells.record(
            () -> area.get().toLocalArea(),
            () -> inspection(cells, outcome.get(), start, end, published, previous),
            source, OverviewRowConverter::columnOf)
        .map(record -> new Converted(record, next));
  }

  private AreaSendInspection inspection(RowReader<OverviewColumn> cells, AreaSendOutcome outcome,
      Optional<LocalDate> start, Optional<LocalDate> end, Optional<LocalDate> published, Optional<LocalDate> previous) {
    Optional<String> text = cells.text(OUTCOME_TEXT);
    // The identifier names the year on site; where the row gives no first day, the year of what it gives,
    // said as such, so that no one reads it as the year inspectors were on site.
    String id = start.map(d -> d.getYear() + "-area-send-inspection")
        .or(() -> end.map(d -> "area-send-inspection-ended-" + d.getYear()))
        .orElseGet(() -> "area-send-inspection-published-" + published.orElseThrow().getYear());
    return AreaSendInspection.builder()
        .id(id)
        .onSiteStart(start.map(d -> dated(cells, d, INSPECTION_START)))
        .onSiteEnd(end.map(d -> dated(cells, d, INSPECTION_END)))
        .publishedOn(published.map(d -> dated(cells, d, PUBLISHED)))
        // The overview gives one day of the stated range, its last (Birmingham: 27 May 2021 for a revisit
        // on site from 24 May 2021), so that day is the stated last day and the first is not recorded.
        .previousInspectionAsStated(previous.map(d -> StatedPreviousInspection.builder()
            .onSiteEnd(dated(cells, d, PREVIOUS_INSPECTION))
            .citation(cite(cells, PREVIOUS_INSPECTION))
            .build()))
        .outcome(outcome)
        .nextInspectionAsStated(text.flatMap(OutcomeText::nextInspectionSentences))
        .priorityActionPlanRequired(outcome.requiresPriorityActionPlan())
        .strategicPlanUpdateRequested(outcome.asksForStrategicPlanUpdate())
        .areasForImprovementNotRecorded(true)
        .citation(Citation.builder().source(source.getId()).locator(cells.locator(OUTCOME_TEXT)).quote(text).build())
        .build();
  }

  private static Optional<OfstedRegion> region(RowReader<OverviewColumn> cells) {
    return cells.requiredText(REGION).flatMap(text -> {
      Optional<OfstedRegion> region = RegionCodes.region(text);
      if (region.isEmpty()) {
        cells.problem(REGION, OverviewRule.KNOWN_REGION_CODE.id(), "'" + text
            + "' is not a region code whose Ofsted region is known; expected one of " + RegionCodes.known()
            + "; the record takes the area's region from the area directory");
      }
      return region;
    });
  }

  private static Optional<AreaSendOutcome> outcome(RowReader<OverviewColumn> cells) {
    return cells.requiredText(OUTCOME_GRADE).flatMap(text -> {
      switch (text) {
        case "1.0": case "1": return Optional.of(AreaSendOutcome.ofNumber(1));
        case "2.0": case "2": return Optional.of(AreaSendOutcome.ofNumber(2));
        case "3.0": case "3": return Optional.of(AreaSendOutcome.ofNumber(3));
        default:
          cells.problem(OUTCOME_GRADE, OverviewRule.OUTCOME_GRADE.id(),
              "'" + OUTCOME_GRADE.header() + "' should be 1, 2 or 3; found '" + text + "'");
          return Optional.empty();
      }
    });
  }

  /**
   * The scraper's next inspection: its period must be the outcome's where it gives one; its date is
   * kept as the scraper's, or its note where it gives text instead.
   */
  private static ScrapedNextInspection nextInspection(RowReader<OverviewColumn> cells, String code,
      Optional<AreaSendOutcome> outcome) {
    Optional<String> period = cells.text(NEXT_INSPECTION).filter(t -> !t.equals(OverviewDates.NONE));
    if (period.isPresent() && outcome.isPresent()) {
      String expected = OutcomeText.period(outcome.get());
      if (!period.get().equals(expected)) {
        cells.problem(NEXT_INSPECTION, OverviewRule.NEXT_INSPECTION_AGREES.id(), "outcome " + outcome.get().number()
            + " has its next inspection in " + expected + "; found '" + period.get() + "'");
        // The scraper's figure contradicts the outcome: it is not recorded, and the problem says why.
        return new ScrapedNextInspection(code, cells.rowNumber(), Optional.empty(), Optional.empty(),
            Optional.of("the scraper's period '" + period.get() + "' contradicts outcome " + outcome.get().number()));
      }
    }
    Optional<String> byText = cells.text(NEXT_INSPECTION_BY);
    Optional<LocalDate> byDate = byText.flatMap(OverviewDates::parseShort);
    Optional<String> note = byDate.isPresent() ? Optional.empty() : byText;
    return new ScrapedNextInspection(code, cells.rowNumber(), period, byDate, note);
  }

  /** The column a field of the record built from a row was read from, or null for the row. */
  private static OverviewColumn columnOf(Violation violation) {
    String path = violation.path();
    if (path.contains("previousInspectionAsStated")) {
      return PREVIOUS_INSPECTION;
    }
    if (path.contains("publishedOn")) {
      return PUBLISHED;
    }
    if (path.contains("onSiteEnd")) {
      return INSPECTION_END;
    }
    if (path.contains("onSiteStart") || path.endsWith(".id")) {
      return INSPECTION_START;
    }
    if (path.equals("area.code")) {
      return CODE;
    }
    if (path.equals("area.name")) {
      return NAME;
    }
    return null;
  }

  private DatedFact dated(RowReader<OverviewColumn> cells, LocalDate date, OverviewColumn column) {
    return DatedFact.of(date, cite(cells, column));
  }

  private Citation cite(RowReader<OverviewColumn> cells, OverviewColumn column) {
    return Citation.builder().source(source.getId()).locator(cells.locator(column)).build();
  }
}
