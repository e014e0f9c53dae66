package org.sendinspection.data.table;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.model.record.AreaRecord;

/**
 * Keeps the first record of each area a data file gives and reports every later row for the same
 * area as a problem, naming the row that came first: a file gives each area one row, and which of two
 * rows is right is not known.
 *
 * <p>Not thread-safe; one per file read. Only each area's code and first row are held besides the
 * records kept by {@link #add}, so {@link #isFirst} serves a file of millions of rows.
 */
public final class FirstRowOfEachArea {
  private final String column;
  private final String rule;
  private final AreaCodeRows rowOfCode = new AreaCodeRows();
  private final List<AreaRecord> records = new ArrayList<>();

  /**
   * Starts collecting.
   *
   * @param column the letter of the column that names the area, for problems; not null
   * @param rule the reader's rule identifier for one row per area; not null
   */
  public FirstRowOfEachArea(String column, String rule) {
    this.column = column;
    this.rule = rule;
  }

  /**
   * Keeps a row's record if its area has no earlier row, else reports the row.
   *
   * @param row the row number; the record's area code decides
   * @param record the row's record; not null
   * @param problems where a repeated area is reported; not null
   */
  public void add(int row, AreaRecord record, List<ImportProblem> problems) {
    if (isFirst(row, record, problems)) {
      records.add(record);
    }
  }

  /**
   * Whether a row's record is its area's first, without keeping it, for a file read a row at a time:
   * only the areas' codes and first rows are held.
   *
   * @param row the row number; the record's area code decides
   * @param record the row's record; not null
   * @param problems where a repeated area is reported; not null
   * @return true if the area has no earlier row
   */
  public boolean isFirst(int row, AreaRecord record, List<ImportProblem> problems) {
    String code = record.getArea().getCode();
    OptionalInt first = rowOfCode.putIfAbsent(code, row);
    if (first.isPresent()) {
      problems.add(new ImportProblem(row, column, rule, "area " + code + " already has row " + first.getAsInt()));
      return false;
    }
    return true;
  }

  /** The records kept, in the order of their rows. */
  public List<AreaRecord> records() {
    return records;
  }
}
