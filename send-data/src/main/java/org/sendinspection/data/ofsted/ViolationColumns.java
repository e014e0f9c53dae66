package org.sendinspection.data.ofsted;

import static org.sendinspection.data.ofsted.StatisticsColumn.AREA_CODE;
import static org.sendinspection.data.ofsted.StatisticsColumn.AREA_NAME;
import static org.sendinspection.data.ofsted.StatisticsColumn.INSPECTION_PUBLISHED;
import static org.sendinspection.data.ofsted.StatisticsColumn.INSPECTION_START;
import static org.sendinspection.data.ofsted.StatisticsColumn.NOT_SUFFICIENT_PROGRESS;
import static org.sendinspection.data.ofsted.StatisticsColumn.REGION;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_PUBLISHED;
import static org.sendinspection.data.ofsted.StatisticsColumn.REVISIT_START;
import static org.sendinspection.data.ofsted.StatisticsColumn.SIGNIFICANT_WEAKNESSES;
import static org.sendinspection.data.ofsted.StatisticsColumn.SUFFICIENT_PROGRESS;
import static org.sendinspection.data.ofsted.StatisticsColumn.WSOA_REQUIRED;

import java.util.List;
import org.sendinspection.model.validation.Violation;

/**
 * Maps a rule the model reports on a record built from one row back to the row's cells: the JSON path
 * of the field ({@code inspections[0].revisit.onSiteStart}) names the column it was read from.
 */
final class ViolationColumns {
  static final String INSPECTION = "inspections[0]";
  static final String REVISIT = INSPECTION + ".revisit";

  /** Most specific path first: the first entry whose path is a prefix of the violation's wins. */
  private static final List<Entry> ENTRIES = List.of(
      new Entry("area.code", AREA_CODE, AREA_CODE),
      new Entry("area.name", AREA_NAME, AREA_NAME),
      new Entry("area.region", REGION, REGION),
      new Entry(REVISIT + ".outcomeCounts.sufficient", SUFFICIENT_PROGRESS, SUFFICIENT_PROGRESS),
      new Entry(REVISIT + ".outcomeCounts.notSufficient", NOT_SUFFICIENT_PROGRESS, NOT_SUFFICIENT_PROGRESS),
      new Entry(REVISIT + ".outcomeCounts", SUFFICIENT_PROGRESS, NOT_SUFFICIENT_PROGRESS),
      new Entry(REVISIT + ".publishedOn", REVISIT_PUBLISHED, REVISIT_PUBLISHED),
      new Entry(REVISIT, REVISIT_START, REVISIT_START),
      new Entry(INSPECTION + ".writtenStatement", WSOA_REQUIRED, WSOA_REQUIRED),
      new Entry(INSPECTION + ".significantWeaknessCount", SIGNIFICANT_WEAKNESSES, SIGNIFICANT_WEAKNESSES),
      new Entry(INSPECTION + ".publishedOn", INSPECTION_PUBLISHED, INSPECTION_PUBLISHED),
      // The inspection's identifier is made from the year of its start date.
      new Entry(INSPECTION + ".id", INSPECTION_START, INSPECTION_START),
      new Entry(INSPECTION + ".onSiteStart", INSPECTION_START, INSPECTION_START));

  private ViolationColumns() {}

  /**
   * The problem a model violation makes of a row.
   *
   * @param layout the sheet's layout, for column letters
   * @param rowNumber the row
   * @param violation the violation, its path relative to the area record
   */
  static ImportProblem problem(TableLayout layout, int rowNumber, Violation violation) {
    String column = "";
    for (Entry entry : ENTRIES) {
      if (entry.covers(violation.path())) {
        column = entry.first == entry.last
            ? layout.letter(entry.first)
            : layout.letter(entry.first) + "-" + layout.letter(entry.last);
        break;
      }
    }
    return new ImportProblem(rowNumber, column, violation.rule(),
        violation.message() + " (record field " + violation.path() + ")");
  }

  private static final class Entry {
    final String path;
    final StatisticsColumn first;
    final StatisticsColumn last;

    Entry(String path, StatisticsColumn first, StatisticsColumn last) {
      this.path = path;
      this.first = first;
      this.last = last;
    }

    boolean covers(String other) {
      return other.equals(path) || other.startsWith(path + ".") || other.startsWith(path + "[");
    }
  }
}
