package org.sendinspection.examples.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The few SVG elements a timeline needs, with a scale from days to x positions, and text escaped.
 *
 * <p>Not thread-safe; one canvas draws one picture.
 */
final class SvgCanvas {
  private final StringBuilder body = new StringBuilder();
  private final LocalDate from;
  private final LocalDate to;
  private final double left;
  private final double right;

  SvgCanvas(LocalDate from, LocalDate to, double left, double right) {
    this.from = from;
    this.to = to;
    this.left = left;
    this.right = right;
  }

  /** The x position of a day. */
  double x(LocalDate day) {
    double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
    return left + (right - left) * ChronoUnit.DAYS.between(from, day) / span;
  }

  LocalDate from() {
    return from;
  }

  LocalDate to() {
    return to;
  }

  double left() {
    return left;
  }

  double right() {
    return right;
  }

  void rect(double x, double y, double width, double height, String style) {
    body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" %s/>%n",
        x, y, Math.max(width, 1), height, style));
  }

  void line(double x1, double y1, double x2, double y2, String style) {
    body.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>%n",
        x1, y1, x2, y2, style));
  }

  void circle(double cx, double cy, double r, String style) {
    body.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" %s/>%n", cx, cy, r, style));
  }

  void diamond(double cx, double cy, double r, String style) {
    body.append(String.format(Locale.ROOT,
        "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" %s/>%n",
        cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy, style));
  }

  /** Text at a point; anchor is start, middle or end. */
  void text(double x, double y, String text, String anchor, String style) {
    body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>%n",
        x, y, anchor, style, escape(text)));
  }

  /** A hover note for the element drawn next, as SVG's title element. */
  void group(String title, Runnable draw) {
    body.append("<g><title>").append(escape(title)).append("</title>\n");
    draw.run();
    body.append("</g>\n");
  }

  /** The whole document. */
  String document(double width, double height) {
    return String.format(Locale.ROOT,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
            + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n"
            + "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n%s</svg>%n",
        width, height, width, height, width, height, body);
  }

  /** A rough width of text at the default size, for keeping labels apart. */
  static double widthOf(String text, double fontSize) {
    return text.length() * fontSize * 0.56;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
