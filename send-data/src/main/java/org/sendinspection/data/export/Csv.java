package org.sendinspection.data.export;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 cells: a cell with a comma, quote or line break is quoted, its quotes doubled. */
final class Csv {
  private Csv() {}

  static String line(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\n";
  }

  private static String cell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
