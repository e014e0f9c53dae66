package org.sendinspection.data.ofsted;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.DirectoryArea;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatePrecision;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;

/**
 * Records for the areas the statistics describe only in their notes, where the note says all the record
 * needs: the 2022 file's note on Northamptonshire ("Northamptonshire were inspected in May 2017 and did
 * not require a WSoA"), abolished on 1 April 2021, whose inspection is the 2016-framework history of
 * North and West Northamptonshire.
 *
 * <p>Stateless and thread-safe. The first day on site is a claim to the month the note names, cited to
 * the note with its words quoted; the publication is a limit, on or before the day the statistics were
 * published, since the note states what the report found. A note that tells of more than the record can hold is not turned into
 * a record: Dorset's note says its revisit found sufficient progress on "some" weaknesses without their
 * number, which a revisit cannot record without its counts, and a record without the revisit would read
 * as one never revisited. These records are for joining (one record per area across both frameworks);
 * the statistics' own figures leave both areas out ("Figures do not reflect inspection activity for
 * Dorset and Northamptonshire", note 1), and so does {@code summary} of the file.
 */
public final class NoteRecords {
  /** "Northamptonshire were inspected in May 2017 and did not require a WSoA." */
  private static final Pattern NO_STATEMENT = Pattern.compile(
      "^(\\S.*?) (?:were|was) inspected in ([A-Z][a-z]+) (\\d{4}) and did not require a WSoA\\.");
  /** Anything more the note tells, which a record built from the first sentence would leave out. */
  private static final Pattern MORE = Pattern.compile("\\b(?:revisit|WSoA was|required a WSoA)\\b");

  private NoteRecords() {}

  /**
   * The records the notes give.
   *
   * @param source the statistics' source document; not null
   * @param notes the notes, as {@link OfstedImport#notes()} gives them; not null
   * @return one record per note that describes an area only in the notes and tells only what a record
   *     can hold; in the notes' order
   */
  public static List<AreaRecord> of(SourceDocument source, List<StatisticsNote> notes) {
    List<AreaRecord> records = new ArrayList<>();
    for (StatisticsNote note : notes) {
      if (note.areaOnlyInNotes().isEmpty()) {
        continue;
      }
      record(source, note).ifPresent(records::add);
    }
    return records;
  }

  private static Optional<AreaRecord> record(SourceDocument source, StatisticsNote note) {
    Matcher said = NO_STATEMENT.matcher(note.text());
    if (!said.find() || MORE.matcher(note.text().substring(said.end())).find()) {
      return Optional.empty();
    }
    Optional<Month> month = month(said.group(2));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    LocalDate inspected = LocalDate.of(Integer.parseInt(said.group(3)), month.get(), 1);
    List<DirectoryArea> named = AreaDirectory.bundled().named(said.group(1)).stream()
        .filter(a -> a.existsOn(inspected)).toList();
    if (named.size() != 1) {
      return Optional.empty();
    }
    Citation cited = Citation.builder().source(source.getId())
        .locator(OfstedStatistics.NOTES_SHEET + ", note " + note.number()).quote(said.group(0)).build();
    LocalAreaSendInspection inspection = LocalAreaSendInspection.builder()
        .id(inspected.getYear() + "-inspection")
        .onSiteStart(DatedFact.builder().addClaims(DateClaim.builder().date(inspected)
            .precision(DatePrecision.MONTH).citation(cited).build()).build())
        // No statement was required, so the framework found no significant weakness, as the data sheet
        // records for every area without one.
        .significantWeaknessCount(0)
        // The note tells the report's finding, so the report was out by the day the note was published;
        // a limit, not a day, and only where the source is dated.
        .publishedOn(source.getDate().map(d -> DatedFact.builder().addClaims(DateClaim.onOrBefore(d,
            Citation.builder().from(cited).build())).build()))
        .citation(cited)
        .build();
    return Optional.of(AreaRecord.builder().area(named.get(0).toLocalArea()).addSources(source)
        .addInspections(inspection).build());
  }

  private static Optional<Month> month(String name) {
    try {
      return Optional.of(Month.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
