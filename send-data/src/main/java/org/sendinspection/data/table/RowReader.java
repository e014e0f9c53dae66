package org.sendinspection.data.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sendinspection.data.ofsted.ImportNote;
import org.sendinspection.data.ofsted.ImportProblem;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.model.validation.Violation;

/**
 * Typed access to one row's cells that reports each cell not holding what its column needs as an
 * {@link ImportProblem} (row, column letter, rule, what was found) rather than guessing.
 *
 * <p>Not thread-safe; one per row.
 *
 * @param <C> the reader's enum of columns
 */
public final class RowReader<C extends Enum<C> & TableColumn> {
  /** Rule identifier: a cell the row cannot do without is empty. */
  public static final String VALUE_PRESENT = "value-present";
  /** Rule identifier: a date column holds a date written as the file writes its dates. */
  public static final String DATE_CELL = "date-cell";

  private final ColumnLayout<C> layout;
  private final TextRow row;
  private final List<ImportProblem> problems;
  private final List<ImportNote> notes;

  /**
   * A reader of one row.
   *
   * @param layout the table's columns; not null
   * @param row the row; not null
   * @param problems where the row's problems are added; not null
   */
  public RowReader(ColumnLayout<C> layout, TextRow row, List<ImportProblem> problems) {
    this(layout, row, problems, new ArrayList<>());
  }

  /**
   * A reader of one row that also keeps notes on how it read the row.
   *
   * @param layout the table's columns; not null
   * @param row the row; not null
   * @param problems where the row's problems are added; not null
   * @param notes where the row's notes are added; not null
   */
  public RowReader(ColumnLayout<C> layout, TextRow row, List<ImportProblem> problems, List<ImportNote> notes) {
    this.layout = layout;
    this.row = row;
    this.problems = problems;
    this.notes = notes;
  }

  /** Records a note on one cell: how it was read, not a problem. */
  public void note(C column, String message) {
    notes.add(new ImportNote(row.number(), layout.letter(column), message));
  }

  /** The row's number. */
  public int rowNumber() {
    return row.number();
  }

  /** The text of a cell; empty if blank. Reports nothing. */
  public Optional<String> text(C column) {
    return layout.text(row, column);
  }

  /** The text of a cell that must not be blank; empty, with a {@value #VALUE_PRESENT} problem, if it is. */
  public Optional<String> requiredText(C column) {
    Optional<String> text = text(column);
    if (text.isEmpty()) {
      problem(column, VALUE_PRESENT, "'" + column.header() + "' is empty");
    }
    return text;
  }

  /**
   * The date in a cell, written in the given format.
   *
   * @param column the column
   * @param format the format the file writes dates in, with an example for messages
   * @param example an example of the format, such as {@code 27/03/2023}
   * @param required whether a blank cell is a problem
   * @return the date; empty if blank or not a date in that format (a {@value #DATE_CELL} problem)
   */
  public Optional<LocalDate> date(C column, DateTimeFormatter format, String example, boolean required) {
    Optional<String> text = required ? requiredText(column) : text(column);
    return text.flatMap(t -> {
      try {
        return Optional.of(LocalDate.parse(t, format));
      } catch (DateTimeParseException e) {
        problem(column, DATE_CELL, "'" + column.header() + "' should be a date such as " + example
            + "; found '" + t + "'");
        return Optional.empty();
      }
    });
  }

  /** Records a problem with one cell. */
  public void problem(C column, String rule, String message) {
    problems.add(new ImportProblem(row.number(), layout.letter(column), rule, message));
  }

  /** Records a problem with the whole row. */
  public void rowProblem(String rule, String message) {
    problems.add(new ImportProblem(row.number(), "", rule, message));
  }

  /**
   * Records a rule the model reports on the record built from the row, at the column the field was
   * read from.
   *
   * @param column the column the violated field comes from, or null where it concerns the row
   * @param violation the model's violation, its path relative to the area record
   */
  public void violation(C column, Violation violation) {
    problems.add(new ImportProblem(row.number(), column == null ? "" : layout.letter(column),
        violation.rule(), violation.message() + " (record field " + violation.path() + ")"));
  }

  /**
   * Builds the row's area record from the area and the one inspection read from it, and reports every
   * invariant and field constraint the record breaks at the column its field was read from. A row whose
   * record breaks any gives no record: nothing is half built or silently kept.
   *
   * @param area builds the area; not null
   * @param inspection builds the inspection; not null
   * @param source the data set the record cites; not null
   * @param columnOf the column a violated field was read from, or null where it concerns the row
   * @return the record, or empty if it broke any rule
   */
  public Optional<AreaRecord> record(Supplier<LocalArea> area, Supplier<? extends Inspection> inspection,
      SourceDocument source, Function<Violation, C> columnOf) {
    AreaRecord record;
    try {
      LocalArea builtArea;
      try {
        builtArea = area.get();
      } catch (InvariantViolationException e) {
        throw e.under("area");
      }
      Inspection builtInspection;
      try {
        builtInspection = inspection.get();
      } catch (InvariantViolationException e) {
        throw e.under("inspections[0]");
      }
      record = AreaRecord.builder().area(builtArea).addSources(source).addInspections(builtInspection).build();
    } catch (InvariantViolationException e) {
      e.violations().forEach(v -> violation(columnOf.apply(v), v));
      return Optional.empty();
    }
    return Optional.of(record);
  }

  /** Where a cell of this row is, for citations. */
  public String locator(C column) {
    return layout.locator(row.number(), column);
  }
}
