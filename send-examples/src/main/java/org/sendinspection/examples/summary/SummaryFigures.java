package org.sendinspection.examples.summary;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.revisit.RevisitSummary;

/**
 * The figures an inspection paper quotes about many local areas on one day, such as seed 001's "of
 * the 9 local areas inspected to date, 7 areas have required a Written Statement of Action".
 *
 * <p>Immutable and thread-safe. Computed by {@link NationalSummary}; every count covers inspections
 * under the 2016 framework only, the framework that had written statements of action and revisits.
 *
 * @param asOf the day the figures are for; not null
 * @param region the region the areas were limited to; empty for all of England
 * @param areas the areas in the records read, after the region filter
 * @param areasInspected areas with an inspection whose first day on site had passed
 * @param areasReported areas with an inspection whose report was out: the denominator of the share
 *     that needed a statement
 * @param areasWithStatement areas where an inspection whose report was out required a written
 *     statement of action
 * @param inspections inspections whose first day on site had passed
 * @param weaknesses significant weaknesses found by inspections whose report was out
 * @param weaknessesByTheme those weaknesses by theme, where the records hold them in detail; every
 *     theme present, in the enumeration's order
 * @param weaknessesWithoutTheme weaknesses known only as a count (official statistics)
 * @param revisits revisits whose letter was out
 * @param revisitOutcomes those revisits by outcome: all, some or none sufficient; every outcome present
 * @param weaknessesSufficient weaknesses a revisit found sufficient progress on
 * @param weaknessesNotSufficient weaknesses a revisit found no sufficient progress on
 * @param weaknessesAwaitingRevisit weaknesses of a required statement not yet revisited
 * @param medians the median days of each interval, over the journeys where both steps had happened;
 *     every interval present
 * @param disputedDates how many of the dates used were ones the sources disagree on; each was taken
 *     at its latest claim (see {@code AsOf})
 */
public record SummaryFigures(
    LocalDate asOf,
    Optional<OfstedRegion> region,
    int areas,
    int areasInspected,
    int areasReported,
    int areasWithStatement,
    int inspections,
    int weaknesses,
    Map<Theme, Integer> weaknessesByTheme,
    int weaknessesWithoutTheme,
    int revisits,
    Map<RevisitSummary, Integer> revisitOutcomes,
    int weaknessesSufficient,
    int weaknessesNotSufficient,
    int weaknessesAwaitingRevisit,
    Map<Interval, Median> medians,
    int disputedDates) {

  public SummaryFigures {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(region, "region");
    weaknessesByTheme = Map.copyOf(weaknessesByTheme);
    revisitOutcomes = Map.copyOf(revisitOutcomes);
    medians = Map.copyOf(medians);
  }

  /**
   * The share of reported areas that needed a written statement of action, in percent.
   *
   * @return the percentage, or empty when no area's report was out
   */
  public Optional<Double> statementShare() {
    return areasReported == 0 ? Optional.empty()
        : Optional.of(100.0 * areasWithStatement / areasReported);
  }

  /**
   * A median number of days and how many journeys it is taken over.
   *
   * @param days the median, halfway between the middle two for an even count; empty when none
   * @param count how many spans it is taken over
   */
  public record Median(Optional<Double> days, int count) {
    public Median {
      Objects.requireNonNull(days, "days");
    }
  }
}
