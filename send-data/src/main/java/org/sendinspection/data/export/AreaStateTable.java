package org.sendinspection.data.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.data.join.NationalDataset;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.DirectoryArea;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.journey.JourneyState;

/**
 * A tidy table of areas on one day: one row per area record, with the area's state on the as-of day as
 * the rules derive it, and its latest inspection begun by that day.
 *
 * <p>Stateless and thread-safe. Only what had happened by the as-of day counts: an inspection from its
 * earliest recorded first day, its outcome from its earliest recorded publication. The columns are
 * documented in {@code docs/tidy-csv.md}.
 */
public final class AreaStateTable {
  /** The header, in order. */
  public static final List<String> COLUMNS = List.of("as_of", "area_code", "area_name", "region",
      "exists_on_as_of", "predecessors", "successors", "inspections_begun", "latest_framework",
      "latest_inspection_id", "latest_on_site_start", "latest_published_on", "latest_wsoa_required",
      "latest_outcome", "journey_state", "journey_state_description");

  /**
   * The columns {@code latest_wsoa_required} and {@code latest_outcome} of a published inspection: each
   * framework fills the one it has and leaves the other empty, and a framework added later must say
   * which it fills.
   */
  private static final Inspection.Visitor<List<String>> OUTCOME_CELLS = new Inspection.Visitor<>() {
    @Override
    public List<String> localAreaSend2016(LocalAreaSendInspection inspection) {
      return List.of(Boolean.toString(inspection.getWrittenStatement().isPresent()), "");
    }

    @Override
    public List<String> areaSend2023(AreaSendInspection inspection) {
      return List.of("", Integer.toString(inspection.getOutcome().number()));
    }
  };

  private AreaStateTable() {}

  /**
   * The table of the records' areas on a day, header first.
   *
   * @param records the records, one per area; not null
   * @param asOf the day; not null
   * @return the CSV text
   */
  public static String of(List<AreaRecord> records, LocalDate asOf) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(asOf, "asOf");
    StringBuilder csv = new StringBuilder(Csv.line(COLUMNS));
    for (AreaRecord record : records) {
      csv.append(Csv.line(row(record, asOf)));
    }
    return csv.toString();
  }

  private static List<String> row(AreaRecord record, LocalDate asOf) {
    String code = record.getArea().getCode();
    Optional<DirectoryArea> area = AreaDirectory.bundled().byCode(code);
    List<Inspection> begun = record.getInspections().stream()
        .filter(i -> !NationalDataset.isInherited(code, i))
        .filter(i -> !i.begunBy().earliest().isAfter(asOf)).toList();
    Optional<Inspection> latest = begun.isEmpty() ? Optional.empty() : Optional.of(begun.get(begun.size() - 1));
    Optional<DatedFact> published = latest.flatMap(Inspection::getPublishedOn)
        .filter(p -> !p.earliest().isAfter(asOf));
    JourneyState state = Derivation.of(record, asOf).currentState();
    List<String> cells = new ArrayList<>();
    cells.add(asOf.toString());
    cells.add(code);
    cells.add(record.getArea().getName());
    cells.add(record.getArea().getRegion().displayName());
    cells.add(area.map(a -> Boolean.toString(a.existsOn(asOf))).orElse(""));
    cells.add(area.map(a -> String.join(";", a.predecessors())).orElse(""));
    cells.add(area.map(a -> String.join(";", a.successors())).orElse(""));
    cells.add(Integer.toString(begun.size()));
    cells.add(latest.map(i -> i.framework().wireName()).orElse(""));
    cells.add(latest.map(Inspection::getId).orElse(""));
    cells.add(InspectionTable.first(latest.flatMap(Inspection::firstDayOnSite)));
    cells.add(InspectionTable.first(published));
    cells.addAll(latest.filter(i -> published.isPresent()).map(i -> i.accept(OUTCOME_CELLS))
        .orElse(List.of("", "")));
    cells.add(state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    cells.add(state.description());
    return cells;
  }
}
