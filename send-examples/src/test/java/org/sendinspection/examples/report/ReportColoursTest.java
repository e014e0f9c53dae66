package org.sendinspection.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's colours meet WCAG 2.2 AA: text 4.5:1 against its background (success criterion 1.4.3) and
 * the chart's lines and markers 3:1 against white (1.4.11, non-text contrast). Contrast is computed as
 * WCAG 2.2 defines it, from the colours the style sheet and the chart actually use.
 */
class ReportColoursTest {
  private static final Pattern VARIABLE = Pattern.compile("--([a-z]+):\\s*(#[0-9a-fA-F]{6})");

  @Test
  void every_text_colour_reaches_4_5_to_1_on_its_background() throws IOException {
    Map<String, String> colours = variables();
    List<String[]> pairs = List.of(
        new String[] {"ink", "#ffffff"}, new String[] {"ink", "panel"}, new String[] {"muted", "#ffffff"},
        new String[] {"muted", "panel"}, new String[] {"link", "#ffffff"}, new String[] {"link", "panel"},
        new String[] {"#ffffff", "banner"}, new String[] {"dispute", "#ffffff"}, new String[] {"ink", "focus"},
        new String[] {"ink", "#fafafa"}, new String[] {"muted", "#fafafa"}, new String[] {"link", "#fafafa"});
    for (String[] pair : pairs) {
      double ratio = contrast(colour(colours, pair[0]), colour(colours, pair[1]));
      assertTrue(ratio >= 4.5, pair[0] + " on " + pair[1] + ": " + String.format("%.2f", ratio) + ":1");
    }
  }

  @Test
  void the_chart_s_series_reach_3_to_1_against_white() {
    assertEquals(4, OutcomesChart.PALETTE.size());
    for (String colour : OutcomesChart.PALETTE) {
      double ratio = contrast(colour, "#ffffff");
      assertTrue(ratio >= 3.0, colour + " on white: " + String.format("%.2f", ratio) + ":1");
    }
  }

  @Test
  void contrast_is_computed_as_wcag_defines_it() {
    assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    assertEquals(4.54, contrast("#767676", "#ffffff"), 0.01);
  }

  private static Map<String, String> variables() throws IOException {
    try (InputStream in = ReportColoursTest.class.getResourceAsStream("/org/sendinspection/examples/report/report.css")) {
      Matcher m = VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, String> found = new HashMap<>();
      while (m.find()) {
        found.put(m.group(1), m.group(2));
      }
      assertTrue(found.size() >= 8, "the style sheet's colour variables: " + found);
      return found;
    }
  }

  private static String colour(Map<String, String> variables, String name) {
    return name.startsWith("#") ? name : java.util.Objects.requireNonNull(variables.get(name), name);
  }

  static double contrast(String a, String b) {
    double x = luminance(a);
    double y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
