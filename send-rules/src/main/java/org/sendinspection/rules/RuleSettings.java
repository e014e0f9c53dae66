package org.sendinspection.rules;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.rules.calendar.WorkingDayCalendar;

/**
 * The settings the rules read: periods, the working-day calendar, the COVID-19 dates, the end of the
 * 2016 revisit programme, and the policy for disputed dates.
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

  @Value.Check
  default void check() {
    requirePositive(getStatementWorkingDays(), "statementWorkingDays");
    requirePositive(getRevisitWithinMonths(), "revisitWithinMonths");
    requirePositive(getProgressReviewWithinMonths(), "progressReviewWithinMonths");
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

  /** The settings as the framework's sources give them. */
  static ImmutableRuleSettings defaults() {
    return builder().build();
  }

  static ImmutableRuleSettings.Builder builder() {
    return ImmutableRuleSettings.builder();
  }
}
