package org.sendinspection.examples.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.DisputedDatePolicy;

/**
 * Draws an area record as an SVG timeline a person reads at a glance: the partners over time, and
 * for each inspection its steps (inspection, report, written statement of action with its submissions
 * and evaluations, revisit) on one line with the waits between them shaded, then one row per
 * significant weakness ending in its revisit outcome.
 *
 * <p>A date the sources disagree on is drawn at the claim the rules take under the chosen {@link
 * DisputedDatePolicy} (as {@code send explain} places it), with a red bracket from its earliest to its
 * latest claim, and its label names every claim. Every mark carries a hover note with the step and its sources. Thread-safe.
 */
public final class TimelineSvg {
  private static final double WIDTH = 1280;
  private static final double LABELS = 300;
  private static final double MARGIN = 60;
  /** Room right of the time axis for the outcome of each weakness. */
  private static final double RIGHT = 190;
  private static final double JOURNEY_HEIGHT = 200;
  /** Label levels above (negative) and below the journey line, tried in this order. */
  private static final double[] LEVELS = {-20, 30, -36, 46, -52, 62, -68, 78, -84, 94};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final String GREEN = "#1b7f3b";
  private static final String RED = "#c0392b";
  private static final String BLUE = "#1f5fa8";
  private static final String AMBER = "#b9770e";
  private static final String PURPLE = "#6c3483";
  private static final String GREY = "#555555";

  private final AreaRecord record;
  private final SvgCanvas canvas;
  private final DisputedDatePolicy claims;
  private double y;

  private TimelineSvg(AreaRecord record, SvgCanvas canvas, DisputedDatePolicy claims) {
    this.record = record;
    this.canvas = canvas;
    this.claims = claims;
  }

  /**
   * The SVG picture of a record.
   *
   * @param record the record; not null
   * @return the SVG document
   * @throws IllegalArgumentException if the record has no dated step to draw
   */
  public static String of(AreaRecord record) {
    return of(record, DisputedDatePolicy.MOST_CORROBORATED);
  }

