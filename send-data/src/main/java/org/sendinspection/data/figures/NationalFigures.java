package org.sendinspection.data.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.RevisitSummary;

/**
 * The headline figures of Ofsted's official statistics on the 2016 framework, computed from area
 * records: inspections, written statements of action, significant weaknesses and revisit outcomes,
 * in a {@link FigureScope} (a region, and what was known by a day).
 *
 * <p>Immutable and thread-safe. Each figure counts only facts its scope admits, by the date that made
 * the fact known: an area counts as inspected from the first day on site; an inspection's outcome
 * (statement required, weaknesses found) from the report's publication; a revisit as carried out from
 * its first day on site, and its outcome from its letter's publication. A fact with no recorded date
 * counts only in figures without an as-of day, and a disputed date by the claim the scope's policy
 * takes ({@link FigureScope} states these semantics for every figure). Counts come from counts where a
 * record has only counts, so figures from imported statistics and from detailed records add up alike.
 * Themes and the journey's intervals are {@link JourneyFigures}'; {@link SummaryFigures} gathers
 * both with the 2023 framework's. Example:
 *
 * <pre>{@code
 * NationalFigures.of(records, FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND)
 *     .asOf(LocalDate.of(2019, 12, 31)))
 * }</pre>
 *
 * @param scope what was counted; not null
 * @param areasInspected areas with a 2016-framework inspection begun
 * @param inspectionsPublished of their inspections, those whose report was published
 * @param writtenStatementsRequired of the published, those for which HMCI required a written statement
 *     of action
 * @param significantWeaknesses significant weaknesses found by the published inspections
 * @param revisitsCarriedOut revisits begun
 * @param revisitsPublished of those, the revisits whose letter was published, with an outcome
 * @param revisitsAllSufficient published revisits with sufficient progress on every weakness ("Yes")
 * @param revisitsSomeSufficient published revisits with sufficient progress on some ("Some")
 * @param revisitsNoneSufficient published revisits with sufficient progress on none ("No")
 * @param weaknessesSufficientProgress weaknesses with sufficient progress, at published revisits
 * @param weaknessesNotSufficientProgress weaknesses without, at published revisits
 * @param awaitingRevisit published inspections that required a statement and whose revisit had not begun,
 *     and whose area's next full inspection had not begun either (which supersedes what they awaited)
 * @param weaknessesNotRecorded published inspections whose significant weaknesses are not recorded,
 *     which {@code significantWeaknesses} cannot count: an unknown number is not 0
 */
public record NationalFigures(
    FigureScope scope,
    int areasInspected,
    int inspectionsPublished,
    int writtenStatementsRequired,
    int significantWeaknesses,
    int revisitsCarriedOut,
    int revisitsPublished,
    int revisitsAllSufficient,
    int revisitsSomeSufficient,
    int revisitsNoneSufficient,
    int weaknessesSufficientProgress,
    int weaknessesNotSufficientProgress,
    int awaitingRevisit,
    int weaknessesNotRecorded) {

  public NationalFigures {
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Computes the figures.
   *
   * @param records the records, one per area; not null
   * @param scope what to count; not null
   * @return the figures
   */
  public static NationalFigures of(List<AreaRecord> records, FigureScope scope) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(scope, "scope");
    Tally tally = new Tally();
    for (AreaRecord record : records) {
      if (!scope.includes(record.getArea().getRegion())) {
        continue;
      }
      boolean inspected = false;
      List<Inspection> inspections = record.getInspections();
      for (int i = 0; i < inspections.size(); i++) {
        Optional<LocalAreaSendInspection> inspection = inspections.get(i).asLocalAreaSend2016();
        if (inspection.isPresent() && scope.counts(inspection.get().begunBy())) {
          inspected = true;
          // From the first day of the area's next full inspection, nothing of this one is awaited.
          boolean superseded = i + 1 < inspections.size() && scope.counts(inspections.get(i + 1).begunBy());
          tally.inspection(inspection.get(), scope, superseded);
        }
      }
      tally.areas += inspected ? 1 : 0;
    }
    return new NationalFigures(scope, tally.areas, tally.published, tally.statements, tally.weaknesses,
        tally.revisits, tally.revisitsPublished, tally.all, tally.some, tally.none, tally.sufficient,
        tally.notSufficient, tally.awaiting, tally.weaknessesNotRecorded);
  }

  /** The figures as lines of text, one figure a line, for a terminal. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Area SEND inspections, 2016 framework: " + scope.describe());
    lines.add("  areas inspected:                              " + areasInspected);
    lines.add("  inspection reports published:                 " + inspectionsPublished);
    lines.add("  written statement of action required:         " + writtenStatementsRequired);
    lines.add("  significant weaknesses found:                 " + significantWeaknesses);
    if (weaknessesNotRecorded > 0) {
      lines.add("    reports whose weaknesses are not recorded:  " + weaknessesNotRecorded);
    }
    lines.add("  revisits carried out:                         " + revisitsCarriedOut);
    lines.add("  revisit letters published:                    " + revisitsPublished);
    lines.add("    sufficient progress on all weaknesses (Yes): " + revisitsAllSufficient);
    lines.add("    sufficient progress on some (Some):          " + revisitsSomeSufficient);
    lines.add("    sufficient progress on none (No):            " + revisitsNoneSufficient);
    lines.add("  weaknesses with sufficient progress:          " + weaknessesSufficientProgress);
    lines.add("  weaknesses without sufficient progress:       " + weaknessesNotSufficientProgress);
    lines.add("  statement required, revisit not yet begun:    " + awaitingRevisit);
    return lines;
  }

  @Override
  public String toString() {
    return String.join(System.lineSeparator(), lines());
  }

  /** The running counts; one per computation. */
  private static final class Tally {
    int areas;
    int published;
    int statements;
    int weaknesses;
    int revisits;
    int revisitsPublished;
    int all;
    int some;
    int none;
    int sufficient;
    int notSufficient;
    int awaiting;
    int weaknessesNotRecorded;

    void inspection(LocalAreaSendInspection inspection, FigureScope scope, boolean superseded) {
      if (!scope.counts(inspection.getPublishedOn())) {
        return;
      }
      published++;
      Optional<Integer> found = inspection.significantWeaknessTotal();
      weaknesses += found.orElse(0);
      weaknessesNotRecorded += found.isEmpty() ? 1 : 0;
      if (inspection.getWrittenStatement().isEmpty()) {
        return;
      }
      statements++;
      boolean revisited = inspection.getRevisit().filter(r -> scope.counts(r.getOnSiteStart())).isPresent();
      if (!revisited) {
        awaiting += superseded ? 0 : 1;
        return;
      }
      revisits++;
      Revisit revisit = inspection.getRevisit().get();
      if (scope.counts(revisit.getPublishedOn())) {
        revisit(revisit);
      }
    }

    private void revisit(Revisit revisit) {
      revisitsPublished++;
      sufficient += revisit.sufficientCount();
      notSufficient += revisit.notSufficientCount();
      RevisitSummary summary = revisit.summary();
      all += summary == RevisitSummary.ALL ? 1 : 0;
      some += summary == RevisitSummary.SOME ? 1 : 0;
      none += summary == RevisitSummary.NONE ? 1 : 0;
    }
  }
}
