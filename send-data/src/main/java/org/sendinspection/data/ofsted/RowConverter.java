package org.sendinspection.data.ofsted;

import static org.sendinspection.data.ofsted.StatisticsColumn.AREA_CODE;
import static org.sendinspection.data.ofsted.StatisticsColumn.AREA_NAME;
import static org.sendinspection.data.ofsted.StatisticsColumn.INSPECTION_PUBLISHED;
import static org.sendinspection.data.ofsted.StatisticsColumn.INSPECTION_START;
import static org.sendinspection.data.ofsted.StatisticsColumn.NOT_SUFFICIENT_PROGRESS;
import static org.sendinspection.data.ofsted.StatisticsColumn.REGION;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_OUTCOME;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_PUBLISHED;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_START;
import static org.sendinspection.data.ofsted.StatisticsColumn.SIGNIFICANT_WEAKNESSES;
import static org.sendinspection.data.ofsted.StatisticsColumn.SUFFICIENT_PROGRESS;
import static org.sendinspection.data.ofsted.StatisticsColumn.WSOA_REQUIRED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.AreaResolution;
import org.sendinspection.model.area.directory.DirectoryArea;
import org.sendinspection.data.table.RowArea;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.model.validation.Violation;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * Turns one data row of the statistics into an area record, or into the problems that keep it from
 * being one.
 *
 * <p>The record holds what the row states and nothing more: one 2016-framework inspection with its
 * start and publication dates and the number of significant weaknesses; a written statement of action
 * with no details where one was required; and a revisit whose outcome is the two counts. Every dated
 * fact cites the dataset with the sheet, row and column it was read from. Where no statement was
 * required the row leaves the number of weaknesses empty; the record holds 0, because HMCI requires a
 * statement wherever significant weaknesses were found (Ofsted and CQC, <i>Joint area SEND revisit in
 * Essex</i>, 30 June 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in
 * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk).
 */
final class RowConverter {
  private final TableLayout layout;
  private final SourceDocument source;

  RowConverter(TableLayout layout, SourceDocument source) {
    this.layout = layout;
    this.source = source;
  }

  /**
   * Converts a row.
   *
   * @param row the row
   * @param problems where to add the row's problems
   * @param notes where to add how the row's area was found, where a reader should know
   * @return the record; empty if the row has any problem
   */
  Optional<AreaRecord> convert(SheetTable.Row row, List<ImportProblem> problems, List<ImportNote> notes) {
    List<ImportProblem> found = new ArrayList<>();
    RowCells cells = new RowCells(layout, row, found);
    Optional<String> code = cells.requiredText(AREA_CODE);
    Optional<String> name = cells.requiredText(AREA_NAME);
    Optional<OfstedRegion> region = region(cells);
    Optional<LocalDate> start = cells.date(INSPECTION_START, true);
    Optional<LocalDate> published = cells.date(INSPECTION_PUBLISHED, false);
    Optional<Boolean> wsoa = wsoaRequired(cells);
    Optional<Integer> weaknesses = weaknesses(cells, wsoa);
    Optional<RevisitColumns> revisit = RevisitColumns.read(cells);
    Optional<DirectoryArea> area = area(cells, code, name, start, region, notes);
    if (!found.isEmpty() || area.isEmpty() || start.isEmpty()
        || wsoa.isEmpty() || weaknesses.isEmpty()) {
      problems.addAll(found);
      return Optional.empty();
    }
    Optional<AreaRecord> record = build(cells, area.get().code(), area.get().name(), area.get().region(), start.get(),
        published, wsoa.get(), weaknesses.get(), revisit, found);
    problems.addAll(found);
    return found.isEmpty() ? record : Optional.empty();
  }