  /**
   * The SVG picture of a record, placing each disputed step at the claim a policy takes.
   *
   * @param record the record; not null
   * @param claims which claim places a disputed step; not null
   * @return the SVG document
   * @throws IllegalArgumentException if the record has no dated step to draw
   */
  public static String of(AreaRecord record, DisputedDatePolicy claims) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(claims, "claims");
    RecordTimeline timeline = RecordTimeline.of(record);
    LocalDate first = timeline.first().orElseThrow(() -> new IllegalArgumentException(
        "the record of " + record.getArea().getName() + " has no dated step to draw"));
    LocalDate last = timeline.last().orElseThrow();
    LocalDate from = first.minusMonths(2).withDayOfMonth(1);
    LocalDate to = last.plusMonths(3).withDayOfMonth(1);
    TimelineSvg svg = new TimelineSvg(record, new SvgCanvas(from, to, LABELS, WIDTH - RIGHT), claims);
    double height = svg.height();
    svg.grid(height);
    svg.draw();
    return svg.canvas.document(WIDTH, height);
  }

  private double height() {
    double h = 100 + 34 + 18 * record.getArea().getPartners().size() + 20;
    for (Inspection inspection : record.getInspections()) {
      h += 36 + JOURNEY_HEIGHT + 26 + 24 * weaknessRows(inspection) + 24;
    }
    return h + 60;
  }

  private static int weaknessRows(Inspection inspection) {
    return inspection.accept(new Inspection.Visitor<Integer>() {
      @Override
      public Integer localAreaSend2016(LocalAreaSendInspection local) {
        return local.hasWeaknessesInDetail() ? local.getSignificantWeaknesses().size()
            : (local.significantWeaknessTotal().orElse(0) > 0 ? 1 : 0);
      }

      @Override
      public Integer areaSend2023(AreaSendInspection areaSend) {
        return 1;
      }
    });
  }

  /** Year lines and labels across the whole picture, drawn first so that everything sits on top. */
  private void grid(double height) {
    for (LocalDate d = canvas.from().withDayOfYear(1); !d.isAfter(canvas.to()); d = d.plusMonths(6)) {
      if (d.isBefore(canvas.from())) {
        continue;
      }
      boolean year = d.getMonthValue() == 1;
      canvas.line(canvas.x(d), 78, canvas.x(d), height - 50,
          "stroke=\"" + (year ? "#cccccc" : "#eeeeee") + "\" stroke-width=\"1\"");
      if (year) {
        canvas.text(canvas.x(d), 74, String.valueOf(d.getYear()), "middle", "font-weight=\"bold\" fill=\"#777777\"");
      }
    }
  }

  private void draw() {
    canvas.text(20, 32, record.getArea().getName() + " (" + record.getArea().getCode() + ", "
        + record.getArea().getRegion().displayName() + "): SEND local area inspection journey", "start",
        "font-size=\"20\" font-weight=\"bold\"");
    canvas.text(20, 54, "Ofsted and CQC inspection, written statement of action, revisit and outcome of each "
        + "significant weakness; hover a mark for its sources.", "start", "fill=\"#555555\"");
    y = 100;
    partners();
    for (Inspection inspection : record.getInspections()) {
      inspection(inspection);
    }
    legend();
  }

  private void partners() {
    canvas.text(20, y, "Partners", "start", "font-size=\"14\" font-weight=\"bold\"");
    y += 16;
    for (Partner partner : record.getArea().getPartners()) {
      LocalDate start = partner.getActingFrom().filter(d -> d.isAfter(canvas.from())).orElse(canvas.from());
      LocalDate end = partner.getActingUntil().filter(d -> d.isBefore(canvas.to())).orElse(canvas.to());
      String period = partner.getActingFrom().map(DAY::format).orElse("...") + " to "
          + partner.getActingUntil().map(d -> "before " + DAY.format(d)).orElse("...");
      double top = y;
      canvas.group(partner.getName() + " (" + partner.getKind().wireName() + "), " + period, () -> {
        canvas.text(20, top + 12, fit(partner.getName(), LABELS - 30, 11), "start", "font-size=\"11\"");
        canvas.rect(canvas.x(start), top + 2, canvas.x(end) - canvas.x(start), 12,
            "fill=\"" + partnerColour(partner.getKind()) + "\" rx=\"3\"");
      });
      y += 18;
    }
    y += 20;
  }

  private static String partnerColour(PartnerKind kind) {
    switch (kind) {
      case LOCAL_AUTHORITY:
        return "#7f8c8d";
      case CLINICAL_COMMISSIONING_GROUP:
        return "#85c1e9";
      case INTEGRATED_CARE_BOARD:
        return "#2e86c1";
      default:
        return "#d5d8dc";
    }
  }

  private void inspection(Inspection inspection) {
    canvas.line(20, y, WIDTH - 20, y, "stroke=\"#999999\"");
    y += 22;
    canvas.text(20, y, "Inspection " + inspection.getId() + " (" + inspection.framework().wireName() + ")", "start",
        "font-size=\"14\" font-weight=\"bold\"");
    y += 14;
    journey(inspection);
    y += JOURNEY_HEIGHT;
    inspection.accept(new Inspection.Visitor<Void>() {
      @Override
      public Void localAreaSend2016(LocalAreaSendInspection local) {
        weaknesses(local);
        return null;
      }

      @Override
      public Void areaSend2023(AreaSendInspection areaSend) {
        canvas.text(20, y + 12, "Outcome: " + areaSend.getOutcome().wireName() + "; "
            + areaSend.getAreasForPriorityAction().size() + " areas for priority action", "start",
            "font-weight=\"bold\"");
        y += 24;
        return null;
      }
    });
    y += 24;
  }

  /** One line of the steps, with the waits between them shaded and labels kept apart. */
  private void journey(Inspection inspection) {
    double base = y + JOURNEY_HEIGHT / 2 - 4;
    canvas.text(20, base + 4, "Steps", "start", "fill=\"#555555\"");
    List<Mark> marks = new ArrayList<>();
    inspection.firstDayOnSite().ifPresent(f -> marks.add(new Mark(f, "inspection", BLUE, true)));
    inspection.getOnSiteEnd().ifPresent(f -> marks.add(new Mark(f, "inspection ends", BLUE, true)));
    inspection.getPublishedOn().ifPresent(f -> marks.add(new Mark(f, "report published", GREY, false)));
    Optional<DatedFact> start = inspection.firstDayOnSite();
    if (start.isPresent()) {
      band(start, inspection.getOnSiteEnd().or(() -> start), BLUE, "on site", base);
    }
    inspection.asLocalAreaSend2016().ifPresent(local -> {
      local.getLetterDate().ifPresent(f -> marks.add(new Mark(f, "report letter", GREY, false)));
      local.getWrittenStatement().ifPresent(w -> statement(local, w, marks, base));
      local.getRevisit().ifPresent(r -> revisit(local, r, marks, base));
    });
    canvas.line(canvas.x(inspection.begunBy().earliest()), base,
        marks.stream().mapToDouble(m -> canvas.x(m.fact.latest())).max().orElse(0), base,
        "stroke=\"#333333\" stroke-width=\"2\"");
    place(marks, base);
  }

  private void statement(LocalAreaSendInspection inspection, WrittenStatementOfAction wsoa, List<Mark> marks,
      double base) {
    wsoa.getDeterminedOn().ifPresent(f -> marks.add(new Mark(f, "statement required", AMBER, true)));
    Optional<DatedFact> report = inspection.getPublishedOn().or(inspection::getLetterDate);
    List<Submission> submissions = wsoa.getSubmissions();
    Optional<DatedFact> previous = report;
    for (int i = 0; i < submissions.size(); i++) {
      Submission submission = submissions.get(i);
      String which = submissions.size() == 1 ? "statement" : "statement " + (i + 1);
      // A submission may be known only by its evaluation: the wait is then drawn up to the evaluation.
      Optional<DatedFact> submitted = submission.getSubmittedOn();
      band(previous, submitted.or(() -> submission.getEvaluation().map(Evaluation::getEvaluatedOn)), AMBER,
          "statement being written", base);
      submitted.ifPresent(f -> marks.add(new Mark(f, which + " submitted", AMBER, false)));
      if (submission.getEvaluation().isPresent()) {
        Evaluation e = submission.getEvaluation().get();
        band(submitted, Optional.of(e.getEvaluatedOn()), "#7f8c8d", "evaluation", base);
        marks.add(new Mark(e.getEvaluatedOn(), e.isFitForPurpose() ? which + " fit for purpose"
            : which + " not fit for purpose", e.isFitForPurpose() ? GREEN : RED, false));
        previous = Optional.of(e.getEvaluatedOn());
      }
    }
    wsoa.getPublishedOn().ifPresent(f -> marks.add(new Mark(f, "statement published", AMBER, false)));
  }

  private void revisit(LocalAreaSendInspection inspection, Revisit revisit, List<Mark> marks, double base) {
    Optional<DatedFact> accepted = inspection.getWrittenStatement().flatMap(WrittenStatementOfAction::acceptance)
        .map(Evaluation::getEvaluatedOn);
    band(accepted, Optional.of(revisit.getOnSiteStart()), GREEN, "statement in force, awaiting revisit", base);
    Optional<DatedFact> start = Optional.of(revisit.getOnSiteStart());
    band(start, revisit.getOnSiteEnd().or(() -> start), PURPLE, "revisit", base);
    marks.add(new Mark(revisit.getOnSiteStart(), "revisit", PURPLE, true));
    String outcome = revisit.sufficientCount() + " of " + (revisit.sufficientCount() + revisit.notSufficientCount())
        + " sufficient";
    revisit.getLetterDate().ifPresent(f -> marks.add(new Mark(f, "revisit letter: " + outcome, PURPLE, false)));
    revisit.getPublishedOn().ifPresent(f -> marks.add(new Mark(f, "revisit published", PURPLE, false)));
  }

  /** A shaded span between two steps, with its name inside when it fits. */
  private void band(Optional<DatedFact> from, Optional<DatedFact> to, String colour, String name, double base) {
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    double x1 = canvas.x(claims.choose(from.get()));
    double x2 = canvas.x(claims.choose(to.get()));
    if (x2 < x1) {
      return;
    }
    canvas.group(name + ": " + from.get().describe() + " to " + to.get().describe(), () ->
        canvas.rect(x1, base - 9, Math.max(x2 - x1, 3), 18, "fill=\"" + colour + "\" fill-opacity=\"0.25\""));
  }

  /**
   * Draws the marks and puts each label on the first level, above or below the line, where it does
   * not overlap a label already there.
   */
  private void place(List<Mark> marks, double base) {
    marks.sort((a, b) -> Double.compare(canvas.x(claims.choose(a.fact)), canvas.x(claims.choose(b.fact))));
    double[] levels = LEVELS;
    double[] usedTo = new double[levels.length];
    java.util.Arrays.fill(usedTo, Double.NEGATIVE_INFINITY);
    for (Mark mark : marks) {
      double x = canvas.x(claims.choose(mark.fact));
      String label = mark.label + ", " + date(mark.fact);
      double width = SvgCanvas.widthOf(label, 11);
      double x0 = Math.min(Math.max(x - width / 2, canvas.left() - 40), WIDTH - 20 - width);
      int level = 0;
      while (level < levels.length - 1 && x0 < usedTo[level] + 8) {
        level++;
      }
      usedTo[level] = x0 + width;
      double ly = base + levels[level];
      double tip = levels[level] < 0 ? ly + 4 : ly - 11;
      canvas.group(mark.label + ": " + mark.fact.describe() + sources(mark.fact), () -> {
        canvas.line(x, base, x, tip, "stroke=\"#bbbbbb\"");
        if (mark.fact.isDisputed()) {
          double xa = canvas.x(mark.fact.earliest());
          double xb = canvas.x(mark.fact.latest());
          canvas.line(xa, base + 12, xb, base + 12, "stroke=\"" + RED + "\" stroke-width=\"2\" stroke-dasharray=\"4 2\"");
          canvas.line(xa, base + 7, xa, base + 17, "stroke=\"" + RED + "\" stroke-width=\"2\"");
          canvas.line(xb, base + 7, xb, base + 17, "stroke=\"" + RED + "\" stroke-width=\"2\"");
        }
        if (mark.diamond) {
          canvas.diamond(x, base, 7, "fill=\"" + mark.colour + "\" stroke=\"#ffffff\"");
        } else {
          canvas.circle(x, base, 5.5, "fill=\"" + mark.colour + "\" stroke=\"#ffffff\"");
        }
        canvas.text(x0 + width / 2, ly, label, "middle", "font-size=\"11\" fill=\""
            + (mark.fact.isDisputed() ? RED : "#222222") + "\"");
      });
    }
  }

  private void weaknesses(LocalAreaSendInspection inspection) {
    if (weaknessRows(inspection) == 0) {
      canvas.text(20, y + 14, "No significant weakness found", "start", "fill=\"#555555\"");
      y += 24;
      return;
    }
    canvas.text(20, y + 12, "Significant weaknesses and revisit outcome", "start", "font-weight=\"bold\"");
    y += 26;
    DatedFact found = inspection.getLetterDate().or(inspection::getPublishedOn).orElse(inspection.getOnSiteStart());
    Optional<Revisit> revisit = inspection.getRevisit();
    if (!inspection.hasWeaknessesInDetail()) {
      String text = revisit.map(r -> r.sufficientCount() + " with sufficient progress, " + r.notSufficientCount()
          + " without").orElse("awaiting revisit");
      row(inspection.significantWeaknessTotal().map(n -> n + " weaknesses (number only)")
          .orElse("weaknesses not recorded"), "known only as a count",
          found, revisit.map(Revisit::getOnSiteStart), revisit.map(r -> r.notSufficientCount() == 0), text);
      return;
    }
    for (SignificantWeakness weakness : inspection.getSignificantWeaknesses()) {
      Optional<WeaknessOutcome> outcome = revisit.flatMap(r -> r.getOutcomes().stream()
          .filter(o -> o.getWeakness().equals(weakness.getId())).findFirst());
      Optional<Boolean> sufficient = outcome.map(o -> o.getProgress() == Progress.SUFFICIENT);
      String text = sufficient.map(s -> s ? "sufficient progress" : "not sufficient progress")
          .orElse("awaiting revisit");
      // The theme is named only where the identifier does not already say it.
      String name = weakness.getId().equals(weakness.getTheme().wireName()) ? weakness.getId()
          : weakness.getId() + " (" + weakness.getTheme().wireName() + ")";
      row(name, weakness.getStatement(), found,
          revisit.map(Revisit::getOnSiteStart), sufficient, text);
    }
  }

  private void row(String name, String note, DatedFact from, Optional<DatedFact> to, Optional<Boolean> sufficient,
      String outcome) {
    double top = y;
    double x1 = canvas.x(claims.choose(from));
    double x2 = to.map(f -> canvas.x(claims.choose(f))).orElse(canvas.right());
    String colour = sufficient.map(s -> s ? GREEN : RED).orElse(GREY);
    canvas.group(name + ": " + note + " Outcome: " + outcome, () -> {
      canvas.text(20, top + 4, fit(name, LABELS - 30, 11), "start", "font-size=\"11\"");
      canvas.line(x1, top, x2, top, "stroke=\"" + colour + "\" stroke-width=\"3\""
          + (sufficient.isEmpty() ? " stroke-dasharray=\"6 4\"" : ""));
      canvas.circle(x2, top, 6, "fill=\"" + colour + "\"");
      canvas.text(x2 + 10, top + 4, outcome, "start", "font-size=\"11\" font-weight=\"bold\" fill=\"" + colour + "\"");
    });
    y += 24;
  }

  private void legend() {
    double ly = y + 10;
    double x = 20;
    x = swatch(x, ly, BLUE, "inspection");
    x = swatch(x, ly, AMBER, "written statement of action");
    x = swatch(x, ly, GREEN, "fit for purpose / sufficient progress");
    x = swatch(x, ly, RED, "not fit / not sufficient / dates disputed");
    x = swatch(x, ly, PURPLE, "revisit");
    swatch(x, ly, GREY, "report / awaiting");
  }

  private double swatch(double x, double ly, String colour, String text) {
    canvas.rect(x, ly - 9, 12, 12, "fill=\"" + colour + "\"");
    canvas.text(x + 17, ly + 1, text, "start", "font-size=\"11\"");
    return x + 30 + SvgCanvas.widthOf(text, 11);
  }

  private static String date(DatedFact fact) {
    if (!fact.isDisputed()) {
      return DAY.format(fact.latest());
    }
    return fact.getClaims().stream().map(c -> DAY.format(c.getDate())).distinct()
        .collect(Collectors.joining(" or ")) + " (disputed)";
  }

  private static String sources(DatedFact fact) {
    String ids = fact.getClaims().stream().flatMap(c -> c.getCitation().stream()).map(c -> c.getSource())
        .distinct().collect(Collectors.joining(", "));
    return ids.isEmpty() ? "" : " [" + ids + "]";
  }

  private static String fit(String text, double width, double fontSize) {
    int max = (int) (width / (fontSize * 0.56));
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "\u2026";
  }

  /** One step drawn on the journey line. */
  private static final class Mark {
    final DatedFact fact;
    final String label;
    final String colour;
    final boolean diamond;

    Mark(DatedFact fact, String label, String colour, boolean diamond) {
      this.fact = fact;
      this.label = label;
      this.colour = colour;
      this.diamond = diamond;
    }
  }
}
