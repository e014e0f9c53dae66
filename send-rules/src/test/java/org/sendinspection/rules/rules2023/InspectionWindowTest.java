package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendinspection.rules.conclusion.DateRange;
import org.sendinspection.rules.internal.ResolvedDate;

class InspectionWindowTest {
  private static final ResolvedDate SUFFOLK_PUBLISHED = ResolvedDate.builder().date(LocalDate.of(2024, 1, 30))
      .path("inspections[1].publishedOn").description("the area SEND report's publication").build();

  @Test
  void test_monthsAfter_suffolk_monitoring_inspection() {
    InspectionWindow window = InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 18, 3);
    assertEquals(SUFFOLK_PUBLISHED, window.countedFrom());
    assertEquals(LocalDate.of(2025, 7, 30), window.about());
    assertEquals(LocalDate.of(2025, 4, 30), window.opens());
    assertEquals(LocalDate.of(2025, 10, 30), window.closes());
    assertEquals("InspectionWindow[2025-04-30 to 2025-10-30, about 2025-07-30]", window.toString());
    assertEquals("about 30 July 2025, 18 months from 30 January 2024 (the area SEND report's publication); the window"
        + " runs from 30 April 2025 to 30 October 2025, 3 months either side (the sources say \"approximately\" or"
        + " \"usually\" without a margin, so the margin is unverified; it is the setting areaSendWindowMonths)",
        window.describe());
  }

  @Test
  void test_contains_and_placing_at_both_ends() {
    InspectionWindow window = InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 18, 3);
    assertTrue(window.contains(LocalDate.of(2025, 4, 30)));
    assertTrue(window.contains(LocalDate.of(2025, 10, 30)));
    assertFalse(window.contains(LocalDate.of(2025, 4, 29)));
    assertFalse(window.contains(LocalDate.of(2025, 10, 31)));
    // Reports say "within approximately 18 months": only a day before the report counted from is early.
    assertEquals("within the time the report gives", window.placing(LocalDate.of(2025, 4, 29)));
    assertEquals("within the time the report gives", window.placing(LocalDate.of(2025, 7, 1)));
    assertEquals("before the report it follows", window.placing(LocalDate.of(2024, 1, 29)));
    assertEquals("after the window closed", window.placing(LocalDate.of(2025, 10, 31)));
  }

  @Test
  void test_yearsAfter_with_no_margin_is_a_single_day() {
    InspectionWindow window = InspectionWindow.yearsAfter(SUFFOLK_PUBLISHED, 3, 0);
    assertEquals(LocalDate.of(2027, 1, 30), window.opens());
    assertEquals(window.opens(), window.closes());
    assertTrue(window.describe().startsWith("about 30 January 2027, 3 years from 30 January 2024"), window.describe());
    assertEquals(window, InspectionWindow.yearsAfter(SUFFOLK_PUBLISHED, 3, 0));
    assertEquals(window.hashCode(), InspectionWindow.yearsAfter(SUFFOLK_PUBLISHED, 3, 0).hashCode());
    assertNotEquals(window, InspectionWindow.yearsAfter(SUFFOLK_PUBLISHED, 3, 1));
    assertNotEquals(window, InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 36, 0), "the period is part of it");
  }

  @Test
  void test_of_null() {
    assertEquals("countedFrom", assertThrows(NullPointerException.class,
        () -> InspectionWindow.monthsAfter(null, 18, 3)).getMessage());
  }

  @Test
  void test_of_badPeriodOrMargin() {
    assertEquals("a window's years must be at least 1; found 0", assertThrows(IllegalArgumentException.class,
        () -> InspectionWindow.yearsAfter(SUFFOLK_PUBLISHED, 0, 3)).getMessage());
    assertEquals("a window's margin must be at least 0 months; found -1", assertThrows(IllegalArgumentException.class,
        () -> InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 18, -1)).getMessage());
  }

  @Test
  void a_window_is_equal_only_to_one_counted_the_same_way_from_the_same_date() {
    InspectionWindow window = InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 18, 3);
    assertEquals(window, window);
    assertFalse(window.equals(window.toString()));
    assertEquals(new DateRange(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 10, 30)), window.range());
    ResolvedDate received = ResolvedDate.builder().from(SUFFOLK_PUBLISHED).path("inspections[1].reportReceivedOn")
        .description("the partnership's receipt of its final report").build();
    assertNotEquals(window, InspectionWindow.monthsAfter(received, 18, 3), "the date counted from is part of it");
    assertNotEquals(window, InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 17, 3));
    assertNotEquals(window.hashCode(), InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 18, 4).hashCode());
    // 1 month and 1 year are the shortest periods; a margin of 0 is allowed.
    assertEquals(LocalDate.of(2024, 2, 29), InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 1, 0).about());
    assertTrue(InspectionWindow.yearsAfter(SUFFOLK_PUBLISHED, 1, 0).describe().startsWith("about 30 January 2025, 1 year"
        + " from 30 January 2024"));
    assertEquals("a window's months must be at least 1; found 0", assertThrows(IllegalArgumentException.class,
        () -> InspectionWindow.monthsAfter(SUFFOLK_PUBLISHED, 0, 3)).getMessage());
    assertEquals("countedFrom", assertThrows(NullPointerException.class,
        () -> InspectionWindow.yearsAfter(null, 3, 3)).getMessage());
  }
}
