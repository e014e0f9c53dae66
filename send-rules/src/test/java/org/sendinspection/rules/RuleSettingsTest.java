package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.calendar.WorkingDayCalendar;

class RuleSettingsTest {

  @Test
  void the_defaults_are_the_framework_s_periods_and_dates() {
    RuleSettings defaults = RuleSettings.defaults();
    assertEquals(70, defaults.getStatementWorkingDays());
    assertEquals(18, defaults.getRevisitWithinMonths());
    assertEquals(6, defaults.getProgressReviewWithinMonths());
    assertEquals(WorkingDayCalendar.englandAndWales(), defaults.getCalendar());
    assertEquals(DisputedDatePolicy.MOST_CORROBORATED, defaults.getDisputedDatePolicy());
    assertEquals(LocalDate.of(2020, 3, 17), defaults.getCovidSuspensionFrom());
    assertEquals(LocalDate.of(2021, 4, 1), defaults.getRevisitsResumedFrom());
    assertEquals(LocalDate.of(2022, 12, 31), defaults.getRevisitProgrammeEnd());
    assertEquals(List.of(5, 3, 3, 18, 3), List.of(defaults.getFullInspectionYearsAfterOutcome1(),
        defaults.getFullInspectionYearsAfterOutcome2(), defaults.getFullInspectionYearsAfterOutcome3(),
        defaults.getMonitoringInspectionAfterMonths(), defaults.getAreaSendWindowMonths()));
  }

