package org.sendinspection.data.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.model.record.AreaRecord;

/**
 * Keeps the first record of each area a data file gives and reports every later row for the same
 * area as a problem, naming the row that came first: a file gives each area one row, and which of two
 * rows is right is not known.
 *
 * <p>Not thread-safe; one per file read.
 */
public final class FirstRowOfEachArea {
  private final String column;
  private final String rule;
  private final Map<String, Integer> rowOfCode = new HashMap<>();
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
    String code = record.getArea().getCode();
    Integer first = rowOfCode.putIfAbsent(code, row);
    if (first != null) {
      problems.add(new ImportProblem(row, column, rule, "area " + code + " already has row " + first));
      return;
    }
    records.add(record);
  }

  /** The records kept, in the order of their rows. */
  public List<AreaRecord> records() {
    return records;
  }
}
