package org.sendinspection.rules;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.rules.calendar.WorkingDayCalendar;

/**
 * The settings the rules read: periods, the working-day calendar, the COVID-19 dates, the end of the
 * 2016 revisit programme, the 2023 framework's periods and the width of its windows, and the policy
 * for disputed dates.
 *
 * <p>Immutable and thread-safe. Every setting has a default, documented with its source; override any
 * in code: {@code RuleSettings.builder().revisitWithinMonths(12).build()} or
 * {@code RuleSettings.defaults().withDisputedDatePolicy(DisputedDatePolicy.LATEST)}.
 */
@Value.Immutable
@SendStyle
public interface RuleSettings {

  /**
   * The working days after receipt of the report within which the statement is due: 70 (regulation 4
   * of the Children Act 2004 (Joint Area Reviews) Regulations 2015).
   */
  @Value.Default
  default int getStatementWorkingDays() {
    return 70;
  }

  /**
   * The months after the statement is declared fit for purpose within which a revisit usually takes
   * place: 18 (parliamentary answer, 2021: "usually ... within 18 months"; seed 001).
   */
  @Value.Default
  default int getRevisitWithinMonths() {
    return 18;
  }

  /**
   * The months after an insufficient revisit's report within which DfE holds a formal progress review
   * of the accelerated progress plan: 6 (parliamentary answer, 27 May 2021).
   */
  @Value.Default
  default int getProgressReviewWithinMonths() {
    return 6;
  }

  /** The calendar that counts working days: England and Wales, 2016 to 2027. */
  @Value.Default
  default WorkingDayCalendar getCalendar() {
    return WorkingDayCalendar.englandAndWales();
  }

  /** Which claim to take where sources disagree on a date: the one most sources give, by default. */
  @Value.Default
  default DisputedDatePolicy getDisputedDatePolicy() {
    return DisputedDatePolicy.MOST_CORROBORATED;
  }

  /** The day routine inspections, revisits included, were suspended for COVID-19: 17 March 2020. */
  @Value.Default
  default LocalDate getCovidSuspensionFrom() {
    return LocalDate.of(2020, 3, 17);
  }

  /** The first day of the month revisits resumed after the suspension: 1 April 2021. */
  @Value.Default
  default LocalDate getRevisitsResumedFrom() {
    return LocalDate.of(2021, 4, 1);
  }

  /**
   * The last day of the 2016 framework's revisit programme: 31 December 2022 (revisits "continued to
   * December 2022"; the 2023 framework applies from 1 January 2023).
   */
  @Value.Default
  default LocalDate getRevisitProgrammeEnd() {
    return LocalDate.of(2022, 12, 31);
  }

  /**
   * The years after an area SEND inspection with outcome 1 within which the next full inspection
   * follows: 5 (area SEND framework and handbook: "within approximately 5 years").
   */
  @Value.Default
  default int getFullInspectionYearsAfterOutcome1() {
    return 5;
  }

  /**
   * The years after an area SEND inspection with outcome 2 within which the next full inspection
   * follows: 3 (area SEND framework and handbook; Southend-on-Sea's 2023 report: "within approximately
   * 3 years").
   */
  @Value.Default
  default int getFullInspectionYearsAfterOutcome2() {
    return 3;
  }

  /**
   * The years after an area SEND inspection with outcome 3 within which the full reinspection follows:
   * 3 (area SEND framework and handbook; Suffolk's 2024 report: "within approximately three years").
   */
  @Value.Default
  default int getFullInspectionYearsAfterOutcome3() {
    return 3;
  }

  /**
   * The months after the partnership receives its final report with outcome 3 after which the
   * monitoring inspection usually takes place: 18 (the handbook, as a parent carer forum quotes it:
   * "usually 18 months from the date when the local area partnership receives its final full
   * inspection report").
   */
  @Value.Default
  default int getMonitoringInspectionAfterMonths() {
    return 18;
  }

  /**
   * How many months either side of the usual date the window for a 2023-framework inspection runs: 3,
   * so "approximately three years" is a window from 2 years 9 months to 3 years 3 months.
   *
   * <p><b>Unverified and configurable.</b> The framework and the reports say "approximately" and
   * "usually" without a margin; no source found gives one. The reasons of the window conclusions say
   * so. The sources also do not say from which date the full inspection's years count: the rules
   * count them, like the monitoring inspection's months, from the partnership's receipt of the report.
   * Must be at least 0 and less than the monitoring inspection's months.
   */
  @Value.Default
  default int getAreaSendWindowMonths() {
    return 3;
  }

