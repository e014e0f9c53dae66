package org.sendinspection.data.mi;

import static org.sendinspection.data.mi.MiColumn.AREA;
import static org.sendinspection.data.mi.MiColumn.AREAS_FOR_PRIORITY_ACTION;
import static org.sendinspection.data.mi.MiColumn.INSPECTION_START;
import static org.sendinspection.data.mi.MiColumn.OUTCOME;
import static org.sendinspection.data.mi.MiColumn.PRIORITY_ACTION_PLAN;
import static org.sendinspection.data.mi.MiColumn.PUBLISHED;
import static org.sendinspection.data.mi.MiColumn.REGION;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.data.table.ColumnLayout;
import org.sendinspection.data.table.RowArea;
import org.sendinspection.data.table.RowReader;
import org.sendinspection.data.table.TextRow;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.directory.DirectoryArea;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Violation;

/**
 * Turns one row of the management information into an area record, or into the problems that keep it
 * from being one.
 *
 * <p>The record holds what the row states: the area (found by its name in the bundled area directory,
 * which gives its code and proper name), one 2023-framework
 * inspection with its start and publication dates, its outcome, whether a priority action plan is
 * required, and the number of areas for priority action as a count. The strategic plan request is not
 * a column; the framework ties it to outcomes 1 and 2, so the record follows the outcome.
 */
final class MiRowConverter {
  /** Dates as the file writes them: {@code 27/03/2023}. */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /** The file's outcome labels, shortened from the framework's wording. */
  static final Map<String, AreaSendOutcome> OUTCOME_LABELS = Map.of(
      "Typically positive experiences and outcomes", AreaSendOutcome.POSITIVE,
      "Inconsistent experiences and outcomes", AreaSendOutcome.INCONSISTENT,
      "Widespread and/or systemic failings", AreaSendOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS);

  /** What the file writes where no number of areas for priority action applies. */
  static final String NOT_APPLICABLE = "NA";

  private final ColumnLayout<MiColumn> layout;
  private final SourceDocument source;

  MiRowConverter(ColumnLayout<MiColumn> layout, SourceDocument source) {
    this.layout = layout;
    this.source = source;
  }

  /**
   * Converts a row. A row gives a record wherever its area, first day and outcome are known: a cell with a
   * problem is reported and left unrecorded (a priority action plan follows the outcome, as the framework
   * ties them), so that one bad cell never loses the rest of the row.
   */
  Optional<AreaRecord> convert(TextRow row, List<ImportProblem> problems, List<ImportNote> notes) {
    RowReader<MiColumn> cells = new RowReader<>(layout, row, problems, notes);
    Optional<OfstedRegion> region = region(cells);
    cells.requiredText(AREA);
    Optional<LocalDate> start = cells.date(INSPECTION_START, DATE, "27/03/2023", true);
    Optional<LocalDate> published = cells.date(PUBLISHED, DATE, "31/05/2023", false);
    Optional<DirectoryArea> area = RowArea.of(cells, null, AREA, start.or(() -> published));
    area.ifPresent(a -> RowArea.checkRegion(cells, REGION, region, a));
    Optional<AreaSendOutcome> outcome = outcome(cells);
    Optional<Boolean> plan = plan(cells);
    Optional<Integer> count = count(cells, plan).flatMap(c -> c);
    if (area.isEmpty() || start.isEmpty() || outcome.isEmpty()) {
      return Optional.empty();
    }
    boolean required = outcome.get().requiresPriorityActionPlan();
    if (plan.isPresent() && plan.get() != required) {
      cells.problem(PRIORITY_ACTION_PLAN, Invariant.OUTCOME_MATCHES_REQUIREMENTS.id(), "outcome "
          + outcome.get().number() + (required ? " requires a priority action plan; the row says none is required"
              : " does not require a priority action plan; the row says one is required")
          + "; the record follows the outcome and leaves the number of areas for priority action unrecorded");
      count = Optional.empty();
    }
    return build(cells, area.get().toLocalArea(), start.get(), published, outcome.get(), required,
        required ? count : Optional.empty());
  }

  private static Optional<OfstedRegion> region(RowReader<MiColumn> cells) {
    return cells.requiredText(REGION).flatMap(text -> {
      try {
        return Optional.of(OfstedRegion.fromAnyName(text));
      } catch (IllegalArgumentException e) {
        cells.problem(REGION, MiRule.KNOWN_REGION.id(), "'" + text + "' is not an Ofsted region; expected one of "
            + Arrays.stream(OfstedRegion.values()).map(OfstedRegion::displayName).collect(Collectors.joining(", ")));
        return Optional.empty();
      }
    });
  }

