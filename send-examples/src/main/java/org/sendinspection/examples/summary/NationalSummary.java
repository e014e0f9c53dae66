package org.sendinspection.examples.summary;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.examples.timeline.AsOf;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * Computes {@link SummaryFigures} over many area records as they stood on one day.
 *
 * <p>Only what had happened by the day counts, under {@link AsOf}'s policy for dates the sources
 * disagree on. An inspection counts as inspected from its first day on site, and its findings (its
 * weaknesses, whether it required a statement) count from its report: the letter's date, else the
 * publication date, else the last day on site, whichever the record holds first. A revisit's outcome
 * counts from its letter on the same terms. Not thread-safe; use one instance per summary.
 */
public final class NationalSummary {
  private final AsOf asOf;
  private final Optional<OfstedRegion> region;
  private final Set<String> areas = new HashSet<>();
  private final Set<String> inspected = new HashSet<>();
  private final Set<String> reported = new HashSet<>();
  private final Set<String> withStatement = new HashSet<>();
  private final Map<Theme, Integer> byTheme = new EnumMap<>(Theme.class);
  private final Map<RevisitSummary, Integer> outcomes = new EnumMap<>(RevisitSummary.class);
  private final Map<Interval, List<Long>> spans = new EnumMap<>(Interval.class);
  private int inspections;
  private int weaknesses;
  private int withoutTheme;
  private int revisits;
  private int sufficient;
  private int notSufficient;
  private int awaiting;
  private int disputed;

  private NationalSummary(AsOf asOf, Optional<OfstedRegion> region) {
    this.asOf = asOf;
    this.region = region;
    for (Theme theme : Theme.values()) {
      byTheme.put(theme, 0);
    }
    for (RevisitSummary summary : RevisitSummary.values()) {
      outcomes.put(summary, 0);
    }
    for (Interval interval : Interval.values()) {
      spans.put(interval, new ArrayList<>());
    }
  }

  /**
   * The figures for the records as they stood on a day.
   *
   * @param records the records, one or more per area; not null
   * @param asOf the day; not null
   * @param region the region to limit the areas to; empty for all of England
   * @return the figures
   */
  public static SummaryFigures of(Collection<AreaRecord> records, AsOf asOf, Optional<OfstedRegion> region) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(region, "region");
    NationalSummary summary = new NationalSummary(asOf, region);
    records.forEach(summary::add);
    return summary.figures();
  }

  private void add(AreaRecord record) {
    if (region.isPresent() && record.getArea().getRegion() != region.get()) {
      return;
    }
    String area = record.getArea().getCode();
    areas.add(area);
    for (Inspection inspection : record.getInspections()) {
      if (inspection instanceof LocalAreaSendInspection && happened(inspection.getOnSiteStart())) {
        addInspection(area, (LocalAreaSendInspection) inspection);
      }
    }
  }

  private void addInspection(String area, LocalAreaSendInspection inspection) {
    inspections++;
    inspected.add(area);
    span(Interval.INSPECTION_TO_PUBLICATION, Optional.of(inspection.getOnSiteStart()), inspection.getPublishedOn());
    if (!happened(reportOf(inspection))) {
      return;
    }
    reported.add(area);
    weaknesses += inspection.numberOfSignificantWeaknesses();
    if (inspection.hasWeaknessesInDetail()) {
      for (SignificantWeakness weakness : inspection.getSignificantWeaknesses()) {
        byTheme.merge(weakness.getTheme(), 1, Integer::sum);
      }
    } else {
      withoutTheme += inspection.numberOfSignificantWeaknesses();
    }
    inspection.getWrittenStatement().ifPresent(wsoa -> addStatement(area, inspection, wsoa));
  }

  private void addStatement(String area, LocalAreaSendInspection inspection, WrittenStatementOfAction wsoa) {
    withStatement.add(area);
    Optional<DatedFact> published = inspection.getPublishedOn().or(inspection::getLetterDate);
    Optional<DatedFact> firstSubmission = wsoa.getSubmissions().stream().findFirst().flatMap(Submission::getSubmittedOn);
    span(Interval.PUBLICATION_TO_SUBMISSION, published, firstSubmission);
    Optional<Submission> accepted = wsoa.getSubmissions().stream()
        .filter(s -> s.getEvaluation().filter(e -> e.isFitForPurpose()).isPresent()).findFirst();
    Optional<DatedFact> fitForPurpose = accepted.flatMap(Submission::getEvaluation).map(e -> e.getEvaluatedOn());
    span(Interval.SUBMISSION_TO_FIT_FOR_PURPOSE, accepted.flatMap(Submission::getSubmittedOn), fitForPurpose);
    Optional<Revisit> revisit = inspection.getRevisit().filter(r -> happened(reportOf(r)));
    if (revisit.isEmpty()) {
      awaiting += inspection.numberOfSignificantWeaknesses();
      return;
    }
    Revisit r = revisit.get();
    revisits++;
    outcomes.merge(r.summary(), 1, Integer::sum);
    sufficient += r.sufficientCount();
    notSufficient += r.notSufficientCount();
    span(Interval.FIT_FOR_PURPOSE_TO_REVISIT, fitForPurpose, Optional.of(r.getOnSiteStart()));
    span(Interval.REVISIT_TO_PUBLICATION, Optional.of(r.getOnSiteStart()), r.getPublishedOn());
    span(Interval.INSPECTION_TO_REVISIT, Optional.of(inspection.getOnSiteStart()), Optional.of(r.getOnSiteStart()));
  }

  /** When an inspection's findings became known: its letter, else publication, else last day on site. */
  private static DatedFact reportOf(LocalAreaSendInspection inspection) {
    return inspection.getLetterDate().or(inspection::getPublishedOn).or(inspection::getOnSiteEnd)
        .orElse(inspection.getOnSiteStart());
  }

  /** When a revisit's outcome became known, on the same terms as an inspection's. */
  private static DatedFact reportOf(Revisit revisit) {
    return revisit.getLetterDate().or(revisit::getPublishedOn).or(revisit::getOnSiteEnd)
        .orElse(revisit.getOnSiteStart());
  }

  private boolean happened(DatedFact fact) {
    return asOf.hasHappened(fact);
  }

  private void span(Interval interval, Optional<DatedFact> from, Optional<DatedFact> to) {
    if (from.isPresent() && to.isPresent() && happened(from.get()) && happened(to.get())) {
      disputed += (from.get().isDisputed() ? 1 : 0) + (to.get().isDisputed() ? 1 : 0);
      spans.get(interval).add(ChronoUnit.DAYS.between(AsOf.dateOf(from.get()), AsOf.dateOf(to.get())));
    }
  }

  private SummaryFigures figures() {
    Map<Interval, SummaryFigures.Median> medians = new EnumMap<>(Interval.class);
    spans.forEach((interval, days) -> medians.put(interval, median(days)));
    return new SummaryFigures(asOf.day(), region, areas.size(), inspected.size(), reported.size(),
        withStatement.size(), inspections, weaknesses, byTheme, withoutTheme, revisits, outcomes,
        sufficient, notSufficient, awaiting, medians, disputed);
  }

  static SummaryFigures.Median median(List<Long> days) {
    if (days.isEmpty()) {
      return new SummaryFigures.Median(Optional.empty(), 0);
    }
    List<Long> sorted = new ArrayList<>(days);
    sorted.sort(null);
    int n = sorted.size();
    double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return new SummaryFigures.Median(Optional.of(middle), n);
  }
}
