package org.sendinspection.model.generate;

import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;

/**
 * Generates valid, synthetic area records of every shape, for property tests and for trying tools at
 * national scale.
 *
 * <p>Immutable and thread-safe; each {@code with*} method returns a new generator. Records are plainly
 * synthetic: codes start {@code E99}, which no real local authority has, names read "Synthetic area
 * …", and the one source is this generator. The shapes cover the 2016 journey ({@link Shape}), both
 * levels of detail ({@link Detail}), partners that change on 1 July 2022 (clinical commissioning
 * groups to integrated care boards), disputed dates (a second, later claim from another source) and
 * citations. The same seed always gives the same record. Example:
 *
 * <pre>{@code
 * AreaRecord one = AreaRecordGenerator.any().generate(42L);
 * List<AreaRecord> nation = AreaRecordGenerator.any().generateMany(7L, 150);
 * Gen<AreaRecord> mixed = AreaRecordGenerator.any().withShapes(Shape.REVISIT_SOME_SUFFICIENT);
 * }</pre>
 */
public final class AreaRecordGenerator implements Gen<AreaRecord> {

  /** The identifier of the source every generated record cites. */
  public static final String SOURCE_ID = "synthetic";
  /** The most records one seed gives: codes are E99 and six digits, E99000001 to E99999999. */
  public static final int MAX_AREAS = 999_999;
  /** The identifier of the second source, whose claims dispute some dates. */
  public static final String DISPUTING_SOURCE_ID = "synthetic-secondary";

  /** The day clinical commissioning groups gave way to integrated care boards. */
  static final LocalDate ICB_START = LocalDate.of(2022, 7, 1);

  private final List<Shape> shapes;
  private final List<Detail> details;
  private final boolean partnerChangesOnly;
  private final int areaSendChance;
  private final boolean gaps;

  private AreaRecordGenerator(List<Shape> shapes, List<Detail> details, boolean partnerChangesOnly,
      int areaSendChance, boolean gaps) {
    this.shapes = shapes;
    this.details = details;
    this.partnerChangesOnly = partnerChangesOnly;
    this.areaSendChance = areaSendChance;
    this.gaps = gaps;
  }

  /**
   * This generator without gaps in what is known: every weakness count recorded, every submission
   * dated to the day. By default records also hold what real sources leave out or give loosely (a
   * number of weaknesses not recorded, a submission known only by its evaluation or dated to the
   * month), so that properties see every kind of fact.
   */
  public AreaRecordGenerator withoutGaps() {
    return new AreaRecordGenerator(shapes, details, partnerChangesOnly, areaSendChance, false);
  }

  /** A generator of records of every shape and detail. */
  public static AreaRecordGenerator any() {
    return new AreaRecordGenerator(List.of(Shape.values()), List.of(Detail.values()), false, 0, true);
  }

  /** This generator restricted to the given shapes. */
  public AreaRecordGenerator withShapes(Shape... wanted) {
    return new AreaRecordGenerator(ordered(EnumSet.copyOf(List.of(wanted))), details, partnerChangesOnly,
        areaSendChance, gaps);
  }

  /** This generator restricted to the given levels of detail. */
  public AreaRecordGenerator withDetail(Detail... wanted) {
    Set<Detail> set = EnumSet.copyOf(List.of(wanted));
    return new AreaRecordGenerator(shapes, new ArrayList<>(set), partnerChangesOnly, areaSendChance, gaps);
  }

  /** This generator restricted to areas whose health partners change on 1 July 2022. */
  public AreaRecordGenerator withPartnerChanges() {
    return new AreaRecordGenerator(shapes, details, true, areaSendChance, gaps);
  }

