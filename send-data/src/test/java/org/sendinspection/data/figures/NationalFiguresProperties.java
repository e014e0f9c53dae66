package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;

/** Properties of the figures over generated sets of synthetic records, of every shape. */
class NationalFiguresProperties {
  private static final int TRIES = 100;
  // The 2016 framework's figures over records of that framework alone, with every kind of fact it has.
  private static final Gen<List<AreaRecord>> NATIONS = AreaRecordGenerator.any().withAreaSendInspections(0).list(0, 60);
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2016, 4, 30), LocalDate.of(2017, 6, 30),
      LocalDate.of(2019, 12, 31), LocalDate.of(2020, 3, 17), LocalDate.of(2021, 9, 1),
      LocalDate.of(2022, 8, 31), LocalDate.of(2030, 1, 1));

  /** Every figure that can only grow as time passes; the one that can fall (awaiting revisit) is left out. */
  private static final List<ToIntFunction<NationalFigures>> CUMULATIVE = List.of(
      NationalFigures::areasInspected, NationalFigures::inspectionsPublished,
      NationalFigures::writtenStatementsRequired, NationalFigures::significantWeaknesses,
      NationalFigures::revisitsCarriedOut, NationalFigures::revisitsPublished,
      NationalFigures::revisitsAllSufficient, NationalFigures::revisitsSomeSufficient,
      NationalFigures::revisitsNoneSufficient, NationalFigures::weaknessesSufficientProgress,
      NationalFigures::weaknessesNotSufficientProgress);

  private static final List<ToIntFunction<NationalFigures>> ALL = List.of(
      NationalFigures::areasInspected, NationalFigures::inspectionsPublished,
      NationalFigures::writtenStatementsRequired, NationalFigures::significantWeaknesses,
      NationalFigures::revisitsCarriedOut, NationalFigures::revisitsPublished,
      NationalFigures::revisitsAllSufficient, NationalFigures::revisitsSomeSufficient,
      NationalFigures::revisitsNoneSufficient, NationalFigures::weaknessesSufficientProgress,
      NationalFigures::weaknessesNotSufficientProgress, NationalFigures::awaitingRevisit);

  @Test
  void the_regions_figures_add_up_to_the_national_ones_on_every_day() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        NationalFigures nation = NationalFigures.of(records, FigureScope.national().asOf(day));
        for (ToIntFunction<NationalFigures> figure : ALL) {
          int sum = 0;
          for (OfstedRegion region : OfstedRegion.values()) {
            sum += figure.applyAsInt(NationalFigures.of(records, FigureScope.national().inRegion(region).asOf(day)));
          }
          assertEquals(figure.applyAsInt(nation), sum, day.toString());
        }
      }
    });
  }

  @Test
  void cumulative_figures_never_fall_as_the_as_of_day_moves_on() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (int i = 1; i < DAYS.size(); i++) {
        NationalFigures before = NationalFigures.of(records, FigureScope.national().asOf(DAYS.get(i - 1)));
        NationalFigures after = NationalFigures.of(records, FigureScope.national().asOf(DAYS.get(i)));
        for (ToIntFunction<NationalFigures> figure : CUMULATIVE) {
          assertTrue(figure.applyAsInt(before) <= figure.applyAsInt(after), before + "\n" + after);
        }
      }
    });
  }

  @Test
  void outcomes_partition_the_published_revisits_and_statements_are_revisited_or_awaiting() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        NationalFigures f = NationalFigures.of(records, FigureScope.national().asOf(day));
        assertEquals(f.revisitsPublished(),
            f.revisitsAllSufficient() + f.revisitsSomeSufficient() + f.revisitsNoneSufficient());
        assertEquals(f.writtenStatementsRequired(), f.revisitsCarriedOut() + f.awaitingRevisit());
        assertTrue(f.revisitsPublished() <= f.revisitsCarriedOut());
        assertTrue(f.inspectionsPublished() <= f.areasInspected());
      }
    });
  }

  @Test
  void progress_counts_at_published_revisits_add_up_to_the_weaknesses_those_inspections_found() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      NationalFigures f = NationalFigures.of(records, FigureScope.national());
      int found = 0;
      for (AreaRecord record : records) {
        for (var inspection : record.getInspections()) {
          LocalAreaSendInspection i = (LocalAreaSendInspection) inspection;
          if (i.getPublishedOn().isPresent()
              && i.getRevisit().filter(r -> r.getPublishedOn().isPresent()).isPresent()) {
            found += i.getRevisit().get().sufficientCount() + i.getRevisit().get().notSufficientCount();
          }
        }
      }
      assertEquals(found, f.weaknessesSufficientProgress() + f.weaknessesNotSufficientProgress());
    });
  }

  @Test
  void without_an_as_of_day_every_inspected_area_counts() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> assertEquals(
        records.stream().filter(r -> !r.getInspections().isEmpty()).count(),
        NationalFigures.of(records, FigureScope.national()).areasInspected()));
  }

  @Test
  void before_the_framework_began_nothing_counts() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      FigureScope before = FigureScope.national().asOf(LocalDate.of(2016, 4, 30));
      assertEquals(new NationalFigures(before, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
          NationalFigures.of(records, before));
    });
  }
}
