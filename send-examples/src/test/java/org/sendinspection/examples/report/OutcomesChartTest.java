package org.sendinspection.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.record.AreaRecord;

/** The chart counts, at the end of each year, what the figures count as of that day. */
class OutcomesChartTest {
  private static final List<AreaRecord> RECORDS =
      List.of(ExampleRecords.essex(), ExampleRecords.southendOnSea(), ExampleRecords.suffolk());

  @Test
  void each_point_is_the_figures_as_of_its_day() {
    LocalDate last = LocalDate.of(2022, 8, 31);
    OutcomesChart chart = OutcomesChart.of(RECORDS, FigureScope.national(), 2016, last);

    assertEquals(LocalDate.of(2016, 12, 31), chart.days().get(0));
    assertEquals(last, chart.days().get(chart.days().size() - 1));
    assertEquals(7, chart.days().size());
    for (int i = 0; i < chart.days().size(); i++) {
      NationalFigures figures = NationalFigures.of(RECORDS, FigureScope.national().asOf(chart.days().get(i)));
      assertEquals(figures.inspectionsPublished(), chart.values().get(i).get(0), chart.days().get(i).toString());
      assertEquals(figures.writtenStatementsRequired(), chart.values().get(i).get(1));
      assertEquals(figures.revisitsPublished(), chart.values().get(i).get(2));
    }
    // Counts of what had happened never fall.
    for (int s = 0; s < chart.series().size(); s++) {
      for (int i = 1; i < chart.days().size(); i++) {
        assertTrue(chart.values().get(i).get(s) >= chart.values().get(i - 1).get(s), chart.series().get(s));
      }
    }
    assertEquals(3, chart.values().get(chart.days().size() - 1).get(0), "three areas' 2016 reports by 2022");
  }

  @Test
  void the_picture_names_each_series_and_labels_the_last_day() {
    String svg = OutcomesChart.of(RECORDS, FigureScope.national(), 2016, LocalDate.of(2022, 8, 31)).svg();

    assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
    assertTrue(svg.contains("role=\"img\""));
    assertTrue(svg.contains(">2022-08-31</text>"), svg);
    assertTrue(svg.contains(">2016 framework: written statements of action required</text>"));
  }

  @Test
  void a_chart_needs_a_row_of_values_for_each_day() {
    assertThrows(IllegalArgumentException.class,
        () -> new OutcomesChart(List.of(LocalDate.of(2020, 1, 1)), List.of("a"), List.of()));
  }

  @Test
  void a_heading_names_a_kind_in_words() {
    assertEquals("Written statement of action due", AreaPage.title("WSOA_DUE"));
    assertEquals("Quarterly visits ceased", AreaPage.title("QUARTERLY_VISITS_CEASED"));
  }
}
