package org.sendinspection.rules.rules2016;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * A recorded date as the rules read it: the single date taken, the fact it comes from, and any note a
 * reason must carry about it.
 *
 * <p>Immutable and thread-safe. Example: the Essex report's receipt, read from its publication
 * (path {@code inspections[0].publishedOn}), 23 December 2019 (the date two sources give), with the
 * assumption that the report was received on the day it was published and the dispute between 23
 * December 2019 (the council paper and the official statistics) and 17 November 2019 (the revisit letter).
 */
@Value.Immutable
@SendStyle
public interface ResolvedDate {

  /** The date taken. */
  LocalDate getDate();

  /** The path of the fact in the record, such as {@code inspections[0].publishedOn}. */
  String getPath();

  /** The fact in words, such as {@code the report's publication}. */
  String getDescription();

  /** Where sources disagree: a sentence naming every claim, its source and the claim taken. */
  Optional<String> getDispute();

  /** Every distinct date the sources claim, earliest first: one date unless disputed. */
  List<LocalDate> getClaimedDates();

  /** Where the date stands in for one the record lacks: a sentence saying so. */
  Optional<String> getAssumption();

  /** The fact as a conclusion cites it. */
  default FactReference reference() {
    return FactReference.builder().path(getPath()).description(getDescription()).date(getDate())
        .dispute(getDispute()).build();
  }

  static ImmutableResolvedDate.Builder builder() {
    return ImmutableResolvedDate.builder();
  }
}
