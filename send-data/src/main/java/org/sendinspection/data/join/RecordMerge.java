package org.sendinspection.data.join;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.InvariantViolationException;

/**
 * Merges two records of the same local area into one, keeping every fact of both: what one record
 * lacks it takes from the other, and where both date the same thing differently both claims are kept,
 * each with its citation, so the disagreement stays visible.
 *
 * <p>Stateless and thread-safe. Two inspections are the same inspection when they are under the same
 * framework and their first days on site, as either records them, are at most {@value #SAME_INSPECTION_DAYS}
 * days apart (Ofsted's management information and the scraped overview date Greenwich's 2023 inspection
 * 15 and 11 May 2023). Of the same inspection, the dates (on site, publication) are merged claim by
 * claim; everything else is the first record's where it has it, else the second's. The area, with its
 * partners from both, is the first record's; a region or name that differs is reported.
 */
public final class RecordMerge {
  /** The most days apart two first days on site may be for the records to hold one inspection. */
  public static final int SAME_INSPECTION_DAYS = 31;

  private RecordMerge() {}

  /**
   * Merges two records of one area.
   *
   * @param first the record whose details win where both give one; not null
   * @param second the other record; not null
   * @return the merged record, and what differed
   * @throws IllegalArgumentException if the records are of different areas (codes)
   */
  public static MergedRecord merge(AreaRecord first, AreaRecord second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    String code = first.getArea().getCode();
    if (!code.equals(second.getArea().getCode())) {
      throw new IllegalArgumentException("records of " + code + " and " + second.getArea().getCode()
          + " are of different areas");
    }
    List<String> differences = new ArrayList<>();
    if (!first.getArea().getName().equals(second.getArea().getName())) {
      differences.add(code + ": named '" + first.getArea().getName() + "' and '" + second.getArea().getName()
          + "'; the first is kept");
    }
    if (first.getArea().getRegion() != second.getArea().getRegion()) {
      differences.add(code + ": in " + first.getArea().getRegion().displayName() + " and "
          + second.getArea().getRegion().displayName() + "; the first is kept");
    }
    Set<Partner> partners = new LinkedHashSet<>(first.getArea().getPartners());
    partners.addAll(second.getArea().getPartners());
    LocalArea area = LocalArea.builder().from(first.getArea()).partners(partners).build();
    List<SourceDocument> sources = new ArrayList<>(first.getSources());
    for (SourceDocument source : second.getSources()) {
      Optional<SourceDocument> same = sources.stream().filter(s -> s.getId().equals(source.getId())).findFirst();
      if (same.isEmpty()) {
        sources.add(source);
      } else if (!same.get().equals(source)) {
        differences.add(code + ": source '" + source.getId() + "' is described differently; the first is kept");
      }
    }
    List<Inspection> inspections = new ArrayList<>(first.getInspections());
    for (Inspection inspection : second.getInspections()) {
      int same = sameInspection(inspections, inspection);
      if (same < 0) {
        inspections.add(withUniqueId(inspection, inspections));
      } else {
        try {
          inspections.set(same, mergeInspection(inspections.get(same), inspection));
        } catch (InvariantViolationException e) {
          // The claims of both together break a rule of the model: the first record's inspection is kept.
          differences.add(code + ": inspection '" + inspection.getId() + "' cannot take both records' claims ("
              + e.getMessage() + "); the first record's is kept");
        }
      }
    }
    inspections.sort(Comparator.comparing(i -> i.begunBy().earliest()));
    AreaRecord merged = AreaRecord.builder().area(area).sources(sources).inspections(inspections)
        .inspectionCoverage(coverage(first.getInspectionCoverage(), second.getInspectionCoverage())).build();
    return new MergedRecord(merged, differences);
  }

