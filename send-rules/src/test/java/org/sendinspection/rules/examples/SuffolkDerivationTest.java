package org.sendinspection.rules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.examples.EssexDerivationTest.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * Suffolk, the model's example record: its 2016 journey known only from the official statistics (four
 * weaknesses, one sufficient at the 2019 revisit), then a 2023-framework inspection, for which the
 * library has no rules yet.
 */
class SuffolkDerivationTest {
  private static Derivation now;

  @BeforeAll
  static void derive() {
    now = Derivation.of(ExampleRecords.suffolk(), LocalDate.of(2026, 11, 25));
  }

  @Test
  void the_statement_was_due_70_working_days_after_publication_on_17_february_2017() {
    // Good Friday, Easter Monday, the early May and the spring bank holidays of 2017 fall in the period.
    assertEquals(Optional.of(LocalDate.of(2017, 6, 1)), only(now, ConclusionKind.WSOA_DUE).date("due by"));
  }

  @Test
  void three_of_four_weaknesses_remain_counted_not_named() {
    Conclusion remaining = only(now, ConclusionKind.WEAKNESSES_REMAINING);
    assertEquals("3 of 4 significant weaknesses remain without sufficient progress; the record gives the revisit's"
        + " outcome only as counts, so which ones is not known.", remaining.getReason());
    assertEquals(Optional.of(LocalDate.of(2019, 9, 4)),
        only(now, ConclusionKind.ACCELERATED_PROGRESS_PLAN_REVIEW_DUE).date("review within"));
    assertTrue(now.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty());
    assertEquals(1, now.conclusions(ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED).size());
  }

  @Test
  void the_statistics_give_no_statement_history_so_its_timeliness_and_the_revisit_s_due_date_are_not_determinable() {
    assertEquals(List.of("2016.wsoa-due", "2016.revisit-due"),
        now.conclusions(ConclusionKind.NOT_DETERMINABLE).stream().map(Conclusion::getRuleId)
            .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void the_report_says_the_2023_inspection_has_no_rules_yet() {
    assertTrue(now.report().contains("(area-send-2023)\n  No conclusions: the library has no rules for this"
        + " framework yet.\n"), now.report());
    assertEquals(1, now.journeys().size(), "only the 2016 inspection has a journey");
  }
}
