package org.sendinspection.model.area.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.area.OfstedRegion;

/** Reads the bundled {@code areas.csv}: {@code #} lines are its source note, then a header and one area a line. */
final class DirectoryCsv {
  static final String RESOURCE = "areas.csv";
  private static final String HEADER = "code,name,region,from,until,predecessors,successors,spellings";

  private DirectoryCsv() {}

  static List<DirectoryArea> read() {
    try (InputStream in = DirectoryCsv.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AreaDirectoryException("the bundled area list " + RESOURCE + " is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<DirectoryArea> areas = new ArrayList<>();
      boolean header = false;
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          if (!line.equals(HEADER)) {
            throw new AreaDirectoryException(RESOURCE + " line " + number + ": expected the header " + HEADER);
          }
          header = true;
          continue;
        }
        areas.add(area(split(line), number));
      }
      return areas;
    } catch (IOException e) {
      throw new AreaDirectoryException("the bundled area list cannot be read: " + e.getMessage());
    }
  }

  private static DirectoryArea area(List<String> cells, int line) {
    if (cells.size() != 8) {
      throw new AreaDirectoryException(RESOURCE + " line " + line + ": expected 8 cells, found " + cells.size());
    }
    try {
      return new DirectoryArea(cells.get(0), cells.get(1), OfstedRegion.fromAnyName(cells.get(2)),
          date(cells.get(3)), date(cells.get(4)), words(cells.get(5), " "), words(cells.get(6), " "),
          words(cells.get(7), "\\|"));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new AreaDirectoryException(RESOURCE + " line " + line + ": " + e.getMessage());
    }
  }

  private static Optional<LocalDate> date(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }

  private static List<String> words(String text, String separator) {
    return text.isBlank() ? List.of() : Arrays.stream(text.split(separator)).map(String::trim).toList();
  }

  /** Splits a line on commas outside double quotes; a doubled quote inside quotes is one quote. */
  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
