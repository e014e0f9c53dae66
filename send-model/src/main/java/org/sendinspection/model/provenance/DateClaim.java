package org.sendinspection.model.provenance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One source's word on when something happened: a day, a month or a year, exactly or as a limit.
 *
 * <p>Immutable and thread-safe. Most claims name a day. "Submitted in June 2018" is the date
 * 2018-06-01 with precision {@link DatePrecision#MONTH}: it happened between 1 and 30 June 2018.
 * "Submitted by 9 September 2022" is the date 2022-09-09 with bound {@link DateBound#ON_OR_BEFORE}.
 * {@link #earliestPossible()} and {@link #latestPossible()} give the interval a claim allows.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableDateClaim.class)
@JsonDeserialize(as = ImmutableDateClaim.class)
public interface DateClaim {

  /** The date claimed. */
  @NotNull
  LocalDate getDate();

  /** Where the claim is made, if recorded. */
  Optional<@Valid Citation> getCitation();

  /** How precisely the source dates the fact; absent means to the day. */
  Optional<DatePrecision> getPrecision();

  /** Where the source gives a limit rather than the date itself; absent means the date itself. */
  Optional<DateBound> getBound();

  /** The last day of the period the date names: the date itself for a claim to the day. */
  default LocalDate lastDayOfPeriod() {
    return getPrecision().orElse(DatePrecision.DAY).lastDay(getDate());
  }

  /** The earliest day the claim allows; {@link LocalDate#MIN} for a claim "on or before". */
  default LocalDate earliestPossible() {
    return getBound().filter(b -> b == DateBound.ON_OR_BEFORE).isPresent() ? LocalDate.MIN : getDate();
  }

  /** The latest day the claim allows; {@link LocalDate#MAX} for a claim "on or after". */
  default LocalDate latestPossible() {
    return getBound().filter(b -> b == DateBound.ON_OR_AFTER).isPresent() ? LocalDate.MAX : lastDayOfPeriod();
  }

  /** Whether the claim names one day exactly: to the day, and not as a limit. */
  default boolean isExactDay() {
    return getPrecision().orElse(DatePrecision.DAY) == DatePrecision.DAY && getBound().isEmpty();
  }

  /**
   * The claim in words: {@code 14 May 2019}'s ISO form for a day, {@code 2018-06 (June 2018)} for a
   * month, and "on or before" where the claim is a limit.
   */
  default String describe() {
    String date;
    switch (getPrecision().orElse(DatePrecision.DAY)) {
      case MONTH:
        date = getDate().toString().substring(0, 7);
        break;
      case YEAR:
        date = String.valueOf(getDate().getYear());
        break;
      default:
        date = getDate().toString();
    }
    return getBound().map(b -> (b == DateBound.ON_OR_BEFORE ? "on or before " : "on or after ") + date)
        .orElse(date);
  }

  @Value.Check
  default void check() {
    DatePrecision precision = getPrecision().orElse(DatePrecision.DAY);
    Invariants.of("DateClaim")
        .require(precision.startsPeriod(getDate()), "date", Invariant.PARTIAL_DATE_STARTS_PERIOD,
            "a claim to the " + precision.wireName() + " records the first day of that "
                + precision.wireName() + "; found " + getDate())
        .check();
  }

  static ImmutableDateClaim.Builder builder() {
    return ImmutableDateClaim.builder();
  }

  static DateClaim of(LocalDate date) {
    return builder().date(date).build();
  }

  static DateClaim of(LocalDate date, Citation citation) {
    return builder().date(date).citation(citation).build();
  }

  /** A claim that the fact happened within the month that begins on the given date. */
  static DateClaim inMonth(int year, int month, Citation citation) {
    return builder().date(LocalDate.of(year, month, 1)).precision(DatePrecision.MONTH).citation(citation).build();
  }

  /** A claim that the fact happened on or before the given day. */
  static DateClaim onOrBefore(LocalDate date, Citation citation) {
    return builder().date(date).bound(DateBound.ON_OR_BEFORE).citation(citation).build();
  }
}
