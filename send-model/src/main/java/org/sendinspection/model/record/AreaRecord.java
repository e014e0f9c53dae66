package org.sendinspection.model.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything known of one local area's SEND inspections: the area and its partners over time, the
 * sources the facts come from, and its inspections in date order, each with all that followed it.
 *
 * <p>Immutable and thread-safe. This is the unit that tools exchange (see {@code AreaRecordCodec})
 * and that the rules read. An area can be inspected under both frameworks: Southend-on-Sea was
 * inspected in 2018 under the 2016 framework and in 2023 under the 2023 framework.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableAreaRecord.class)
@JsonDeserialize(as = ImmutableAreaRecord.class)
public interface AreaRecord {

  /** The local area and its partners. */
  @NotNull
  @Valid
  LocalArea getArea();

  /** The documents the record's facts cite, each once. */
  List<@Valid SourceDocument> getSources();

  /** The inspections, in the order of their first day on site. */
  List<@Valid Inspection> getInspections();

  /**
   * Whether the record shows that the area had no full inspection beyond those listed by a date, or
   * does not say. Written in every document; a builder that does not set it takes "not recorded".
   */
  @Value.Default
  default Coverage getInspectionCoverage() {
    return Coverage.notRecorded();
  }

  /**
   * The source with the given identifier.
   *
   * @param id the identifier; not null
   * @return the source, or empty if the record lists none with that identifier
   */
  default Optional<SourceDocument> source(String id) {
    return getSources().stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  @Value.Check
  default void check() {
    Invariants invariants = Invariants.of("AreaRecord");
    Set<String> sourceIds = new HashSet<>();
    for (int i = 0; i < getSources().size(); i++) {
      String id = getSources().get(i).getId();
      invariants.require(sourceIds.add(id), "sources[" + i + "].id", Invariant.UNIQUE_IDENTIFIER,
          "source '" + id + "' is listed more than once");
    }
    Set<String> inspectionIds = new HashSet<>();
    List<Inspection> inspections = getInspections();
    for (int i = 0; i < inspections.size(); i++) {
      Inspection inspection = inspections.get(i);
      invariants.require(inspectionIds.add(inspection.getId()), "inspections[" + i + "].id",
          Invariant.UNIQUE_IDENTIFIER, "inspection '" + inspection.getId() + "' appears more than once");
      if (i > 0) {
        Inspection previous = inspections.get(i - 1);
        // An inspection known only by a later fact (its publication) began by then: it cannot be listed
        // after one that began later still; one whose first day is not recorded orders nothing after it.
        DatedFact later = inspection.begunBy();
        Optional<DatedFact> earlier = previous.firstDayOnSite();
        invariants.require(earlier.isEmpty() || !later.latest().isBefore(earlier.get().earliest()),
            "inspections[" + i + "]." + inspection.begunByField(), Invariant.INSPECTIONS_IN_DATE_ORDER,
            "inspection '" + inspection.getId() + "' (" + (inspection.firstDayOnSite().isPresent() ? "" : "begun by ")
                + later.describe() + ") is listed after inspection '" + previous.getId() + "' ("
                + earlier.map(DatedFact::describe).orElse("") + "), which began later");
      }
    }
    CitationWalk.of(this).forEach((path, citation) -> invariants.require(
        sourceIds.contains(citation.getSource()), path + ".source", Invariant.CITATION_NAMES_KNOWN_SOURCE,
        "cites source '" + citation.getSource() + "', which the record's sources do not list"));
    invariants.check();
  }

  static ImmutableAreaRecord.Builder builder() {
    return ImmutableAreaRecord.builder();
  }
}
