package org.sendinspection.data.figures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.record.AreaRecord;

/**
 * Every figure {@code send summary} reports about many area records in one {@link FigureScope}: the
 * 2016 framework's headline figures and journeys, and the 2023 framework's outcomes and next inspections due.
 *
 * <p>Immutable and thread-safe. Each part is computed by its own class over the same records and
 * scope, so the figures agree with those a programme computes directly; the as-of semantics are
 * {@link FigureScope}'s. Example, on Ofsted's 2022 statistics: {@code SummaryFigures.of(records,
 * FigureScope.national())} gives 149 areas inspected, 82 of them required a written statement of action.
 *
 * @param scope what was counted; not null
 * @param areas the areas in the records, after the region filter, whether inspected or not
 * @param framework2016 the headline figures of the 2016 framework; not null
 * @param journeys the 2016 framework's weaknesses by theme and median intervals; not null
 * @param framework2023 the figures of the 2023 framework; not null
 * @param nextInspections the 2023 framework's next inspections due, as the rules derive them; not null
 */
public record SummaryFigures(FigureScope scope, int areas, NationalFigures framework2016, JourneyFigures journeys,
    AreaSendFigures framework2023, NextInspectionsDue nextInspections) {

  public SummaryFigures {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(framework2016, "framework2016");
    Objects.requireNonNull(journeys, "journeys");
    Objects.requireNonNull(framework2023, "framework2023");
    Objects.requireNonNull(nextInspections, "nextInspections");
  }

  /**
   * Computes every figure.
   *
   * @param records the records; not null
   * @param scope what to count; not null
   * @return the figures
   */
  public static SummaryFigures of(List<AreaRecord> records, FigureScope scope) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(scope, "scope");
    int areas = (int) records.stream().filter(r -> scope.includes(r.getArea().getRegion()))
        .map(r -> r.getArea().getCode()).distinct().count();
    return new SummaryFigures(scope, areas, NationalFigures.of(records, scope), JourneyFigures.of(records, scope),
        AreaSendFigures.of(records, scope), NextInspectionsDue.of(records, scope));
  }

  /**
   * The share of published 2016-framework inspections that required a written statement of action, in
   * percent, as Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families Scrutiny
   * Committee, 2020, www.essex.gov.uk quotes it ("of the 9 local areas inspected to date, 7 areas have
   * required a
   * Written Statement of Action").
   *
   * @return the percentage, or empty when no report was published
   */
  public Optional<Double> statementShare() {
    int published = framework2016.inspectionsPublished();
    return published == 0 ? Optional.empty()
        : Optional.of(100.0 * framework2016.writtenStatementsRequired() / published);
  }
}
