package org.sendinspection.data.ofsted;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports the data sheet to CSV at test time, as a spreadsheet application would: every row, from the
 * title down, each cell as the sheet displays it (dates as {@code 30/09/2019}, whole numbers without a
 * decimal point), quoted where it holds a comma, a quote or a line break.
 */
final class CsvExport {
  private static final DateTimeFormatter DISPLAYED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CsvExport() {}

  static Path write(Path ods, Path csv) throws IOException {
    Sheet sheet = new SpreadSheet(ods.toFile()).getSheet(OfstedStatistics.DATA_SHEET);
    Object[][] values = sheet.getRange(0, 0, sheet.getMaxRows(), sheet.getMaxColumns()).getValues();
    List<String> lines = new ArrayList<>();
    for (Object[] row : values) {
      List<String> cells = new ArrayList<>();
      for (Object value : row) {
        cells.add(quoted(displayed(value)));
      }
      lines.add(String.join(",", cells));
    }
    Files.write(csv, lines, StandardCharsets.UTF_8);
    return csv;
  }

  static String displayed(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).format(DISPLAYED);
    }
    if (value instanceof Double && (Double) value == Math.rint((Double) value)) {
      return Long.toString(((Double) value).longValue());
    }
    return value.toString();
  }

  static String quoted(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