  /**
   * The row's area in the bundled directory: the code's, with its proper name and region; where the
   * code is of an area that had ended by the inspection (Buckinghamshire's county code on its 2022
   * inspection), a note names the successor. A code that contradicts the name, or a region that is not the area's, is a problem. An
   * area the directory does not know (a test's synthetic {@code E99000001}) keeps the row's code, name and
   * region, with a note.
   */
  private static Optional<DirectoryArea> area(RowCells cells, Optional<String> code, Optional<String> name,
      Optional<LocalDate> start, Optional<OfstedRegion> region, List<ImportNote> notes) {
    if (code.isEmpty() || name.isEmpty() || region.isEmpty()) {
      return Optional.empty();
    }
    AreaResolution found = AreaDirectory.bundled().resolve(code, name, start);
    if (found.unresolved().isPresent()) {
      notes.add(new ImportNote(cells.rowNumber(), cells.letter(AREA_CODE), found.unresolved().get()
          + "; the row's code, name and region are kept"));
      return Optional.of(new DirectoryArea(code.get(), name.get(), region.get(), Optional.empty(), Optional.empty(),
          List.of(), List.of(), List.of()));
    }
    found.contradiction().ifPresent(why -> cells.problem(AREA_CODE, RowArea.CODE_MATCHES_NAME, why));
    // The statistics' own code stays the record's, as Ofsted published it (Buckinghamshire's 2022
    // inspection under the county's code); the directory links it to its successor.
    Optional<DirectoryArea> coded = AreaDirectory.bundled().byCode(code.get());
    found.notes().forEach(note -> notes.add(new ImportNote(cells.rowNumber(), cells.letter(AREA_CODE), note
        + (coded.isPresent() ? "; the record keeps the statistics' code " + code.get() : ""))));
    Optional<DirectoryArea> area = coded.or(found::area);
    area.filter(a -> region.isPresent() && region.get() != a.region()).ifPresent(a -> cells.problem(
        REGION, RowArea.REGION_AGREES, "the row gives region " + region.get().displayName() + " but " + a
            + " is in " + a.region().displayName()));
    return area;
  }

  private static Optional<OfstedRegion> region(RowCells cells) {
    return cells.requiredText(REGION).flatMap(text -> {
      try {
        return Optional.of(OfstedRegion.fromAnyName(text));
      } catch (IllegalArgumentException e) {
        cells.problem(REGION, StatisticsRule.KNOWN_REGION.id(), "'" + text
            + "' is not an Ofsted region; expected one of " + Arrays.stream(OfstedRegion.values())
                .map(OfstedRegion::displayName).reduce((a, b) -> a + ", " + b).orElse(""));
        return Optional.empty();
      }
    });
  }

  private static Optional<Boolean> wsoaRequired(RowCells cells) {
    return cells.requiredText(WSOA_REQUIRED).flatMap(text -> {
      if (text.equalsIgnoreCase("Yes") || text.equalsIgnoreCase("No")) {
        return Optional.of(text.equalsIgnoreCase("Yes"));
      }
      cells.problem(WSOA_REQUIRED, StatisticsRule.YES_NO_CELL.id(),
          "'" + WSOA_REQUIRED.header() + "' should be Yes or No; found '" + text + "'");
      return Optional.empty();
    });
  }

  private static Optional<Integer> weaknesses(RowCells cells, Optional<Boolean> wsoa) {
    Optional<Integer> count = cells.count(SIGNIFICANT_WEAKNESSES);
    if (wsoa.isEmpty() || (count.isEmpty() && !cells.isEmpty(SIGNIFICANT_WEAKNESSES))) {
      return count;
    }
    if (wsoa.get()) {
      if (count.isEmpty()) {
        cells.problem(SIGNIFICANT_WEAKNESSES, StatisticsRule.VALUE_PRESENT.id(), "'"
            + SIGNIFICANT_WEAKNESSES.header() + "' is empty, but a written statement of action was required");
      }
      return count;
    }
    if (count.orElse(0) > 0) {
      cells.problem(SIGNIFICANT_WEAKNESSES, StatisticsRule.WEAKNESSES_ONLY_WITH_WSOA.id(), count.get()
          + " significant weaknesses are counted, but column " + "'" + WSOA_REQUIRED.header()
          + "' says No");
      return Optional.empty();
    }
    return Optional.of(0);
  }

