package org.sendinspection.data.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One row of a table as text cells, with the row number a spreadsheet shows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the row number, from 1 (for a CSV file, the record's number in the file)
 * @param cells the cells from column A on, as the file holds them; null for an absent cell
 */
public record TextRow(int number, List<String> cells) {

  public TextRow {
    cells = Collections.unmodifiableList(new ArrayList<>(cells)); // keeps null for an absent cell
  }

  /**
   * The text of a cell, trimmed.
   *
   * @param index the 0-based column index
   * @return the text; empty if the cell is absent, past the end of the row, or blank
   */
  public Optional<String> text(int index) {
    if (index >= cells.size() || cells.get(index) == null) {
      return Optional.empty();
    }
    String text = cells.get(index).trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Whether every cell is absent or blank. */
  public boolean isBlank() {
    for (int i = 0; i < cells.size(); i++) {
      if (text(i).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** The letter a spreadsheet shows for a 0-based column index: 0 is A, 25 is Z, 26 is AA. */
  public static String columnLetter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
