package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.data.ofsted.StatisticsCsv.awaitingRevisit;
import static org.sendinspection.data.ofsted.StatisticsCsv.noStatement;
import static org.sendinspection.data.ofsted.StatisticsCsv.revisited;
import static org.sendinspection.data.ofsted.StatisticsCsv.with;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.record.AreaRecord;

/**
 * Reading row by row ({@link OfstedStatistics#forEach}) hands on, in the order of the rows, exactly what
 * reading whole gives; a file that is not well-formed CSV is refused before anything is handed on.
 */
class StreamingReadTest {
  @TempDir
  Path dir;

  /** Everything a sink was given, in order, as text: {@code record E99000001}, {@code problem ...}. */
  private static final class Collected implements StatisticsSink {
    final List<String> events = new ArrayList<>();
    final List<AreaRecord> records = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final List<ImportNote> notes = new ArrayList<>();

    @Override
    public void record(AreaRecord record) {
      records.add(record);
      events.add("record " + record.getArea().getCode());
    }

    @Override
    public void problem(ImportProblem problem) {
      problems.add(problem);
      events.add("problem " + problem);
    }

    @Override
    public void note(ImportNote note) {
      notes.add(note);
      events.add("note " + note);
    }
  }

  private Path mixed() throws IOException {
    return new StatisticsCsv()
        .row(revisited("E99000001"))
        .row(with(noStatement("E99000002"), 'E', "sometime in spring"))
        .line("")
        .row(awaitingRevisit("E99000003"))
        .row(noStatement("E99000001"))
        .row(noStatement("E99000004"))
        .write(dir.resolve("mixed.csv"));
  }

  @Test
  void row_by_row_gives_what_reading_whole_gives() throws IOException {
    Path file = mixed();
    OfstedImport whole = OfstedStatistics.read(file);
    Collected streamed = new Collected();
    StatisticsRead read = OfstedStatistics.forEach(file, streamed);
    assertEquals(whole.records(), streamed.records);
    assertEquals(whole.problems(), streamed.problems);
    assertEquals(whole.areaNotes(), streamed.notes);
    assertEquals(whole.dataRows(), read.dataRows());
    assertEquals(5, read.dataRows(), "the blank line is not a data row");
    assertEquals(whole.source(), read.source());
    assertEquals(3, streamed.records.size());
    assertEquals(2, streamed.problems.size(), "the bad date and the second row of E99000001");
  }

  @Test
  void each_row_is_handed_on_in_order_its_notes_then_problems_then_record() throws IOException {
    Collected streamed = new Collected();
    OfstedStatistics.forEach(mixed(), streamed);
    List<String> rows = streamed.events.stream()
        .map(e -> e.startsWith("record ") ? e : e.replaceAll("^(\\w+) row (\\d+),.*", "$1 $2")).toList();
    assertEquals(List.of("note 6", "record E99000001", "note 7", "problem 7", "note 9", "record E99000003",
        "note 10", "problem 10", "note 11", "record E99000004"), rows);
  }

  @Test
  void a_file_broken_near_its_end_is_refused_before_any_row_is_handed_on() throws IOException {
    StatisticsCsv csv = new StatisticsCsv();
    for (int i = 1; i <= 50; i++) {
      csv.row(noStatement(String.format("E990%05d", i)));
    }
    Path file = csv.line("\"Ofsted LA Webpage\",\"E99000999\",\"unterminated").write(dir.resolve("broken.csv"));
    Collected streamed = new Collected();
    StatisticsFormatException e = assertThrows(StatisticsFormatException.class,
        () -> OfstedStatistics.forEach(file, streamed));
    assertTrue(e.getMessage().startsWith(file + " is not well-formed CSV"), e.getMessage());
    assertEquals(List.of(), streamed.events);
  }

  @Test
  void a_file_without_a_header_names_the_columns_the_nearest_row_lacks() throws IOException {
    Path file = new StatisticsCsv().write(dir.resolve("header.csv"));
    java.nio.file.Files.writeString(file, "title\nLocal authority code,Area name\nE99000001,Synthetic\n");
    StatisticsFormatException e = assertThrows(StatisticsFormatException.class,
        () -> OfstedStatistics.forEach(file, new Collected()));
    assertTrue(e.getMessage().startsWith("no row of 'header' is a header row of the area SEND statistics; the"
        + " nearest lacks the column(s) 'Ofsted region'"), e.getMessage());
  }
}
