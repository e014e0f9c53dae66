package org.sendinspection.data.ofsted;

import java.util.Objects;
import java.util.Optional;

/**
 * One note of the statistics' Notes sheet, and the area it describes where that area has no row.
 *
 * <p>Immutable and thread-safe. The 2022 file has three notes; notes 2 and 3 describe Dorset and
 * Northamptonshire, inspected in 2017 but abolished since, so that the data sheet has no row for them
 * ("Figures do not reflect inspection activity for Dorset and Northamptonshire", note 1). Such an area
 * is reported here, not turned into a record: the note's prose is all there is.
 *
 * @param number the note's number, as the sheet gives it
 * @param text the note's text, as the sheet gives it; not null
 * @param areaOnlyInNotes the area the note describes, where the note begins "{@code <area> were
 *     inspected}" and the data sheet has no row of that name; not null
 */
public record StatisticsNote(int number, String text, Optional<String> areaOnlyInNotes) {

  public StatisticsNote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(areaOnlyInNotes, "areaOnlyInNotes");
  }
}
