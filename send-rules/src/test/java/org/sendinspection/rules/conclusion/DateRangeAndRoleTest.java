package org.sendinspection.rules.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DateRangeAndRoleTest {
  private static final LocalDate OPENS = LocalDate.of(2025, 4, 30);
  private static final LocalDate CLOSES = LocalDate.of(2025, 10, 30);

  @Test
  void a_range_holds_both_ends_and_nothing_outside() {
    DateRange range = new DateRange(OPENS, CLOSES);
    assertTrue(range.contains(OPENS));
    assertTrue(range.contains(CLOSES));
    assertFalse(range.contains(OPENS.minusDays(1)));
    assertFalse(range.contains(CLOSES.plusDays(1)));
    assertFalse(range.endedBefore(CLOSES));
    assertTrue(range.endedBefore(CLOSES.plusDays(1)));
    assertTrue(new DateRange(OPENS, OPENS).contains(OPENS));
  }

  @Test
  void a_range_that_ends_before_it_begins_is_refused_naming_both_days() {
    assertEquals("a date range must not end (2025-04-29) before it begins (2025-04-30)",
        assertThrows(IllegalArgumentException.class, () -> new DateRange(OPENS, OPENS.minusDays(1))).getMessage());
  }

  @Test
  void every_role_has_its_own_words() {
    assertEquals(DateRole.values().length,
        Arrays.stream(DateRole.values()).map(DateRole::words).collect(Collectors.toSet()).size());
    Arrays.stream(DateRole.values()).forEach(r -> assertFalse(r.words().isBlank(), r.name()));
  }

  @Test
  void a_conclusion_gives_its_window_only_where_it_has_both_ends() {
    ImmutableConclusion.Builder builder = Conclusion.builder().kind(ConclusionKind.MONITORING_INSPECTION_WINDOW)
        .ruleId("2023.monitoring-inspection").inspectionId("inspection-2023").reasoning(Reason.of("Because."))
        .addCitations(RuleSource.builder().id("s").title("t").kind(SourceKind.OFFICIAL_GUIDANCE).build());
    assertEquals(Optional.empty(), builder.build().window());
    assertEquals(Optional.empty(), builder.addDates(ConcernedDate.of(DateRole.WINDOW_OPENS, OPENS)).build().window());
    Conclusion window = builder.addDates(ConcernedDate.of(DateRole.WINDOW_CLOSES, CLOSES)).build();
    assertEquals(Optional.of(new DateRange(OPENS, CLOSES)), window.window());
    assertEquals(Optional.of(OPENS), window.date(DateRole.WINDOW_OPENS));
    assertEquals(Optional.empty(), window.date(DateRole.WINDOW_CLOSED));
  }
}