  @Value.Check
  default void check() {
    requirePositive(getStatementWorkingDays(), "statementWorkingDays");
    requirePositive(getRevisitWithinMonths(), "revisitWithinMonths");
    requirePositive(getProgressReviewWithinMonths(), "progressReviewWithinMonths");
    requirePositive(getFullInspectionYearsAfterOutcome1(), "fullInspectionYearsAfterOutcome1");
    requirePositive(getFullInspectionYearsAfterOutcome2(), "fullInspectionYearsAfterOutcome2");
    requirePositive(getFullInspectionYearsAfterOutcome3(), "fullInspectionYearsAfterOutcome3");
    requirePositive(getMonitoringInspectionAfterMonths(), "monitoringInspectionAfterMonths");
    int shortest = Math.min(getMonitoringInspectionAfterMonths(), 12 * Math.min(getFullInspectionYearsAfterOutcome1(),
        Math.min(getFullInspectionYearsAfterOutcome2(), getFullInspectionYearsAfterOutcome3())));
    if (getAreaSendWindowMonths() < 0 || getAreaSendWindowMonths() >= shortest) {
      throw new IllegalArgumentException("areaSendWindowMonths must be at least 0 and less than " + shortest
          + " (the shortest period it widens), so that no window opens before the report; found "
          + getAreaSendWindowMonths());
    }
    if (!getRevisitsResumedFrom().isAfter(getCovidSuspensionFrom())) {
      throw new IllegalArgumentException("revisitsResumedFrom (" + getRevisitsResumedFrom()
          + ") must be after covidSuspensionFrom (" + getCovidSuspensionFrom() + ")");
    }
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be at least 1; found " + value);
    }
  }

  /** These settings with {@code statementWorkingDays} replaced, checked as any settings are. */
  default RuleSettings withStatementWorkingDays(int statementWorkingDays) {
    return ImmutableRuleSettings.copyOf(this).withStatementWorkingDays(statementWorkingDays);
  }

  /** These settings with {@code revisitWithinMonths} replaced, checked as any settings are. */
  default RuleSettings withRevisitWithinMonths(int revisitWithinMonths) {
    return ImmutableRuleSettings.copyOf(this).withRevisitWithinMonths(revisitWithinMonths);
  }

  /** These settings with {@code progressReviewWithinMonths} replaced, checked as any settings are. */
  default RuleSettings withProgressReviewWithinMonths(int progressReviewWithinMonths) {
    return ImmutableRuleSettings.copyOf(this).withProgressReviewWithinMonths(progressReviewWithinMonths);
  }

  /** These settings with {@code calendar} replaced, checked as any settings are. */
  default RuleSettings withCalendar(WorkingDayCalendar calendar) {
    return ImmutableRuleSettings.copyOf(this).withCalendar(calendar);
  }

  /** These settings with {@code disputedDatePolicy} replaced, checked as any settings are. */
  default RuleSettings withDisputedDatePolicy(DisputedDatePolicy disputedDatePolicy) {
    return ImmutableRuleSettings.copyOf(this).withDisputedDatePolicy(disputedDatePolicy);
  }

  /** These settings with {@code covidSuspensionFrom} replaced, checked as any settings are. */
  default RuleSettings withCovidSuspensionFrom(LocalDate covidSuspensionFrom) {
    return ImmutableRuleSettings.copyOf(this).withCovidSuspensionFrom(covidSuspensionFrom);
  }

  /** These settings with {@code revisitsResumedFrom} replaced, checked as any settings are. */
  default RuleSettings withRevisitsResumedFrom(LocalDate revisitsResumedFrom) {
    return ImmutableRuleSettings.copyOf(this).withRevisitsResumedFrom(revisitsResumedFrom);
  }

  /** These settings with {@code revisitProgrammeEnd} replaced, checked as any settings are. */
  default RuleSettings withRevisitProgrammeEnd(LocalDate revisitProgrammeEnd) {
    return ImmutableRuleSettings.copyOf(this).withRevisitProgrammeEnd(revisitProgrammeEnd);
  }

  /** These settings with {@code monitoringInspectionAfterMonths} replaced, checked as any settings are. */
  default RuleSettings withMonitoringInspectionAfterMonths(int monitoringInspectionAfterMonths) {
    return ImmutableRuleSettings.copyOf(this).withMonitoringInspectionAfterMonths(monitoringInspectionAfterMonths);
  }

  /** These settings with {@code areaSendWindowMonths} replaced, checked as any settings are. */
  default RuleSettings withAreaSendWindowMonths(int areaSendWindowMonths) {
    return ImmutableRuleSettings.copyOf(this).withAreaSendWindowMonths(areaSendWindowMonths);
  }

  /** The settings as the framework's sources give them; change one with its {@code with} method. */
  static RuleSettings defaults() {
    return builder().build();
  }

  static ImmutableRuleSettings.Builder builder() {
    return ImmutableRuleSettings.builder();
  }
}
