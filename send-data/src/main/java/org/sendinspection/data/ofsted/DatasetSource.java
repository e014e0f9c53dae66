package org.sendinspection.data.ofsted;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.sendinspection.model.provenance.SourceDocument;

/**
 * Describes the dataset a file holds as a {@link SourceDocument}, from what the file itself says.
 *
 * <p>The title is the data sheet's first line without its note markers ("Area SEND inspection and
 * revisit outcomes from inspections and revisits carried out by 31 August 2022, published by 31
 * October 2022"); the publication date is the cover sheet's "Published on:" (17 November 2022), which
 * a CSV export of the data sheet alone does not carry.
 */
final class DatasetSource {
  /** The identifier every record's citations name, followed by the publication date where known. */
  static final String ID_PREFIX = "ofsted-area-send-statistics";

  private DatasetSource() {}

  static SourceDocument describe(TableLayout layout, Optional<SheetTable> cover) {
    Optional<LocalDate> published = cover.flatMap(DatasetSource::publishedOn);
    String title = layout.preamble().stream()
        .map(row -> row.cell(0).text())
        .flatMap(Optional::stream)
        .map(text -> text.replaceAll("\\s*\\[note \\d+\\]", "").trim())
        .filter(text -> !text.isEmpty())
        .findFirst()
        .orElse("Area SEND inspection and revisit outcomes (" + layout.name() + ")");
    return SourceDocument.builder()
        .id(ID_PREFIX + published.map(d -> "-" + d).orElse(""))
        .title(title)
        .publisher("Ofsted")
        .date(published)
        .url(OfstedStatistics.STATISTICS_PAGE)
        .build();
  }

  /**
   * The day up to which the dataset records every inspection and revisit carried out, as its title
   * states it ("... carried out by 31 August 2022 ..."); empty where the title does not say.
   */
  static Optional<LocalDate> carriedOutBy(SourceDocument source) {
    Matcher matcher = CARRIED_OUT_BY.matcher(source.getTitle());
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(matcher.group(1), DAY_MONTH_YEAR));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final Pattern CARRIED_OUT_BY = Pattern.compile("carried out by (\\d{1,2} [A-Z][a-z]+ \\d{4})");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static Optional<LocalDate> publishedOn(SheetTable cover) {
    return cover.rows().stream()
        .filter(row -> row.cell(0).text().filter(t -> t.toLowerCase(Locale.ROOT)
            .startsWith("published on")).isPresent())
        .map(row -> row.cell(1).date())
        .flatMap(Optional::stream)
        .findFirst();
  }
}
