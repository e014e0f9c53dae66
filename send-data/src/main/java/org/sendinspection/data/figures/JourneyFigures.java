package org.sendinspection.data.figures;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * What detailed 2016-framework records add to the {@link NationalFigures}: the significant weaknesses
 * by theme, and the median days between the steps of the journey, in a {@link FigureScope}.
 *
 * <p>Immutable and thread-safe. The weaknesses counted are those of {@link
 * NationalFigures#significantWeaknesses()} (inspections whose report was published), split by theme
 * where a record holds them in detail and counted as "theme not recorded" where it holds only a count,
 * as the official statistics do; the two always add up to that figure. A median is taken over the
 * journeys in which both steps had happened by the scope's day, each measured between the dates the
 * scope's claim policy takes.
 *
 * @param scope what was counted; not null
 * @param weaknessesByTheme weaknesses held in detail, by theme; every theme present
 * @param weaknessesWithoutTheme weaknesses known only as a count
 * @param medians the median days of each interval; every interval present
 * @param disputedDates how many of the dates the medians use are ones the sources disagree on
 */
public record JourneyFigures(FigureScope scope, Map<Theme, Integer> weaknessesByTheme, int weaknessesWithoutTheme,
    Map<Interval, Median> medians, int disputedDates) {

  public JourneyFigures {
    Objects.requireNonNull(scope, "scope");
    weaknessesByTheme = Map.copyOf(weaknessesByTheme);
    medians = Map.copyOf(medians);
  }

  /**
   * Computes the figures.
   *
   * @param records the records; not null
   * @param scope what to count; not null
   * @return the figures
   */
  public static JourneyFigures of(List<AreaRecord> records, FigureScope scope) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(scope, "scope");
    Tally tally = new Tally(scope);
    records.forEach(tally::record);
    return tally.figures();
  }

  /**
   * The running counts; one per computation. {@link SummaryTally} feeds it one record at a time; the
   * medians need every span, a few numbers a record, which it keeps.
   */
  static final class Tally {
    final FigureScope scope;
    final Map<Theme, Integer> byTheme = new EnumMap<>(Theme.class);
    final Map<Interval, List<Long>> spans = new EnumMap<>(Interval.class);
    int withoutTheme;
    int disputed;

    Tally(FigureScope scope) {
      this.scope = scope;
      for (Theme theme : Theme.values()) {
        byTheme.put(theme, 0);
      }
      for (Interval interval : Interval.values()) {
        spans.put(interval, new ArrayList<>());
      }
    }

    void record(AreaRecord record) {
      if (scope.includes(record.getArea().getRegion())) {
        for (Inspection inspection : record.getInspections()) {
          inspection.asLocalAreaSend2016().filter(i -> scope.counts(i.begunBy())).ifPresent(this::inspection);
        }
      }
    }

    JourneyFigures figures() {
      Map<Interval, Median> medians = new EnumMap<>(Interval.class);
      spans.forEach((interval, days) -> medians.put(interval, Median.of(days)));
      return new JourneyFigures(scope, byTheme, withoutTheme, medians, disputed);
    }

    void inspection(LocalAreaSendInspection inspection) {
      span(Interval.INSPECTION_TO_PUBLICATION, Optional.of(inspection.getOnSiteStart()), inspection.getPublishedOn());
      if (!scope.counts(inspection.getPublishedOn())) {
        return;
      }
      if (inspection.significantWeaknessTotal().isEmpty()) {
        // The number is not recorded: counting the ones named would read an unknown total as known.
      } else if (inspection.hasWeaknessesInDetail()) {
        for (SignificantWeakness weakness : inspection.getSignificantWeaknesses()) {
          byTheme.merge(weakness.getTheme(), 1, Integer::sum);
        }
      } else {
        // Named weaknesses have their theme; the rest of a count have none; a number not recorded adds nothing.
        for (SignificantWeakness weakness : inspection.getSignificantWeaknesses()) {
          byTheme.merge(weakness.getTheme(), 1, Integer::sum);
        }
        withoutTheme += inspection.significantWeaknessTotal()
            .map(n -> n - inspection.getSignificantWeaknesses().size()).orElse(0);
      }
      inspection.getWrittenStatement().ifPresent(wsoa -> statement(inspection, wsoa));
    }

    private void statement(LocalAreaSendInspection inspection, WrittenStatementOfAction wsoa) {
      Optional<DatedFact> firstSubmission =
          wsoa.getSubmissions().stream().findFirst().flatMap(Submission::getSubmittedOn);
      span(Interval.PUBLICATION_TO_SUBMISSION, inspection.getPublishedOn(), firstSubmission);
      Optional<Submission> accepted = wsoa.getSubmissions().stream()
          .filter(s -> s.getEvaluation().filter(e -> e.isFitForPurpose()).isPresent()).findFirst();
      Optional<DatedFact> fitForPurpose = accepted.flatMap(Submission::getEvaluation).map(e -> e.getEvaluatedOn());
      span(Interval.SUBMISSION_TO_FIT_FOR_PURPOSE, accepted.flatMap(Submission::getSubmittedOn), fitForPurpose);
      Optional<Revisit> revisit = inspection.getRevisit();
      if (revisit.isEmpty()) {
        return;
      }
      Revisit r = revisit.get();
      span(Interval.FIT_FOR_PURPOSE_TO_REVISIT, fitForPurpose, Optional.of(r.getOnSiteStart()));
      span(Interval.REVISIT_TO_PUBLICATION, Optional.of(r.getOnSiteStart()), r.getPublishedOn());
      span(Interval.INSPECTION_TO_REVISIT, Optional.of(inspection.getOnSiteStart()), Optional.of(r.getOnSiteStart()));
    }

    private void span(Interval interval, Optional<DatedFact> from, Optional<DatedFact> to) {
      if (from.isPresent() && to.isPresent() && scope.counts(from.get()) && scope.counts(to.get())) {
        disputed += (from.get().isDisputed() ? 1 : 0) + (to.get().isDisputed() ? 1 : 0);
        spans.get(interval).add(ChronoUnit.DAYS.between(scope.dateOf(from.get()), scope.dateOf(to.get())));
      }
    }
  }
}