  @Test
  void a_window_margin_that_would_open_a_window_before_the_report_is_refused() {
    assertEquals("areaSendWindowMonths must be at least 0 and less than 18 (the shortest period it widens), so that"
        + " no window opens before the report; found 18", assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.defaults().withAreaSendWindowMonths(18)).getMessage());
    assertEquals("areaSendWindowMonths must be at least 0 and less than 12 (the shortest period it widens), so that"
        + " no window opens before the report; found 12", assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.builder().fullInspectionYearsAfterOutcome2(1).areaSendWindowMonths(12).build())
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> RuleSettings.defaults().withAreaSendWindowMonths(-1));
    assertEquals(0, RuleSettings.defaults().withAreaSendWindowMonths(0).getAreaSendWindowMonths());
  }

  @Test
  void a_period_below_one_is_refused_naming_the_setting_and_the_value() {
    assertEquals("revisitWithinMonths must be at least 1; found 0", assertThrows(IllegalArgumentException.class,
        () -> RuleSettings.builder().revisitWithinMonths(0).build()).getMessage());
    assertEquals("statementWorkingDays must be at least 1; found -70", assertThrows(IllegalArgumentException.class,
        () -> RuleSettings.defaults().withStatementWorkingDays(-70)).getMessage());
  }

  @Test
  void every_period_below_one_is_refused_naming_that_setting() {
    assertEquals("progressReviewWithinMonths must be at least 1; found 0", assertThrows(
        IllegalArgumentException.class, () -> RuleSettings.builder().progressReviewWithinMonths(0).build()).getMessage());
    assertEquals("fullInspectionYearsAfterOutcome1 must be at least 1; found 0", assertThrows(
        IllegalArgumentException.class, () -> RuleSettings.builder().fullInspectionYearsAfterOutcome1(0).build())
        .getMessage());
    assertEquals("fullInspectionYearsAfterOutcome2 must be at least 1; found 0", assertThrows(
        IllegalArgumentException.class, () -> RuleSettings.builder().fullInspectionYearsAfterOutcome2(0).build())
        .getMessage());
    assertEquals("fullInspectionYearsAfterOutcome3 must be at least 1; found 0", assertThrows(
        IllegalArgumentException.class, () -> RuleSettings.builder().fullInspectionYearsAfterOutcome3(0).build())
        .getMessage());
    assertEquals("monitoringInspectionAfterMonths must be at least 1; found 0", assertThrows(
        IllegalArgumentException.class, () -> RuleSettings.defaults().withMonitoringInspectionAfterMonths(0))
        .getMessage());
  }

  @Test
  void each_with_method_replaces_its_setting_and_keeps_the_others() {
    RuleSettings defaults = RuleSettings.defaults();
    WorkingDayCalendar shorter = WorkingDayCalendar.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31),
        List.of(), defaults.getCalendar().sources());
    assertEquals(RuleSettings.builder().statementWorkingDays(60).build(), defaults.withStatementWorkingDays(60));
    assertEquals(RuleSettings.builder().revisitWithinMonths(12).build(), defaults.withRevisitWithinMonths(12));
    assertEquals(RuleSettings.builder().progressReviewWithinMonths(3).build(),
        defaults.withProgressReviewWithinMonths(3));
    assertEquals(RuleSettings.builder().calendar(shorter).build(), defaults.withCalendar(shorter));
    assertEquals(RuleSettings.builder().disputedDatePolicy(DisputedDatePolicy.LATEST).build(),
        defaults.withDisputedDatePolicy(DisputedDatePolicy.LATEST));
    assertEquals(RuleSettings.builder().covidSuspensionFrom(LocalDate.of(2020, 3, 23)).build(),
        defaults.withCovidSuspensionFrom(LocalDate.of(2020, 3, 23)));
    assertEquals(RuleSettings.builder().revisitsResumedFrom(LocalDate.of(2021, 5, 1)).build(),
        defaults.withRevisitsResumedFrom(LocalDate.of(2021, 5, 1)));
    assertEquals(RuleSettings.builder().revisitProgrammeEnd(LocalDate.of(2023, 3, 31)).build(),
        defaults.withRevisitProgrammeEnd(LocalDate.of(2023, 3, 31)));
    assertEquals(RuleSettings.builder().monitoringInspectionAfterMonths(24).build(),
        defaults.withMonitoringInspectionAfterMonths(24));
    assertEquals(RuleSettings.builder().areaSendWindowMonths(2).build(), defaults.withAreaSendWindowMonths(2));
    assertEquals(RuleSettings.defaults(), defaults, "the defaults are unchanged");
  }

  @Test
  void resumption_must_follow_suspension() {
    assertEquals("revisitsResumedFrom (2020-03-17) must be after covidSuspensionFrom (2020-03-17)",
        assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.builder().revisitsResumedFrom(LocalDate.of(2020, 3, 17)).build()).getMessage());
  }

  @Test
  void each_policy_takes_its_claim_of_a_disputed_date() {
    DatedFact published = DatedFact.builder().addClaims(DateClaim.of(LocalDate.of(2019, 12, 23)),
        DateClaim.of(LocalDate.of(2019, 11, 17))).build();
    assertEquals(List.of(LocalDate.of(2019, 11, 17), LocalDate.of(2019, 12, 23), LocalDate.of(2019, 12, 23)),
        List.of(DisputedDatePolicy.EARLIEST.choose(published), DisputedDatePolicy.LATEST.choose(published),
            DisputedDatePolicy.FIRST_RECORDED.choose(published)));
  }

  @Test
  void a_period_of_one_is_the_least_allowed() {
    RuleSettings ones = RuleSettings.builder().statementWorkingDays(1).revisitWithinMonths(1)
        .progressReviewWithinMonths(1).fullInspectionYearsAfterOutcome1(1).fullInspectionYearsAfterOutcome2(1)
        .fullInspectionYearsAfterOutcome3(1).monitoringInspectionAfterMonths(1).areaSendWindowMonths(0).build();
    assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 0), List.of(ones.getStatementWorkingDays(), ones.getRevisitWithinMonths(),
        ones.getProgressReviewWithinMonths(), ones.getFullInspectionYearsAfterOutcome1(),
        ones.getFullInspectionYearsAfterOutcome2(), ones.getFullInspectionYearsAfterOutcome3(),
        ones.getMonitoringInspectionAfterMonths(), ones.getAreaSendWindowMonths()));
  }

  @Test
  void the_window_margin_must_stay_below_the_shortest_of_the_periods_it_widens() {
    // The monitoring inspection's 18 months are the shortest by default; just below is allowed.
    assertEquals(17, RuleSettings.defaults().withAreaSendWindowMonths(17).getAreaSendWindowMonths());
    // With the monitoring inspection after 48 months, the 3 years after outcome 2 or 3 (36 months) are shortest.
    assertEquals("areaSendWindowMonths must be at least 0 and less than 36 (the shortest period it widens), so that"
        + " no window opens before the report; found 36", assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.builder().monitoringInspectionAfterMonths(48).areaSendWindowMonths(36).build())
            .getMessage());
    assertEquals(35, RuleSettings.builder().monitoringInspectionAfterMonths(48).areaSendWindowMonths(35).build()
        .getAreaSendWindowMonths());
    // Each of the three outcomes' years can be the shortest.
    assertEquals("areaSendWindowMonths must be at least 0 and less than 12 (the shortest period it widens), so that"
        + " no window opens before the report; found 12", assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.builder().monitoringInspectionAfterMonths(48).fullInspectionYearsAfterOutcome1(1)
                .areaSendWindowMonths(12).build()).getMessage());
    assertEquals("areaSendWindowMonths must be at least 0 and less than 24 (the shortest period it widens), so that"
        + " no window opens before the report; found 24", assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.builder().monitoringInspectionAfterMonths(48).fullInspectionYearsAfterOutcome3(2)
                .areaSendWindowMonths(24).build()).getMessage());
    assertEquals("areaSendWindowMonths must be at least 0 and less than 18 (the shortest period it widens), so that"
        + " no window opens before the report; found -1", assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.defaults().withAreaSendWindowMonths(-1)).getMessage());
  }

  @Test
  void revisits_may_resume_the_day_after_the_suspension() {
    RuleSettings settings = RuleSettings.builder().covidSuspensionFrom(LocalDate.of(2020, 3, 17))
        .revisitsResumedFrom(LocalDate.of(2020, 3, 18)).build();
    assertEquals(LocalDate.of(2020, 3, 18), settings.getRevisitsResumedFrom());
    assertEquals("revisitsResumedFrom (2020-03-16) must be after covidSuspensionFrom (2020-03-17)",
        assertThrows(IllegalArgumentException.class,
            () -> RuleSettings.builder().revisitsResumedFrom(LocalDate.of(2020, 3, 16)).build()).getMessage());
  }

  /**
   * Settings implemented outside the generated class (as a program reading its own configuration might do)
   * still get checked copies from every {@code with} method: the interface's own methods, which the
   * generated class overrides.
   */
  @Test
  void settings_of_another_implementation_get_checked_copies_from_each_with_method() {
    RuleSettings own = new RuleSettings() {
      @Override
      public int getRevisitWithinMonths() {
        return 12;
      }
    };
    RuleSettings twelve = RuleSettings.builder().revisitWithinMonths(12).build();
    WorkingDayCalendar shorter = WorkingDayCalendar.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31),
        List.of(), twelve.getCalendar().sources());
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withStatementWorkingDays(60), own.withStatementWorkingDays(60));
    assertEquals(RuleSettings.defaults().withRevisitWithinMonths(10), own.withRevisitWithinMonths(10));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withProgressReviewWithinMonths(3),
        own.withProgressReviewWithinMonths(3));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withCalendar(shorter), own.withCalendar(shorter));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withDisputedDatePolicy(DisputedDatePolicy.LATEST),
        own.withDisputedDatePolicy(DisputedDatePolicy.LATEST));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withCovidSuspensionFrom(LocalDate.of(2020, 3, 23)),
        own.withCovidSuspensionFrom(LocalDate.of(2020, 3, 23)));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withRevisitsResumedFrom(LocalDate.of(2021, 5, 1)),
        own.withRevisitsResumedFrom(LocalDate.of(2021, 5, 1)));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withRevisitProgrammeEnd(LocalDate.of(2023, 3, 31)),
        own.withRevisitProgrammeEnd(LocalDate.of(2023, 3, 31)));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withMonitoringInspectionAfterMonths(24),
        own.withMonitoringInspectionAfterMonths(24));
    assertEquals(ImmutableRuleSettings.copyOf(twelve).withAreaSendWindowMonths(2), own.withAreaSendWindowMonths(2));
    assertEquals("statementWorkingDays must be at least 1; found 0", assertThrows(IllegalArgumentException.class,
        () -> own.withStatementWorkingDays(0)).getMessage());
  }
}
