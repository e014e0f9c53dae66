package org.sendinspection.data.ofsted;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistics' Notes sheet: a note number in column A and its text in column B, below a header
 * row "Note number".
 */
final class NotesSheet {
  /** How the 2022 notes open when they describe an area the data sheet lacks: "Dorset were inspected in ...". */
  private static final Pattern AREA_INSPECTED = Pattern.compile("^(\\S.*?) (?:were|was) inspected in\\b");

  private NotesSheet() {}

  /**
   * The notes.
   *
   * @param sheet the Notes sheet
   * @param areaNames the names of the areas the data sheet has rows for
   * @return each note, with the area it describes where the data sheet has no row for that area
   */
  static List<StatisticsNote> read(SheetTable sheet, Set<String> areaNames) {
    Set<String> known = new HashSet<>();
    areaNames.forEach(n -> known.add(n.toLowerCase(Locale.ROOT)));
    List<StatisticsNote> notes = new ArrayList<>();
    for (SheetTable.Row row : sheet.rows()) {
      Optional<Double> number = row.cell(0).number();
      Optional<String> text = row.cell(1).text();
      if (number.isEmpty() || text.isEmpty() || number.get() != Math.rint(number.get())) {
        continue; // the sheet's title, its header row, or a blank row
      }
      Matcher area = AREA_INSPECTED.matcher(text.get());
      Optional<String> onlyInNotes = area.find() && !known.contains(area.group(1).toLowerCase(Locale.ROOT))
          ? Optional.of(area.group(1)) : Optional.empty();
      notes.add(new StatisticsNote(number.get().intValue(), text.get(), onlyInNotes));
    }
    return notes;
  }
}
