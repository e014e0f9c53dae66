package org.sendinspection.data.ofsted;

import org.sendinspection.model.record.AreaRecord;

/**
 * Receives what reading the statistics gives, one row at a time, as
 * {@link OfstedStatistics#forEach(java.nio.file.Path, StatisticsSink)} reads a file of any size: for each
 * data row in order, its notes, then its problems, then its record where it gave one.
 *
 * <p>Every data row is accounted for: it gives a record, or at least one problem.
 */
public interface StatisticsSink {

  /**
   * A sound row's record; an area's first row only (a later row of the same area is a problem).
   *
   * @param record the record; not null
   */
  void record(AreaRecord record);

  /**
   * A rule a row breaks; the row gives no record.
   *
   * @param problem the problem; not null
   */
  void problem(ImportProblem problem);

  /**
   * How a row's area was found, where a reader should know; not a problem.
   *
   * @param note the note; not null
   */
  void note(ImportNote note);
}