  private Optional<AreaRecord> build(RowCells cells, String code, String name, OfstedRegion region,
      LocalDate start, Optional<LocalDate> published, boolean wsoa, int weaknesses,
      Optional<RevisitColumns> revisitCells, List<ImportProblem> found) {
    int row = cells.rowNumber();
    Optional<Revisit> revisit = Optional.empty();
    if (revisitCells.isPresent()) {
      revisit = revisit(row, revisitCells.get(), found);
      if (revisit.isEmpty()) {
        return Optional.empty();
      }
      checkOutcomeLabel(cells, revisitCells.get().outcome(), revisit.get());
    }
    LocalAreaSendInspection inspection;
    try {
      inspection = LocalAreaSendInspection.builder()
          .id(start.getYear() + "-inspection")
          .onSiteStart(dated(start, row, INSPECTION_START))
          .publishedOn(published.map(d -> dated(d, row, INSPECTION_PUBLISHED)))
          .significantWeaknessCount(weaknesses)
          .writtenStatement(wsoa
              ? Optional.of(WrittenStatementOfAction.builder().citation(cite(row, WSOA_REQUIRED)).build())
              : Optional.empty())
          .revisit(revisit)
          .revisitCoverage(revisitsRecorded(row))
          .citation(citeSpan(row, INSPECTION_START, SIGNIFICANT_WEAKNESSES))
          .build();
    } catch (InvariantViolationException e) {
      addAll(row, e.under(ViolationColumns.INSPECTION).violations(), found);
      return Optional.empty();
    }
    LocalArea area;
    try {
      area = LocalArea.builder().code(code).name(name).region(region).build();
    } catch (InvariantViolationException e) {
      addAll(row, e.under("area").violations(), found);
      return Optional.empty();
    }
    AreaRecord record;
    try {
      record = AreaRecord.builder()
          .area(area)
          .addSources(source)
          .addInspections(inspection)
          .build();
    } catch (InvariantViolationException e) {
      addAll(row, e.violations(), found);
      return Optional.empty();
    }
    return Optional.of(record);
  }

  /**
   * The statistics record every revisit carried out by the day their title names, so an area "not
   * revisited yet" had not been revisited by then; they have no column for written statements of
   * action, so a statement's submissions stay "not recorded". Where the title names no day (a CSV
   * export without it), the revisits are not recorded either.
   */
  private Coverage revisitsRecorded(int row) {
    return DatasetSource.carriedOutBy(source)
        .map(day -> Coverage.recordedUntil(DatedFact.builder().addClaims(DateClaim.of(day,
            Citation.builder().from(cite(row, REVISIT_OUTCOME))
                .quote("inspections and revisits carried out by " + day.getDayOfMonth() + " "
                    + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + day.getYear()).build())).build()))
        .orElse(Coverage.notRecorded());
  }

  private Optional<Revisit> revisit(int row, RevisitColumns cells, List<ImportProblem> found) {
    try {
      return Optional.of(Revisit.builder()
          .onSiteStart(dated(cells.start(), row, REVISIT_START))
          .publishedOn(cells.published().map(d -> dated(d, row, REVISIT_PUBLISHED)))
          .outcomeCounts(ProgressCounts.of(cells.sufficient(), cells.notSufficient()))
          .citation(citeSpan(row, REVISIT_START, NOT_SUFFICIENT_PROGRESS))
          .build());
    } catch (InvariantViolationException e) {
      addAll(row, e.under(ViolationColumns.REVISIT).violations(), found);
      return Optional.empty();
    }
  }

  /** Checks the sheet's own Yes / Some / No against the summary of the counts, without picking one. */
  private static void checkOutcomeLabel(RowCells cells, RevisitSummary stated, Revisit revisit) {
    if (revisit.sufficientCount() + revisit.notSufficientCount() == 0) {
      return; // no weakness to summarise; the counts' own rule reports the row
    }
    RevisitSummary counted = revisit.summary();
    if (counted != stated) {
      cells.problem(REVISIT_OUTCOME, StatisticsRule.REVISIT_OUTCOME_AGREES_WITH_COUNTS.id(),
          "the revisit outcome says '" + stated.statisticsLabel() + "', but the counts ("
              + revisit.sufficientCount() + " with sufficient progress, " + revisit.notSufficientCount()
              + " without) make it '" + counted.statisticsLabel() + "'");
    }
  }

  private void addAll(int row, List<Violation> violations, List<ImportProblem> found) {
    violations.forEach(v -> found.add(ViolationColumns.problem(layout, row, v)));
  }

  private DatedFact dated(LocalDate date, int row, StatisticsColumn column) {
    return DatedFact.of(date, cite(row, column));
  }

  private Citation cite(int row, StatisticsColumn column) {
    return Citation.builder().source(source.getId()).locator(layout.locator(row, column)).build();
  }

  private Citation citeSpan(int row, StatisticsColumn first, StatisticsColumn last) {
    return Citation.builder().source(source.getId()).locator(layout.locator(row, first, last)).build();
  }
}
