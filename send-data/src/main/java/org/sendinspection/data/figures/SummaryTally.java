package org.sendinspection.data.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.record.AreaRecord;

/**
 * {@link SummaryFigures} computed one record at a time, so that records read from a stream need not all
 * be held: the figures of any number of records, added in any order, equal {@link SummaryFigures#of}
 * over the same records.
 *
 * <p>What it keeps grows only with what the figures themselves need: the codes of the areas (to count
 * them once each), the days of each interval of the 2016 journey (a median needs them all: a few numbers
 * a record), and the records that hold a 2023-framework inspection, whose next inspections are derived
 * at the end as of the latest date in all the records. Not thread-safe; one per computation.
 */
public final class SummaryTally {
  private final FigureScope scope;
  private final Set<String> areas = new HashSet<>();
  private final JourneyFigures.Tally journeys;
  private final List<AreaRecord> framework2023 = new ArrayList<>();
  private final int[] national = new int[13];
  private final int[] areaSend = new int[9];
  private Optional<LocalDate> latestFact = Optional.empty();
  private long records;

  /**
   * Starts an empty tally.
   *
   * @param scope what to count; not null
   */
  public SummaryTally(FigureScope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    this.journeys = new JourneyFigures.Tally(scope);
  }

  /**
   * Counts one more record.
   *
   * @param record the record; not null
   */
  public void add(AreaRecord record) {
    Objects.requireNonNull(record, "record");
    records++;
    List<AreaRecord> one = List.of(record);
    Optional<LocalDate> latest = LatestFact.in(one);
    if (latest.isPresent() && (latestFact.isEmpty() || latest.get().isAfter(latestFact.get()))) {
      latestFact = latest;
    }
    if (!scope.includes(record.getArea().getRegion())) {
      return;
    }
    areas.add(record.getArea().getCode());
    NationalFigures n = NationalFigures.of(one, scope);
    add(national, n.areasInspected(), n.inspectionsPublished(), n.writtenStatementsRequired(),
        n.significantWeaknesses(), n.revisitsCarriedOut(), n.revisitsPublished(), n.revisitsAllSufficient(),
        n.revisitsSomeSufficient(), n.revisitsNoneSufficient(), n.weaknessesSufficientProgress(),
        n.weaknessesNotSufficientProgress(), n.awaitingRevisit(), n.weaknessesNotRecorded());
    journeys.record(record);
    if (record.getInspections().stream().anyMatch(i -> i.framework() == FrameworkVersion.AREA_SEND_2023)) {
      AreaSendFigures a = AreaSendFigures.of(one, scope);
      add(areaSend, a.inspectionsBegun(), a.reportsPublished(), a.positive(), a.inconsistent(),
          a.widespreadOrSystemicFailings(), a.priorityActionPlansRequired(), a.strategicPlanUpdatesRequested(),
          a.areasForPriorityAction(), a.outcome3WithoutAreaCount());
      framework2023.add(record);
    }
  }

  /** How many records were added, whatever the scope. */
  public long records() {
    return records;
  }

  /**
   * The figures of every record added so far.
   *
   * @return the figures
   */
  public SummaryFigures figures() {
    int[] n = national;
    int[] a = areaSend;
    return new SummaryFigures(scope, areas.size(),
        new NationalFigures(scope, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12]),
        journeys.figures(),
        new AreaSendFigures(scope, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]),
        NextInspectionsDue.of(framework2023, scope, scope.asOf().or(() -> latestFact)));
  }

  private static void add(int[] into, int... counts) {
    for (int i = 0; i < counts.length; i++) {
      into[i] += counts[i];
    }
  }
}