  private static Optional<AreaSendOutcome> outcome(RowReader<MiColumn> cells) {
    return cells.requiredText(OUTCOME).flatMap(text -> {
      AreaSendOutcome outcome = OUTCOME_LABELS.get(text);
      if (outcome == null) {
        cells.problem(OUTCOME, MiRule.OUTCOME_LABEL.id(), "'" + text + "' is not an outcome; expected one of '"
            + String.join("', '", new TreeSet<>(OUTCOME_LABELS.keySet())) + "'");
      }
      return Optional.ofNullable(outcome);
    });
  }

  private static Optional<Boolean> plan(RowReader<MiColumn> cells) {
    return cells.requiredText(PRIORITY_ACTION_PLAN).flatMap(text -> {
      if (text.equals("Yes") || text.equals("No")) {
        return Optional.of(text.equals("Yes"));
      }
      cells.problem(PRIORITY_ACTION_PLAN, MiRule.YES_NO_CELL.id(),
          "'" + PRIORITY_ACTION_PLAN.header() + "' should be Yes or No; found '" + text + "'");
      return Optional.empty();
    });
  }

  /**
   * The number of areas for priority action: a number where a plan is required, none (NA) where not.
   *
   * @return empty if the cell is unreadable or disagrees with the plan column (a problem); else the
   *     number, or an empty number where none applies
   */
  private static Optional<Optional<Integer>> count(RowReader<MiColumn> cells, Optional<Boolean> plan) {
    Optional<String> text = cells.text(AREAS_FOR_PRIORITY_ACTION);
    Optional<Integer> number = text.filter(t -> t.matches("[0-9]{1,4}")).map(Integer::valueOf);
    boolean notApplicable = text.isEmpty() || text.get().equals(NOT_APPLICABLE);
    if (number.isEmpty() && !notApplicable) {
      cells.problem(AREAS_FOR_PRIORITY_ACTION, MiRule.COUNT_CELL.id(), "'" + AREAS_FOR_PRIORITY_ACTION.header()
          + "' should be a whole number or " + NOT_APPLICABLE + "; found '" + text.get() + "'");
      return Optional.empty();
    }
    if (plan.isEmpty()) {
      return Optional.of(number);
    }
    if (plan.get() && number.isEmpty()) {
      cells.problem(AREAS_FOR_PRIORITY_ACTION, MiRule.COUNT_WITH_PLAN.id(), "a priority action plan is required"
          + " but the number of areas for priority action is " + text.orElse("empty"));
      return Optional.empty();
    }
    if (!plan.get() && number.isPresent()) {
      cells.problem(AREAS_FOR_PRIORITY_ACTION, MiRule.COUNT_WITH_PLAN.id(), "no priority action plan is required"
          + " but " + number.get() + " areas for priority action are counted");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  private Optional<AreaRecord> build(RowReader<MiColumn> cells, LocalArea area, LocalDate start,
      Optional<LocalDate> published, AreaSendOutcome outcome, boolean plan, Optional<Integer> count) {
    return cells.record(() -> area, () -> AreaSendInspection.builder()
          .id(start.getYear() + "-area-send-inspection")
          .onSiteStart(DatedFact.of(start, cite(cells, INSPECTION_START)))
          .publishedOn(published.map(d -> DatedFact.of(d, cite(cells, PUBLISHED))))
          .outcome(outcome)
          .priorityActionPlanRequired(plan)
          .strategicPlanUpdateRequested(outcome.asksForStrategicPlanUpdate())
          .areasForImprovementNotRecorded(true)
          .areasForPriorityActionCount(count)
          .citation(Citation.builder().source(source.getId()).locator(layout.locator(cells.rowNumber()))
              .quote(cells.text(OUTCOME).orElseThrow()).build())
          .build(),
        source, MiRowConverter::columnOf);
  }

  /** The column a field of the record built from a row was read from, or null for the row. */
  private static MiColumn columnOf(Violation violation) {
    String path = violation.path();
    if (path.contains("priorityActionPlanRequired")) {
      return PRIORITY_ACTION_PLAN;
    }
    if (path.contains("areasForPriorityAction")) {
      return AREAS_FOR_PRIORITY_ACTION;
    }
    if (path.contains("publishedOn")) {
      return PUBLISHED;
    }
    if (path.contains("onSiteStart")) {
      return INSPECTION_START;
    }
    if (path.startsWith("area.")) {
      return AREA;
    }
    return null;
  }

  private Citation cite(RowReader<MiColumn> cells, MiColumn column) {
    return Citation.builder().source(source.getId()).locator(cells.locator(column)).build();
  }
}