  /**
   * This generator with inspections under the 2023 framework: each area has, with the given chance, an
   * area SEND inspection from 2023 after whatever its shape gives under the 2016 framework, with any
   * of the three outcomes.
   *
   * @param percent the chance, 0 (never, the default) to 100 (always)
   * @return the new generator
   */
  public AreaRecordGenerator withAreaSendInspections(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a chance is 0 to 100 percent; found " + percent);
    }
    return new AreaRecordGenerator(shapes, details, partnerChangesOnly, percent, gaps);
  }

  @Override
  public AreaRecord generate(Draws draws) {
    int number = draws.between(1, 999_999);
    return generate(draws, number);
  }

  /**
   * Generates a set of records for distinct areas, as a national data set would have.
   *
   * @param seed the seed: the same seed and count give the same records
   * @param count how many areas, at least 0
   * @return the records, with codes {@code E99000001} upwards
   */
  public List<AreaRecord> generateMany(long seed, int count) {
    if (count < 0 || count > MAX_AREAS) {
      throw new IllegalArgumentException("count must be from 0 to " + MAX_AREAS + "; found " + count);
    }
    List<AreaRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      records.add(generateNth(seed, i));
    }
    return records;
  }

  /**
   * The record at one place of {@link #generateMany(long, int)}'s list, made on its own, so that a set of
   * any size can be written one record at a time.
   *
   * @param seed the seed
   * @param index the place, from 0; the record's code is {@code E99} and {@code index + 1}
   * @return the record {@code generateMany(seed, count).get(index)} holds for any larger count
   */
  public AreaRecord generateNth(long seed, int index) {
    if (index < 0 || index >= MAX_AREAS) {
      throw new IllegalArgumentException("index must be from 0 to " + (MAX_AREAS - 1)
          + " (codes E99000001 to E99999999); found " + index);
    }
    return generate(RecordedDraws.fromSeed(seed * 1_000_003L + index), index + 1);
  }

  private AreaRecord generate(Draws draws, int number) {
    Shape shape = draws.oneOf(shapes);
    Detail detail = draws.oneOf(details);
    boolean partnerChanges = partnerChangesOnly || draws.chance(30);
    String name = String.format("Synthetic area %06d", number);
    LocalArea area = LocalArea.builder()
        .code(String.format("E99%06d", number))
        .name(name)
        .region(draws.oneOf(List.of(OfstedRegion.values())))
        .partners(partners(draws, name, partnerChanges))
        .build();
    ImmutableAreaRecord.Builder record = AreaRecord.builder()
        .area(area)
        .addSources(SourceDocument.builder().id(SOURCE_ID)
            .title("Synthetic record made by AreaRecordGenerator").publisher("send-model").build())
        .addSources(SourceDocument.builder().id(DISPUTING_SOURCE_ID)
            .title("Synthetic second source, disputing some dates").publisher("send-model").build());
    java.util.Optional<org.sendinspection.model.inspection.Inspection> previous = java.util.Optional.empty();
    if (shape != Shape.NOT_INSPECTED) {
      previous = java.util.Optional.of(new InspectionGenerator(draws, area, shape, detail, gaps).inspection());
      record.addInspections(previous.get());
    }
    if (areaSendChance > 0 && draws.chance(areaSendChance)) {
      record.addInspections(new AreaSendInspectionGenerator(draws, area).inspection(previous));
    }
    if (draws.chance(30)) {
      record.inspectionCoverage(Coverage.recordedUntil(DatedFact.of(
          draws.dayBetween(LocalDate.of(2016, 5, 1), LocalDate.of(2030, 12, 31)), Citation.of(SOURCE_ID, "recorded until"))));
    }
    return record.build();
  }

  private static List<Partner> partners(Draws draws, String areaName, boolean changes) {
    List<Partner> partners = new ArrayList<>();
    partners.add(Partner.builder().name(areaName + " Council").kind(PartnerKind.LOCAL_AUTHORITY).build());
    int groups = draws.between(1, 5);
    for (int i = 1; i <= groups; i++) {
      partners.add(Partner.builder()
          .name(areaName + " Clinical Commissioning Group " + i)
          .kind(PartnerKind.CLINICAL_COMMISSIONING_GROUP)
          .actingUntil(changes ? java.util.Optional.of(ICB_START) : java.util.Optional.empty())
          .build());
    }
    if (changes) {
      int boards = draws.between(1, 3);
      for (int i = 1; i <= boards; i++) {
        partners.add(Partner.builder()
            .name(areaName + " Integrated Care Board " + i)
            .kind(PartnerKind.INTEGRATED_CARE_BOARD)
            .actingFrom(ICB_START)
            .addCitations(Citation.of(SOURCE_ID, "integrated care boards from 1 July 2022"))
            .build());
      }
    }
    return partners;
  }

  private static List<Shape> ordered(Set<Shape> set) {
    return new ArrayList<>(set);
  }
}
