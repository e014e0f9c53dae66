package org.sendinspection.model.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.RevisitSummary;
import org.sendinspection.model.validation.BeanValidation;

/** Properties every generated record has, over {@value #TRIES} seeds each. */
class GeneratedRecordProperties {
  static final int TRIES = 300;
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  @Test
  void every_generated_record_satisfies_every_field_constraint() {
    PropertyCheck.forAll(AreaRecordGenerator.any()).tries(TRIES)
        .check(record -> assertEquals(List.of(), BeanValidation.violations(record)));
  }

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
      if (shape == Shape.NOT_INSPECTED) {
        assertTrue(record.getInspections().isEmpty());
        return;
      }
      LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
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
        .flatMap(i -> ((LocalAreaSendInspection) i).significantWeaknessTotal().stream()).collect(Collectors.toSet());
    assertTrue(weaknessCounts.containsAll(Set.of(0, 1, 2, 3, 4, 5, 6)), "weakness counts " + weaknessCounts);
    assertTrue(many.stream().anyMatch(r -> CODEC.write(r).contains(AreaRecordGenerator.DISPUTING_SOURCE_ID
        + "\"")), "some record has a disputed date");
  }
}
