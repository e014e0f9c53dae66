package org.sendinspection.data.figures;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.DisputedDatePolicy;

/**
 * Which records and facts summary figures count: all regions or one, every fact or only those dated on
 * or before a day, and which claim dates a fact the sources disagree on.
 *
 * <p>Immutable and thread-safe. This is the one statement of the figures' as-of semantics, which {@link
 * NationalFigures}, {@link JourneyFigures} and {@link AreaSendFigures} share:
 * <ul>
 *   <li>A fact counts "as of" a day when the date its {@linkplain #claims() claim policy} takes is on
 *       or before that day. The policy is the rules' own ({@link DisputedDatePolicy}), so a figure and
 *       an explanation of the same record agree; the default, {@link DisputedDatePolicy#MOST_CORROBORATED},
 *       takes the date most distinct sources give, the earliest of them where the sources are evenly
 *       split.</li>
 *   <li>A fact with no recorded date counts only in figures without an as-of day, since nothing shows
 *       it had happened by then.</li>
 *   <li>Intervals between two facts are measured between the dates the same policy takes.</li>
 * </ul>
 * Example: Essex's 2019 report is dated 17 November 2019 by the revisit letter (Ofsted and CQC, <i>Joint area
 * SEND revisit in Essex</i>, 30 June 2022, reports.ofsted.gov.uk) and 23
 * December 2019 by the council's paper (Essex County Council, <i>SEND Ofsted Inspection Update</i>, People
 * and Families Scrutiny Committee, 2020, www.essex.gov.uk); under the default, one source against one, it
 * counts
 * as published from 17 November; under {@link DisputedDatePolicy#LATEST} only from 23 December.
 * {@code FigureScope.national().inRegion(EAST_OF_ENGLAND).asOf(LocalDate.of(2019, 12, 31))}.
 *
 * @param region the region counted; empty for England as a whole
 * @param asOf the last day counted; empty for every fact recorded
 * @param claims which claim dates a disputed fact; not null
 */
public record FigureScope(Optional<OfstedRegion> region, Optional<LocalDate> asOf, DisputedDatePolicy claims) {

  public FigureScope {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(claims, "claims");
  }

  /** Every region, every fact, disputed dates taken as the rules take them by default. */
  public static FigureScope national() {
    return new FigureScope(Optional.empty(), Optional.empty(), DisputedDatePolicy.MOST_CORROBORATED);
  }

  /** This scope, restricted to one region. */
  public FigureScope inRegion(OfstedRegion wanted) {
    return new FigureScope(Optional.of(Objects.requireNonNull(wanted, "wanted")), asOf, claims);
  }

  /** This scope, restricted to facts dated on or before a day. */
  public FigureScope asOf(LocalDate day) {
    return new FigureScope(region, Optional.of(Objects.requireNonNull(day, "day")), claims);
  }

  /** This scope, dating disputed facts by another policy. */
  public FigureScope withClaims(DisputedDatePolicy policy) {
    return new FigureScope(region, asOf, Objects.requireNonNull(policy, "policy"));
  }

  /** Whether an area in the given region is counted. */
  public boolean includes(OfstedRegion areaRegion) {
    return region.map(areaRegion::equals).orElse(true);
  }

  /** Whether a dated fact counts: always without an as-of day; else when the claim taken is on or before it. */
  public boolean counts(DatedFact fact) {
    return asOf.map(day -> !dateOf(fact).isAfter(day)).orElse(true);
  }

  /**
   * Whether a fact that may not be recorded counts: a fact with no date counts only without an as-of
   * day, since nothing shows it had happened by then.
   */
  public boolean counts(Optional<DatedFact> fact) {
    return fact.map(this::counts).orElse(asOf.isEmpty());
  }

  /** The one date this scope takes for a fact: its only date, or the claim the policy takes. */
  public LocalDate dateOf(DatedFact fact) {
    return claims.choose(fact);
  }

  /** The scope in words: {@code England, all dates} or {@code East of England, as of 2019-12-31}. */
  public String describe() {
    return region.map(OfstedRegion::displayName).orElse("England")
        + asOf.map(d -> ", as of " + d).orElse(", all dates");
  }

  /** The claim policy in words, for the notes of a report. */
  public String describeClaims() {
    return "where sources give different dates for a step, figures take " + words(claims)
        + " (as the rules do; --claim chooses), and intervals are measured between those dates";
  }

  private static String words(DisputedDatePolicy policy) {
    switch (policy) {
      case EARLIEST: return "the earliest date";
      case LATEST: return "the latest date";
      case FIRST_RECORDED: return "the date recorded first";
      default: return "the date most sources give (the earliest of those equally supported)";
    }
  }
}
