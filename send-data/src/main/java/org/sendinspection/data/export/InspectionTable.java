package org.sendinspection.data.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.data.join.NationalDataset;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;

/**
 * A tidy table of inspections: one row per inspection of an area, both frameworks, every column one
 * variable, an empty cell where the record does not hold the value ("not recorded", never 0 or no).
 *
 * <p>Stateless and thread-safe. An inspection a record holds as a predecessor's (see {@link
 * NationalDataset}) is left out: it has its own row under its own area. The columns are documented in
 * {@code docs/tidy-csv.md}.
 */
public final class InspectionTable {
  /** The header, in order. */
  public static final List<String> COLUMNS = List.of("area_code", "area_name", "region", "framework",
      "inspection_id", "on_site_start", "on_site_start_claims", "on_site_end", "published_on",
      "published_on_claims", "wsoa_required", "significant_weaknesses", "revisit_start", "revisit_published_on",
      "revisit_outcome", "weaknesses_sufficient", "weaknesses_not_sufficient", "outcome",
      "priority_action_plan_required", "areas_for_priority_action", "sources");

  private InspectionTable() {}

  /**
   * The table of the records' inspections, header first.
   *
   * @param records the records; not null
   * @return the CSV text
   */
  public static String of(List<AreaRecord> records) {
    Objects.requireNonNull(records, "records");
    StringBuilder csv = new StringBuilder(Csv.line(COLUMNS));
    for (AreaRecord record : records) {
      String code = record.getArea().getCode();
      for (Inspection inspection : record.getInspections()) {
        if (!NationalDataset.isInherited(code, inspection)) {
          csv.append(Csv.line(row(record, inspection)));
        }
      }
    }
    return csv.toString();
  }

  private static List<String> row(AreaRecord record, Inspection inspection) {
    List<String> cells = new ArrayList<>();
    cells.add(record.getArea().getCode());
    cells.add(record.getArea().getName());
    cells.add(record.getArea().getRegion().displayName());
    cells.add(inspection.framework().wireName());
    cells.add(inspection.getId());
    // A first day the source does not give is an empty cell (NA), never another day.
    cells.add(first(inspection.firstDayOnSite()));
    cells.add(claims(inspection.firstDayOnSite()));
    cells.add(first(inspection.getOnSiteEnd()));
    cells.add(first(inspection.getPublishedOn()));
    cells.add(claims(inspection.getPublishedOn()));
    inspection.accept(new Inspection.Visitor<Void>() {
      @Override
      public Void localAreaSend2016(LocalAreaSendInspection local) {
        cells.add(Boolean.toString(local.getWrittenStatement().isPresent()));
        // An unknown number is an empty cell (NA in R and pandas), never 0.
        cells.add(local.significantWeaknessTotal().map(String::valueOf).orElse(""));
        Optional<Revisit> revisit = local.getRevisit();
        cells.add(revisit.map(r -> first(Optional.of(r.getOnSiteStart()))).orElse(""));
        cells.add(revisit.map(r -> first(r.getPublishedOn())).orElse(""));
        cells.add(revisit.map(r -> r.summary().wireName()).orElse(""));
        cells.add(revisit.map(r -> Integer.toString(r.sufficientCount())).orElse(""));
        cells.add(revisit.map(r -> Integer.toString(r.notSufficientCount())).orElse(""));
        cells.add("");
        cells.add("");
        cells.add("");
        return null;
      }

      @Override
      public Void areaSend2023(AreaSendInspection areaSend) {
        for (int i = 0; i < 7; i++) {
          cells.add("");
        }
        cells.add(Integer.toString(areaSend.getOutcome().number()));
        cells.add(Boolean.toString(areaSend.isPriorityActionPlanRequired()));
        cells.add(areaSend.numberOfAreasForPriorityAction().map(String::valueOf).orElse(""));
        return null;
      }
    });
    cells.add(sources(inspection));
    return cells;
  }

  /**
   * The earliest day a source names exactly; empty where the fact is not recorded, or where every source
   * gives only a month, a year or a limit ("on or before 17 November 2022"), which is not a day.
   */
  static String first(Optional<DatedFact> fact) {
    LocalDate earliest = null;
    for (DateClaim claim : fact.map(DatedFact::getClaims).orElse(List.of())) {
      if (claim.isExactDay() && (earliest == null || claim.getDate().isBefore(earliest))) {
        earliest = claim.getDate();
      }
    }
    return earliest == null ? "" : earliest.toString();
  }

  /**
   * Every distinct claim in order of its date, joined by {@code ;}, each as precise as its source: a day
   * ({@code 2023-05-11}), a month ({@code 2018-06}), a year, or a limit ({@code on or before 2022-11-17}).
   */
  private static String claims(Optional<DatedFact> fact) {
    return fact.map(f -> f.getClaims().stream().sorted(Comparator.comparing(DateClaim::getDate))
        .map(DateClaim::describe).distinct().collect(Collectors.joining(";"))).orElse("");
  }

  /**
   * The sources the inspection's first day is cited to, joined by {@code ;}; where no first day is
   * recorded, those of the fact by which it had begun (its publication).
   */
  private static String sources(Inspection inspection) {
    return inspection.begunBy().getClaims().stream()
        .flatMap(c -> c.getCitation().stream()).map(c -> c.getSource()).distinct()
        .collect(Collectors.joining(";"));
  }
}
