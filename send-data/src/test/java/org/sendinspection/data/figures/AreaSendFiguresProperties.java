package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;

/** Properties of the 2023-framework figures over generated sets of records with inspections of every outcome. */
class AreaSendFiguresProperties {
  private static final int TRIES = 100;
  private static final Gen<List<AreaRecord>> NATIONS =
      AreaRecordGenerator.any().withAreaSendInspections(70).list(0, 60);
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 8, 31),
      LocalDate.of(2024, 6, 30), LocalDate.of(2025, 12, 31), LocalDate.of(2030, 1, 1));

  private static final List<ToIntFunction<AreaSendFigures>> ALL = List.of(
      AreaSendFigures::inspectionsBegun, AreaSendFigures::reportsPublished, AreaSendFigures::positive,
      AreaSendFigures::inconsistent, AreaSendFigures::widespreadOrSystemicFailings,
      AreaSendFigures::priorityActionPlansRequired, AreaSendFigures::strategicPlanUpdatesRequested,
      AreaSendFigures::areasForPriorityAction, AreaSendFigures::outcome3WithoutAreaCount);

  @Test
  void the_regions_figures_add_up_to_the_national_ones_on_every_day() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        AreaSendFigures nation = AreaSendFigures.of(records, FigureScope.national().asOf(day));
        for (ToIntFunction<AreaSendFigures> figure : ALL) {
          int sum = 0;
          for (OfstedRegion region : OfstedRegion.values()) {
            sum += figure.applyAsInt(AreaSendFigures.of(records, FigureScope.national().inRegion(region).asOf(day)));
          }
          assertEquals(figure.applyAsInt(nation), sum, day.toString());
        }
      }
    });
  }

  @Test
  void every_figure_only_grows_as_the_as_of_day_moves_on() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (int i = 1; i < DAYS.size(); i++) {
        AreaSendFigures before = AreaSendFigures.of(records, FigureScope.national().asOf(DAYS.get(i - 1)));
        AreaSendFigures after = AreaSendFigures.of(records, FigureScope.national().asOf(DAYS.get(i)));
        for (ToIntFunction<AreaSendFigures> figure : ALL) {
          assertTrue(figure.applyAsInt(before) <= figure.applyAsInt(after), before + "\n" + after);
        }
      }
    });
  }

  @Test
  void outcomes_partition_the_published_reports_and_each_carries_its_requirement() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      for (LocalDate day : DAYS) {
        AreaSendFigures f = AreaSendFigures.of(records, FigureScope.national().asOf(day));
        assertEquals(f.reportsPublished(), f.positive() + f.inconsistent() + f.widespreadOrSystemicFailings());
        assertEquals(f.widespreadOrSystemicFailings(), f.priorityActionPlansRequired());
        assertEquals(f.positive() + f.inconsistent(), f.strategicPlanUpdatesRequested());
        assertTrue(f.reportsPublished() <= f.inspectionsBegun());
      }
    });
  }

  @Test
  void areas_for_priority_action_are_those_the_published_reports_list() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      int listed = 0;
      for (AreaRecord record : records) {
        for (var inspection : record.getInspections()) {
          if (inspection.framework() == FrameworkVersion.AREA_SEND_2023 && inspection.getPublishedOn().isPresent()) {
            listed += ((AreaSendInspection) inspection).getAreasForPriorityAction().size();
          }
        }
      }
      AreaSendFigures f = AreaSendFigures.of(records, FigureScope.national());
      assertEquals(listed, f.areasForPriorityAction());
      assertEquals(0, f.outcome3WithoutAreaCount(), "generated reports list their areas");
    });
  }

  @Test
  void before_the_framework_began_nothing_counts() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      FigureScope before = FigureScope.national().asOf(LocalDate.of(2022, 12, 31));
      assertEquals(new AreaSendFigures(before, 0, 0, 0, 0, 0, 0, 0, 0, 0), AreaSendFigures.of(records, before));
    });
  }
}
