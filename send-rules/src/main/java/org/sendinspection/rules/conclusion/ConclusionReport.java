package org.sendinspection.rules.conclusion;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.rules.Derivation;

/**
 * The conclusions of a derivation as plain text: for each, its kind, dates, reason, the facts it rests
 * on and the sources of its rule.
 *
 * <p>Stateless and thread-safe. The conclusions come by inspection, under either framework, and the text
 * ends with where the area stands across both frameworks. The output is meant for a terminal or a log
 * ({@code send explain}):
 * <pre>
 * Essex (E10000012), as of 2026-11-25
 *
 * 2019-inspection (local-area-send-2016)
 *   WSOA_DUE [2016.wsoa-due]  due by 2020-04-02
 *     The principal authorities must make the written statement of action within 70 working days ...
 *     rests on: inspections[0].publishedOn (the inspection report's publication, 2019-12-23)
 *     source: The Children Act 2004 (Joint Area Reviews) Regulations 2015 (SI 2015/1792), regulation 4 ...
 * </pre>
 */
public final class ConclusionReport {
  private ConclusionReport() {}

  /**
   * Renders a derivation's conclusions.
   *
   * @param derivation the derivation; not null
   * @return the text, ending with a line break
   */
  public static String render(Derivation derivation) {
    Objects.requireNonNull(derivation, "derivation");
    StringBuilder text = new StringBuilder();
    text.append(derivation.record().getArea().getName()).append(" (")
        .append(derivation.record().getArea().getCode()).append("), as of ").append(derivation.asOf()).append('\n');
    for (Inspection inspection : derivation.record().getInspections()) {
      text.append('\n').append(inspection.getId()).append(" (").append(inspection.framework().wireName())
          .append(")\n");
      List<Conclusion> about = derivation.conclusions().stream()
          .filter(c -> c.getInspectionId().equals(inspection.getId())).collect(Collectors.toList());
      if (about.isEmpty()) {
        text.append("  No conclusions: the inspection had not begun by that date.\n");
      }
      about.forEach(c -> render(c, text));
    }
    if (derivation.record().getInspections().isEmpty()) {
      text.append("\nNo inspection is recorded.\n");
    }
    derivation.currentStep().ifPresent(step -> text.append("\nWhere the area stands: \"")
        .append(step.getState().description()).append("\", since ").append(step.getDate()).append(".\n"));
    return text.toString();
  }

  /**
   * Renders one conclusion.
   *
   * @param conclusion the conclusion; not null
   * @return the text, ending with a line break
   */
  public static String render(Conclusion conclusion) {
    StringBuilder text = new StringBuilder();
    render(Objects.requireNonNull(conclusion, "conclusion"), text);
    return text.toString();
  }

  private static void render(Conclusion conclusion, StringBuilder text) {
    text.append("  ").append(conclusion.getKind()).append(" [").append(conclusion.getRuleId()).append(']');
    if (!conclusion.getDates().isEmpty()) {
      text.append("  ").append(conclusion.getDates().stream().map(d -> d.getRole().words() + " " + d.getDate())
          .collect(Collectors.joining(", ")));
    }
    if (conclusion.getCertainty() == Certainty.BOUNDED) {
      text.append("  (bounded)");
    }
    text.append('\n').append("    ").append(conclusion.getReason()).append('\n');
    if (!conclusion.getMissingFacts().isEmpty()) {
      text.append("    not recorded: ").append(String.join(", ", conclusion.getMissingFacts())).append('\n');
    }
    List<FactReference> basis = conclusion.getBasis();
    for (FactReference fact : basis) {
      text.append("    rests on: ").append(fact.getPath()).append(" (").append(fact.getDescription())
          .append(fact.getDate().map(d -> ", " + d).orElse("")).append(")\n");
    }
    for (RuleSource source : conclusion.getCitations()) {
      text.append("    source: ").append(source.describe()).append('\n');
    }
  }
}
