package org.sendinspection.data.d2i;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendinspection.data.table.RowReader;
import org.sendinspection.model.areasend.AreaSendOutcome;

/**
 * What the scraped outcome paragraph says: which of the three outcomes it states, and its sentence on
 * the next inspection.
 *
 * <p>The reports word each outcome in a fixed phrase (area SEND framework; the Southend-on-Sea 2023 and
 * Suffolk 2024 reports), though the scraped paragraphs vary around it ("special educational needs and/or
 * disabilities (SEND)" spelled out or not): outcome 1 "typically lead to positive experiences and
 * outcomes", outcome 2 "lead to inconsistent experiences and outcomes", outcome 3 "widespread and/or
 * systemic failings".
 */
final class OutcomeText {
  /** The sentences on what comes next: the monitoring inspection (outcome 3) and the next full inspection. */
  private static final Pattern NEXT_SENTENCE =
      Pattern.compile("(A monitoring inspection [^.]*\\.|The next full [^.]*\\.)");

  private OutcomeText() {}

  static String phrase(AreaSendOutcome outcome) {
    switch (outcome) {
      case POSITIVE: return "typically lead to positive experiences and outcomes";
      case INCONSISTENT: return "lead to inconsistent experiences and outcomes";
      default: return "widespread and/or systemic failings";
    }
  }

  /** The scraper's next-inspection period for an outcome, as it writes it. */
  static String period(AreaSendOutcome outcome) {
    switch (outcome) {
      case POSITIVE: return "5 years";
      case INCONSISTENT: return "3 years";
      default: return "18 months";
    }
  }

  /**
   * Reports the row if its outcome text does not state the graded outcome, or states another too; where
   * the grade is unreadable, if the text states no outcome at all.
   */
  static void check(RowReader<OverviewColumn> cells, Optional<AreaSendOutcome> grade) {
    cells.requiredText(OverviewColumn.OUTCOME_TEXT).ifPresent(text -> {
      String lower = text.toLowerCase(Locale.ROOT);
      StringBuilder stated = new StringBuilder();
      for (AreaSendOutcome outcome : AreaSendOutcome.values()) {
        if (lower.contains(phrase(outcome))) {
          stated.append(stated.length() == 0 ? "" : " and ").append(outcome.number());
        }
      }
      String states = stated.length() == 0 ? "no outcome" : "outcome " + stated;
      if (grade.isEmpty() && stated.length() == 0) {
        cells.problem(OverviewColumn.OUTCOME_TEXT, OverviewRule.OUTCOME_TEXT_AGREES.id(),
            "the outcome text states no outcome: '" + abbreviate(text) + "'");
      } else if (grade.isPresent() && !stated.toString().equals(Integer.toString(grade.get().number()))) {
        cells.problem(OverviewColumn.OUTCOME_TEXT, OverviewRule.OUTCOME_TEXT_AGREES.id(), "the grade is "
            + grade.get().number() + " but the outcome text states " + states + ": '" + abbreviate(text) + "'");
      }
    });
  }

  /**
   * The paragraph's sentences on the next inspections, as written and in order, joined by a space: for
   * outcome 3 both the monitoring inspection's and the next full reinspection's; where it has none, empty.
   */
  static Optional<String> nextInspectionSentences(String text) {
    Matcher matcher = NEXT_SENTENCE.matcher(text);
    StringBuilder sentences = new StringBuilder();
    while (matcher.find()) {
      sentences.append(sentences.length() == 0 ? "" : " ").append(matcher.group());
    }
    return sentences.length() == 0 ? Optional.empty() : Optional.of(sentences.toString());
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