  private static int sameInspection(List<Inspection> inspections, Inspection other) {
    for (int i = 0; i < inspections.size(); i++) {
      Inspection candidate = inspections.get(i);
      if (candidate.framework() == other.framework() && near(candidate, other)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether two inspections of one framework are the same: their first days on site where both record
   * them, else their publications where both record them, else the facts by which each had begun, lie
   * within {@link #SAME_INSPECTION_DAYS} of each other.
   */
  private static boolean near(Inspection a, Inspection b) {
    DatedFact first;
    DatedFact second;
    if (a.firstDayOnSite().isPresent() && b.firstDayOnSite().isPresent()) {
      first = a.firstDayOnSite().get();
      second = b.firstDayOnSite().get();
    } else if (a.getPublishedOn().isPresent() && b.getPublishedOn().isPresent()) {
      first = a.getPublishedOn().get();
      second = b.getPublishedOn().get();
    } else {
      first = a.begunBy();
      second = b.begunBy();
    }
    return Math.abs(ChronoUnit.DAYS.between(first.earliest(), second.earliest())) <= SAME_INSPECTION_DAYS;
  }

  private static Inspection withUniqueId(Inspection inspection, List<Inspection> kept) {
    String id = inspection.getId();
    int n = 2;
    while (hasId(kept, id)) {
      id = inspection.getId() + "-" + n++;
    }
    if (id.equals(inspection.getId())) {
      return inspection;
    }
    return renamed(inspection, id);
  }

  /** The inspection under another id, whichever its framework. */
  static Inspection renamed(Inspection inspection, String id) {
    return inspection.accept(new Inspection.Visitor<Inspection>() {
      @Override
      public Inspection localAreaSend2016(LocalAreaSendInspection local) {
        return ImmutableLocalAreaSendInspection.copyOf(local).withId(id);
      }

      @Override
      public Inspection areaSend2023(AreaSendInspection areaSend) {
        return ImmutableAreaSendInspection.copyOf(areaSend).withId(id);
      }
    });
  }

  private static boolean hasId(List<Inspection> inspections, String id) {
    return inspections.stream().anyMatch(i -> i.getId().equals(id));
  }

  /** One inspection from two records: dates claim by claim, the rest the first's where it has it. */
  static Inspection mergeInspection(Inspection first, Inspection second) {
    if (first.equals(second)) {
      return first;
    }
    Optional<DatedFact> start = facts(first.firstDayOnSite(), second.firstDayOnSite());
    Optional<DatedFact> end = facts(first.getOnSiteEnd(), second.getOnSiteEnd());
    Optional<DatedFact> published = facts(first.getPublishedOn(), second.getPublishedOn());
    return first.accept(new Inspection.Visitor<Inspection>() {
      @Override
      public Inspection localAreaSend2016(LocalAreaSendInspection a) {
        return merge2016(a, second.asLocalAreaSend2016().orElseThrow(() -> differentFrameworks(first, second)),
            start, end, published);
      }

      @Override
      public Inspection areaSend2023(AreaSendInspection a) {
        return merge2023(a, second.asAreaSend2023().orElseThrow(() -> differentFrameworks(first, second)),
            start, end, published);
      }
    });
  }

  /** Only inspections under the same framework are paired as one ({@code sameInspection}). */
  private static IllegalArgumentException differentFrameworks(Inspection first, Inspection second) {
    return new IllegalArgumentException("Inspection '" + first.getId() + "' is under the "
        + first.framework().wireName() + " framework in one record and the " + second.framework().wireName()
        + " framework in the other; they cannot be merged.");
  }

  private static Inspection merge2016(LocalAreaSendInspection a, LocalAreaSendInspection b,
      Optional<DatedFact> start,
      Optional<DatedFact> end, Optional<DatedFact> published) {
    ImmutableLocalAreaSendInspection merged = ImmutableLocalAreaSendInspection.copyOf(a)
        .withOnSiteStart(start.orElseThrow()).withOnSiteEnd(end).withPublishedOn(published);
    Optional<WrittenStatementOfAction> statement = a.getWrittenStatement().or(b::getWrittenStatement);
    if (a.getWrittenStatement().isPresent() && b.getWrittenStatement().isPresent()) {
      statement = statement.map(w -> WrittenStatementOfAction.builder().from(w).submissionCoverage(coverage(
          a.getWrittenStatement().get().getSubmissionCoverage(), b.getWrittenStatement().get().getSubmissionCoverage()))
          .build());
    }
    return merged.withRevisit(a.getRevisit().or(b::getRevisit))
        .withRevisitCoverage(coverage(a.getRevisitCoverage(), b.getRevisitCoverage()))
        .withWrittenStatement(statement)
        .withCitation(a.getCitation().or(b::getCitation));
  }

  private static Inspection merge2023(AreaSendInspection a, AreaSendInspection b, Optional<DatedFact> start,
      Optional<DatedFact> end, Optional<DatedFact> published) {
    ImmutableAreaSendInspection merged = ImmutableAreaSendInspection.copyOf(a)
        .withOnSiteStart(start).withOnSiteEnd(end).withPublishedOn(published)
        .withPreviousInspectionAsStated(a.getPreviousInspectionAsStated().or(b::getPreviousInspectionAsStated))
        .withNextInspectionAsStated(a.getNextInspectionAsStated().or(b::getNextInspectionAsStated))
        .withReportReceivedOn(facts(a.getReportReceivedOn(), b.getReportReceivedOn()))
        .withMonitoringCoverage(coverage(a.getMonitoringCoverage(), b.getMonitoringCoverage()))
        .withCitation(a.getCitation().or(b::getCitation));
    if (a.getPartnership().isEmpty()) {
      merged = merged.withPartnership(b.getPartnership());
    }
    // The areas for priority action are held in detail or as a count, never both: the first record's
    // form wins; a count is taken only where the first holds neither.
    if (a.getAreasForPriorityAction().isEmpty() && a.getAreasForPriorityActionCount().isEmpty()) {
      merged = merged.withAreasForPriorityAction(b.getAreasForPriorityAction())
          .withAreasForPriorityActionCount(b.getAreasForPriorityActionCount());
    }
    // A record that does not hold the areas for improvement (an overview row) takes the other's list.
    if (a.isAreasForImprovementNotRecorded() && !b.isAreasForImprovementNotRecorded()) {
      merged = merged.withAreasForImprovement(b.getAreasForImprovement()).withAreasForImprovementNotRecorded(false);
    }
    return merged;
  }

  /**
   * What two sources together know of facts they do not list: each lists every such fact up to its own
   * "recorded until" day, so together they list every one up to the later of the two.
   */
  static Coverage coverage(Coverage first, Coverage second) {
    if (first.getUntil().isEmpty()) {
      return second;
    }
    if (second.getUntil().isEmpty()) {
      return first;
    }
    return second.getUntil().get().earliestPossible().isAfter(first.getUntil().get().earliestPossible())
        ? second : first;
  }

  private static Optional<DatedFact> facts(Optional<DatedFact> first, Optional<DatedFact> second) {
    if (first.isPresent() && second.isPresent()) {
      return Optional.of(facts(first.get(), second.get()));
    }
    return first.or(() -> second);
  }

  /** Every claim of both, each once, the first's first. */
  private static DatedFact facts(DatedFact first, DatedFact second) {
    Set<DateClaim> claims = new LinkedHashSet<>(first.getClaims());
    claims.addAll(second.getClaims());
    return DatedFact.builder().claims(claims).build();
  }
}
