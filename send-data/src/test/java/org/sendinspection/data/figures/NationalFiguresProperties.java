package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;

/** Properties of the figures over generated sets of synthetic records, of every shape. */
class NationalFiguresProperties {
  private static final int TRIES = 100;
  // Records of every shape: some areas inspected under 2016 alone, some under 2016 and then 2023, some
  // under 2023 alone, which the 2016 framework's figures leave out.
  private static final Gen<List<AreaRecord>> NATIONS = AreaRecordGenerator.any().list(0, 60);
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
  void outcomes_partition_the_published_revisits_and_statements_are_revisited_awaiting_or_superseded() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        FigureScope scope = FigureScope.national().asOf(day);
        NationalFigures f = NationalFigures.of(records, scope);
        assertEquals(f.revisitsPublished(),
            f.revisitsAllSufficient() + f.revisitsSomeSufficient() + f.revisitsNoneSufficient());
        // A statement not revisited when the area's next full inspection (under either framework) began
        // is no longer awaiting its revisit: it still counts as required.
        assertEquals(f.writtenStatementsRequired(),
            f.revisitsCarriedOut() + f.awaitingRevisit() + supersededBeforeRevisit(records, scope), day.toString());
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
        for (LocalAreaSendInspection i : inspections2016(record)) {
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
  void without_an_as_of_day_every_area_inspected_under_2016_counts_even_where_a_2023_inspection_followed() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> assertEquals(
        records.stream().filter(r -> !inspections2016(r).isEmpty()).count(),
        NationalFigures.of(records, FigureScope.national()).areasInspected()));
  }

  @Test
  void a_2023_inspection_changes_no_2016_figure_but_what_it_supersedes() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      List<AreaRecord> only2016 = records.stream().<AreaRecord>map(r -> AreaRecord.builder().from(r)
          .inspections(inspections2016(r)).build()).toList();
      for (LocalDate day : DAYS) {
        NationalFigures both = NationalFigures.of(records, FigureScope.national().asOf(day));
        NationalFigures alone = NationalFigures.of(only2016, FigureScope.national().asOf(day));
        for (ToIntFunction<NationalFigures> figure : CUMULATIVE) {
          assertEquals(figure.applyAsInt(alone), figure.applyAsInt(both), day + "\n" + both + "\n" + alone);
        }
        assertTrue(both.awaitingRevisit() <= alone.awaitingRevisit(), "a later inspection only supersedes");
      }
    });
  }

  /** Published 2016 inspections requiring a statement, not revisited by the scope's day, whose next inspection had begun. */
  private static int supersededBeforeRevisit(List<AreaRecord> records, FigureScope scope) {
    int superseded = 0;
    for (AreaRecord record : records) {
      List<Inspection> inspections = record.getInspections();
      for (int i = 0; i + 1 < inspections.size(); i++) {
        Optional<LocalAreaSendInspection> found = inspections.get(i).asLocalAreaSend2016();
        if (found.isPresent() && scope.counts(found.get().getPublishedOn())
            && found.get().getWrittenStatement().isPresent()
            && found.get().getRevisit().filter(r -> scope.counts(r.getOnSiteStart())).isEmpty()
            && scope.counts(inspections.get(i + 1).begunBy())) {
          superseded++;
        }
      }
    }
    return superseded;
  }

  private static List<LocalAreaSendInspection> inspections2016(AreaRecord record) {
    return record.getInspections().stream().flatMap(i -> i.asLocalAreaSend2016().stream()).toList();
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
