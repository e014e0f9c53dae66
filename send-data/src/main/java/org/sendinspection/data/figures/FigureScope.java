package org.sendinspection.data.figures;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.provenance.DatedFact;

/**
 * Which records and facts summary figures count: all regions or one, and every fact or only those
 * dated on or before a day.
 *
 * <p>Immutable and thread-safe. A fact counts "as of" a day when every source's date for it is on or
 * before that day ({@link DatedFact#latest()}): where sources disagree, a fact is not counted until all
 * of them place it in the past. Example: {@code FigureScope.national().inRegion(EAST_OF_ENGLAND)
 * .asOf(LocalDate.of(2019, 12, 31))}.
 *
 * @param region the region counted; empty for England as a whole
 * @param asOf the last day counted; empty for every fact recorded
 */
public record FigureScope(Optional<OfstedRegion> region, Optional<LocalDate> asOf) {

  public FigureScope {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** Every region, every fact. */
  public static FigureScope national() {
    return new FigureScope(Optional.empty(), Optional.empty());
  }

  /** This scope, restricted to one region. */
  public FigureScope inRegion(OfstedRegion wanted) {
    return new FigureScope(Optional.of(Objects.requireNonNull(wanted, "wanted")), asOf);
  }

  /** This scope, restricted to facts dated on or before a day. */
  public FigureScope asOf(LocalDate day) {
    return new FigureScope(region, Optional.of(Objects.requireNonNull(day, "day")));
  }

  /** Whether an area in the given region is counted. */
  public boolean includes(OfstedRegion areaRegion) {
    return region.map(areaRegion::equals).orElse(true);
  }

  /** Whether a dated fact counts: always without an as-of day; else when every claim is on or before it. */
  public boolean counts(DatedFact fact) {
    return asOf.map(day -> !fact.latest().isAfter(day)).orElse(true);
  }

  /**
   * Whether a fact that may not be recorded counts: a fact with no date counts only without an as-of
   * day, since nothing shows it had happened by then.
   */
  public boolean counts(Optional<DatedFact> fact) {
    return fact.map(this::counts).orElse(asOf.isEmpty());
  }

  /** The scope in words: {@code England, all dates} or {@code East of England, as of 2019-12-31}. */
  public String describe() {
    return region.map(OfstedRegion::displayName).orElse("England")
        + asOf.map(d -> ", as of " + d).orElse(", all dates");
  }
}
