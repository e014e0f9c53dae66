package org.sendinspection.data.ofsted;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.model.area.OfstedRegion;

/**
 * The summary figures counted straight from the raw cells, with the sheet's own Yes / Some / No for
 * revisit outcomes: an independent check of the reader and of {@link NationalFigures}.
 */
final class RawFigures {
  private RawFigures() {}

  /**
   * @param region the region's name as the sheet writes it, or null for all
   * @param asOf the last day counted, or null for all
   */
  static NationalFigures of(List<RawStatistics.Row> rows, String region, LocalDate asOf) {
    int areas = 0, published = 0, statements = 0, weaknesses = 0, revisits = 0, revisitsPublished = 0;
    int yes = 0, some = 0, no = 0, sufficient = 0, notSufficient = 0, awaiting = 0;
    for (RawStatistics.Row row : rows) {
      if (region != null && !region.equals(row.text(RawStatistics.REGION))) {
        continue;
      }
      if (!known(row.date(RawStatistics.START), asOf)) {
        continue;
      }
      areas++;
      if (!known(row.date(RawStatistics.PUBLISHED), asOf)) {
        continue;
      }
      published++;
      weaknesses += row.count(RawStatistics.WEAKNESSES);
      if (!row.text(RawStatistics.WSOA).equals("Yes")) {
        continue;
      }
      statements++;
      if (!known(row.date(RawStatistics.REVISIT_START), asOf)) {
        awaiting++;
        continue;
      }
      revisits++;
      if (!known(row.date(RawStatistics.REVISIT_PUBLISHED), asOf)) {
        continue;
      }
      revisitsPublished++;
      sufficient += row.count(RawStatistics.SUFFICIENT);
      notSufficient += row.count(RawStatistics.NOT_SUFFICIENT);
      String outcome = row.text(RawStatistics.OUTCOME);
      yes += outcome.equals("Yes") ? 1 : 0;
      some += outcome.equals("Some") ? 1 : 0;
      no += outcome.equals("No") ? 1 : 0;
    }
    FigureScope scope = new FigureScope(
        region == null ? Optional.empty() : Optional.of(OfstedRegion.fromAnyName(region)),
        Optional.ofNullable(asOf), org.sendinspection.rules.DisputedDatePolicy.MOST_CORROBORATED);
    return new NationalFigures(scope, areas, published, statements, weaknesses, revisits, revisitsPublished,
        yes, some, no, sufficient, notSufficient, awaiting, 0);
  }

  private static boolean known(LocalDate date, LocalDate asOf) {
    return date != null && (asOf == null || !date.isAfter(asOf));
  }
}
