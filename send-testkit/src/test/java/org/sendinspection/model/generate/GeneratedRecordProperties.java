package org.sendinspection.model.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.CoverageState;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.RevisitSummary;

/** Properties every generated record has, over {@value #TRIES} seeds each. */
class GeneratedRecordProperties {
  static final int TRIES = 300;
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  @Test
  void json_round_trip_is_lossless_for_every_generated_record() {
    PropertyCheck.forAll(AreaRecordGenerator.any()).tries(TRIES)
        .check(record -> assertEquals(record, CODEC.read(CODEC.write(record))));
  }

  @Test
  void writing_is_stable_a_record_read_back_writes_the_same_text() {
    PropertyCheck.forAll(AreaRecordGenerator.any()).tries(TRIES).check(record -> {
      String once = CODEC.write(record);
      assertEquals(once, CODEC.write(CODEC.read(once)));
    });
  }

  @Test
  void the_same_seed_gives_the_same_record() {
    for (long seed = 0; seed < TRIES; seed++) {
      assertEquals(AreaRecordGenerator.any().generate(seed), AreaRecordGenerator.any().generate(seed));
    }
  }

  @Test
  void a_national_set_has_distinct_areas_and_is_reproducible() {
    List<AreaRecord> nation = AreaRecordGenerator.any().generateMany(7L, 150);
    Set<String> codes = nation.stream().map(r -> r.getArea().getCode()).collect(Collectors.toSet());
    assertEquals(150, codes.size());
    assertEquals(nation, AreaRecordGenerator.any().generateMany(7L, 150));
    assertTrue(codes.stream().allMatch(c -> c.startsWith("E99")), "synthetic codes start E99");
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void each_shape_generates_records_of_that_shape(Shape shape) {
    PropertyCheck.forAll(AreaRecordGenerator.any().withShapes(shape)).tries(60).check(record -> {
      // The shape is the 2016-framework journey; a 2023-framework inspection may follow it.
      List<LocalAreaSendInspection> under2016 = record.getInspections().stream()
          .filter(LocalAreaSendInspection.class::isInstance).map(LocalAreaSendInspection.class::cast)
          .collect(Collectors.toList());
      if (shape == Shape.NOT_INSPECTED) {
        assertTrue(under2016.isEmpty());
        return;
      }
      LocalAreaSendInspection inspection = under2016.get(0);
      inspection.significantWeaknessTotal().ifPresent(n -> assertEquals(shape.hasWeaknesses(), n > 0));
      assertEquals(shape.hasWeaknesses(), inspection.getWrittenStatement().isPresent());
      assertEquals(shape.isRevisited(), inspection.getRevisit().isPresent());
      boolean accepted = inspection.getWrittenStatement().flatMap(w -> w.acceptance()).isPresent();
      assertEquals(shape.ordinal() >= Shape.NOT_FIT_THEN_FIT.ordinal(), accepted);
      inspection.getRevisit().ifPresent(revisit -> assertEquals(
          shape == Shape.REVISIT_ALL_SUFFICIENT ? RevisitSummary.ALL
              : shape == Shape.REVISIT_NONE_SUFFICIENT ? RevisitSummary.NONE : RevisitSummary.SOME,
          revisit.summary()));
    });
  }

  @ParameterizedTest
  @EnumSource(Detail.class)
  void each_level_of_detail_is_generated(Detail detail) {
    PropertyCheck.forAll(AreaRecordGenerator.any().withDetail(detail).withShapes(Shape.REVISIT_SOME_SUFFICIENT))
        .tries(60).check(record -> {
          LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
          assertEquals(detail == Detail.PER_WEAKNESS, inspection.hasWeaknessesInDetail());
          assertEquals(detail == Detail.PER_WEAKNESS, inspection.getRevisit().get().hasOutcomesPerWeakness());
        });
  }

  @Test
  void partner_changes_hand_over_from_groups_to_boards_on_1_july_2022() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withPartnerChanges()).tries(100).check(record -> {
      var before = record.getArea().partnersOn(AreaRecordGenerator.ICB_START.minusDays(1));
      var after = record.getArea().partnersOn(AreaRecordGenerator.ICB_START);
      assertTrue(before.stream().noneMatch(p -> p.getName().contains("Integrated Care Board")));
      assertTrue(after.stream().noneMatch(p -> p.getName().contains("Clinical Commissioning Group")));
      assertTrue(after.stream().anyMatch(p -> p.getName().contains("Integrated Care Board")));
    });
  }

  @Test
  void every_shape_and_disputed_dates_turn_up_in_the_default_mix() {
    List<AreaRecord> many = AreaRecordGenerator.any().generateMany(1L, 600);
    Set<Integer> weaknessCounts = many.stream().flatMap(r -> r.getInspections().stream())
        .filter(LocalAreaSendInspection.class::isInstance)
        .flatMap(i -> ((LocalAreaSendInspection) i).significantWeaknessTotal().stream()).collect(Collectors.toSet());
    assertTrue(weaknessCounts.containsAll(Set.of(0, 1, 2, 3, 4, 5, 6)), "weakness counts " + weaknessCounts);
    assertTrue(many.stream().anyMatch(r -> CODEC.write(r).contains(AreaRecordGenerator.DISPUTING_SOURCE_ID
        + "\"")), "some record has a disputed date");
  }

  @Test
  void the_default_mix_holds_both_frameworks_and_every_kind_of_fact() {
    List<AreaRecord> many = AreaRecordGenerator.any().generateMany(2L, 600);
    List<LocalAreaSendInspection> under2016 = many.stream().flatMap(r -> r.getInspections().stream())
        .filter(LocalAreaSendInspection.class::isInstance).map(LocalAreaSendInspection.class::cast)
        .collect(Collectors.toList());
    List<AreaSendInspection> under2023 = many.stream().flatMap(r -> r.getInspections().stream())
        .filter(AreaSendInspection.class::isInstance).map(AreaSendInspection.class::cast)
        .collect(Collectors.toList());
    assertEquals(EnumSet.allOf(AreaSendOutcome.class), under2023.stream().map(AreaSendInspection::getOutcome)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AreaSendOutcome.class))));
    assertTrue(under2016.stream().anyMatch(i -> i.getRevisit().isPresent()), "revisits");
    assertTrue(under2016.stream().anyMatch(i -> i.getNextSteps().isPresent()), "next steps");
    assertTrue(under2016.stream().anyMatch(i -> i.getReportReceivedOn().isPresent()), "2016 report received");
    assertTrue(under2016.stream().anyMatch(i -> !i.getInspectors().isEmpty()), "2016 inspectors");
    assertTrue(under2016.stream().anyMatch(i -> i.getRevisitCoverage().getState() == CoverageState.RECORDED_UNTIL),
        "revisits recorded until a day");
    assertTrue(under2016.stream().anyMatch(i -> i.getRevisitCoverage().getState() == CoverageState.NOT_RECORDED),
        "revisits not recorded");
    assertTrue(under2023.stream().anyMatch(i -> i.getReportReceivedOn().isPresent()), "2023 report received");
    assertTrue(under2023.stream().anyMatch(i -> !i.getInspectors().isEmpty()), "2023 inspectors");
    assertTrue(under2023.stream().anyMatch(i -> i.getNextInspectionAsStated().isPresent()), "next inspection stated");
    assertTrue(under2023.stream().anyMatch(i -> i.getAreasForPriorityActionCount().isPresent()),
        "areas for priority action counted only");
    assertTrue(under2023.stream().anyMatch(i -> !i.getMonitoringInspections().isEmpty()), "monitoring inspections");
    assertTrue(under2023.stream().anyMatch(i -> i.getMonitoringCoverage().getState() == CoverageState.RECORDED_UNTIL),
        "monitoring recorded until a day");
    String all = many.stream().map(CODEC::write).collect(Collectors.joining("\n"));
    assertTrue(all.contains("\"precision\" : \"month\""), "dates known to the month");
    assertTrue(all.contains("\"bound\" : \"on-or-before\""), "dates known as on or before");
    assertTrue(all.contains("\"reportReceivedOn\""), "reportReceivedOn written");
  }

  @Test
  void framework2016_gives_no_2023_inspections_and_none_of_the_rarer_facts() {
    List<AreaRecord> many = AreaRecordGenerator.framework2016().generateMany(2L, 300);
    assertTrue(many.stream().flatMap(r -> r.getInspections().stream()).allMatch(LocalAreaSendInspection.class::isInstance));
    assertTrue(many.stream().flatMap(r -> r.getInspections().stream()).map(LocalAreaSendInspection.class::cast)
        .allMatch(i -> i.getReportReceivedOn().isEmpty() && i.getInspectors().isEmpty()));
  }
}
