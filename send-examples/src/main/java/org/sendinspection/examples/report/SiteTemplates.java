package org.sendinspection.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The report's Mustache templates, read from the jar. Values are HTML-escaped unless a template uses
 * triple braces, which it does only for the markup this package itself builds (the page body, the SVG
 * pictures, the style sheet and the script). Thread-safe once built.
 */
final class SiteTemplates {
  private static final String FOLDER = "org/sendinspection/examples/report/";

  private final MustacheFactory factory = new DefaultMustacheFactory(FOLDER);
  private final Mustache page = factory.compile("page.mustache");
  private final Mustache figures = factory.compile("figures.mustache");
  private final Mustache area = factory.compile("area.mustache");
  private final String css = text("report.css");
  private final String script = text("report.js");

  /** The national or a region's page body. */
  String figures(Map<String, Object> model) {
    return render(figures, model);
  }

  /** An area's page body. */
  String area(Map<String, Object> model) {
    return render(area, model);
  }

  /**
   * A whole page around a body.
   *
   * @param model the page's title, crumbs, root and footer values; not null
   * @param body the page's content, already rendered; not null
   */
  String page(Map<String, Object> model, String body) {
    Map<String, Object> values = new java.util.HashMap<>(model);
    values.put("body", Objects.requireNonNull(body, "body"));
    values.put("css", css);
    values.put("script", script);
    return render(page, values);
  }

  private static String text(String name) {
    try (InputStream in = SiteTemplates.class.getResourceAsStream("/" + FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String render(Mustache template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    template.execute(out, model);
    return out.toString();
  }
}
