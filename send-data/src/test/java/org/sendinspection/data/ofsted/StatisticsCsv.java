package org.sendinspection.data.ofsted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds small CSV files shaped like an export of the statistics' data sheet: four title lines, the
 * header on row 5, data from row 6; synthetic areas only.
 */
final class StatisticsCsv {
  static final List<String> HEADER = OfstedStatistics.COLUMNS;

  /** The first data row's number. */
  static final int FIRST_ROW = 6;

  private final List<String> lines = new ArrayList<>(List.of(
      "Synthetic area SEND inspection and revisit outcomes [note 1]",
      "This worksheet contains one table.",
      "Hyperlinks in column A open in a new window.",
      "Some cells in this table are empty because a revisit is not required or has not taken place yet.",
      HEADER.stream().map(CsvExport::quoted).collect(Collectors.joining(","))));

  /** Adds a data row of the thirteen columns A to M. */
  StatisticsCsv row(String... cells) {
    if (cells.length != 13) {
      throw new IllegalArgumentException("a row has 13 cells; found " + cells.length);
    }
    lines.add(Arrays.stream(cells).map(CsvExport::quoted).collect(Collectors.joining(",")));
    return this;
  }

  /** Adds a line as is. */
  StatisticsCsv line(String text) {
    lines.add(text);
    return this;
  }

  /** A sound revisited row: inspection 2018, 4 weaknesses, revisit 2021 with 3 and 1. */
  static String[] revisited(String code) {
    return new String[] {"Ofsted LA Webpage", code, "Synthetic " + code, "East of England", "01/10/2018",
        "12/12/2018", "Yes", "4", "05/05/2021", "22/06/2021", "Some", "3", "1"};
  }

  /** A sound row whose inspection required no statement. */
  static String[] noStatement(String code) {
    return new String[] {"Ofsted LA Webpage", code, "Synthetic " + code, "London", "2017-03-27", "2017-06-29",
        "No", "", "", "", "", "", ""};
  }

  /** A sound row with a statement and no revisit yet, as the 2022 file writes it. */
  static String[] awaitingRevisit(String code) {
    return new String[] {"Ofsted LA Webpage", code, "Synthetic " + code, "North West", "28/02/2022",
        "26/05/2022", "Yes", "4", "Not revisited yet", "", "", "", ""};
  }

  /** A copy of a row with one cell changed, by its letter. */
  static String[] with(String[] row, char column, String value) {
    String[] copy = row.clone();
    copy[column - 'A'] = value;
    return copy;
  }

  Path write(Path file) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
