package org.sendinspection.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.model.record.AreaRecord;

/**
 * Outcomes and journeys over time: for the end of each year (the last point is the as-of day), how many
 * 2016-framework reports had been published, how many of them required a written statement of action,
 * how many revisit letters had been published and how many 2023-framework reports, each counted as
 * {@link NationalFigures} and {@link AreaSendFigures} count them as of that day. Drawn as inline SVG: one
 * line per series in the Okabe-Ito palette, each also with its own marker shape and dash, so that the
 * series are told apart without colour.
 *
 * @param days the days counted, in order; never empty
 * @param series the series' names
 * @param values for each day, the value of each series
 */
record OutcomesChart(List<LocalDate> days, List<String> series, List<List<Integer>> values) {
  /** Okabe-Ito blue, vermilion, bluish green and black: told apart with every common colour-vision deficiency. */
  static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#000000");
  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};
  private static final double WIDTH = 760;
  private static final double HEIGHT = 380;
  private static final double LEFT = 56;
  private static final double RIGHT = 48;
  private static final double TOP = 20;
  private static final double BOTTOM = 130;

  OutcomesChart {
    days = List.copyOf(days);
    series = List.copyOf(series);
    values = values.stream().map(List::copyOf).toList();
    if (days.isEmpty() || days.size() != values.size()) {
      throw new IllegalArgumentException("a chart needs one row of values per day; found " + days.size()
          + " days and " + values.size() + " rows");
    }
  }

  /**
   * Counts the series at the end of each year from the first year with a recorded step to the last day.
   *
   * @param records the records; not null
   * @param scope the region and claim policy (its as-of day is replaced by each day counted); not null
   * @param firstYear the first year counted
   * @param lastDay the last day counted
   * @return the chart
   */
  static OutcomesChart of(List<AreaRecord> records, FigureScope scope, int firstYear, LocalDate lastDay) {
    Objects.requireNonNull(records, "records");
    List<LocalDate> days = new ArrayList<>();
    for (int year = Math.min(firstYear, lastDay.getYear()); year < lastDay.getYear(); year++) {
      days.add(LocalDate.of(year, 12, 31));
    }
    days.add(lastDay);
    List<List<Integer>> values = new ArrayList<>();
    for (LocalDate day : days) {
      FigureScope counted = scope.asOf(day);
      NationalFigures f2016 = NationalFigures.of(records, counted);
      AreaSendFigures f2023 = AreaSendFigures.of(records, counted);
      values.add(List.of(f2016.inspectionsPublished(), f2016.writtenStatementsRequired(), f2016.revisitsPublished(),
          f2023.reportsPublished()));
    }
    return new OutcomesChart(days, List.of("2016 framework: reports published",
        "2016 framework: written statements of action required", "2016 framework: revisit letters published",
        "2023 framework: reports published"), values);
  }

  /** The label of a day: its year, or the day itself where it is not the end of a year. */
  String label(LocalDate day) {
    return day.getMonthValue() == 12 && day.getDayOfMonth() == 31 ? String.valueOf(day.getYear()) : day.toString();
  }

  /** The chart as an SVG element to place in a page, with a title and description for screen readers. */
  String svg() {
    int max = Math.max(1, values.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(1));
    int step = niceStep(max);
    int top = ((max + step - 1) / step) * step;
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
        + "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
        + "font-family=\"system-ui, Helvetica, Arial, sans-serif\" font-size=\"13\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append("<title id=\"chart-title\">Outcomes and journeys over time</title>\n");
    svg.append("<desc id=\"chart-desc\">").append(escape(description())).append("</desc>\n");
    for (int v = 0; v <= top; v += step) {
      double y = TOP + plotHeight - plotHeight * v / top;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d3d4\"/>"
          + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#0b0c0c\">%d</text>%n",
          LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, v));
    }
    for (int i = 0; i < days.size(); i++) {
      double x = x(i, plotWidth);
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#0b0c0c\">%s</text>%n",
          x, TOP + plotHeight + 18, escape(label(days.get(i)))));
    }
    for (int s = 0; s < series.size(); s++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < days.size(); i++) {
        double y = TOP + plotHeight - plotHeight * values.get(i).get(s) / top;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, plotWidth), y));
      }
      String colour = PALETTE.get(s % PALETTE.size());
      svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s points=\"%s\"/>%n",
          colour, DASHES[s % DASHES.length].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[s % DASHES.length] + "\"",
          points.toString().trim()));
      for (int i = 0; i < days.size(); i++) {
        double y = TOP + plotHeight - plotHeight * values.get(i).get(s) / top;
        svg.append(marker(s, x(i, plotWidth), y, colour, series.get(s) + ", " + label(days.get(i)) + ": "
            + values.get(i).get(s)));
      }
    }
    for (int s = 0; s < series.size(); s++) {
      double lx = LEFT;
      double ly = HEIGHT - BOTTOM + 40 + s * 22;
      String colour = PALETTE.get(s % PALETTE.size());
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
          + "stroke-width=\"2.5\"%s/>", lx, ly, lx + 34, ly, colour,
          DASHES[s % DASHES.length].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[s % DASHES.length] + "\""));
      svg.append(marker(s, lx + 17, ly, colour, series.get(s)));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#0b0c0c\">%s</text>%n", lx + 42, ly + 4,
          escape(series.get(s))));
    }
    return svg.append("</svg>").toString();
  }

  /** The chart in words, for a screen reader. */
  String description() {
    List<Integer> last = values.get(values.size() - 1);
    StringBuilder text = new StringBuilder("Cumulative counts at the end of each year from ")
        .append(label(days.get(0))).append(" to ").append(days.get(days.size() - 1)).append(". By then: ");
    for (int s = 0; s < series.size(); s++) {
      text.append(s == 0 ? "" : "; ").append(series.get(s)).append(' ').append(last.get(s));
    }
    return text.append(". The table below the chart gives every value.").toString();
  }

  private double x(int index, double plotWidth) {
    return days.size() == 1 ? LEFT + plotWidth / 2 : LEFT + 10 + (plotWidth - 20) * index / (days.size() - 1);
  }

  private static String marker(int series, double x, double y, String colour, String title) {
    String shape = switch (series % 4) {
      case 0 -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\"", x, y);
      case 1 -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"9\" height=\"9\"", x - 4.5, y - 4.5);
      case 2 -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\"",
          x, y - 6, x + 5.5, y + 4, x - 5.5, y + 4);
      default -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"",
          x, y - 6, x + 6, y, x, y + 6, x - 6, y);
    };
    String element = shape.substring(1, shape.indexOf(' '));
    return shape + " fill=\"" + colour + "\" stroke=\"#ffffff\"><title>" + escape(title) + "</title></" + element
        + ">\n";
  }

  private static int niceStep(int max) {
    int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    for (int step : steps) {
      if (max / step <= 6) {
        return step;
      }
    }
    return 2000;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
