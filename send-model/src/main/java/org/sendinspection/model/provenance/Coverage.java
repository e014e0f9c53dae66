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
 * What a record knows of the facts of one kind that it does not list: whether their absence means
 * they had not happened, and until when.
 *
 * <p>Immutable and thread-safe. Every fact a source may not cover is in one of three states: it
 * happened (the record lists it, with its dated claims); it is known not to have happened by a stated
 * date (the record does not list it, and its coverage is {@linkplain #recordedUntil recorded until}
 * a day on or after that date); or it is not recorded (the record does not list it, and its coverage
 * is {@linkplain #notRecorded() not recorded}). Example: Ofsted's official statistics up to 31 August
 * 2022 record every revisit carried out by then, so an area "not revisited yet" in them is known not to
 * have been revisited by 31 August 2022; they have no column for written statements of action, so
 * whether a statement was submitted is not recorded.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableCoverage.class)
@JsonDeserialize(as = ImmutableCoverage.class)
public interface Coverage {

  /** Which of the states. */
  @NotNull
  CoverageState getState();

  /** For {@link CoverageState#RECORDED_UNTIL}: the last day up to which the list is complete, and who says so. */
  Optional<@Valid DatedFact> getUntil();

  /**
   * Whether the record shows that a fact of this kind not listed had not happened by the given day.
   *
   * @param day the day; not null
   * @return true only if the list is complete until that day or later, under every claim
   */
  default boolean showsNoneOtherBy(LocalDate day) {
    return getUntil().filter(u -> !u.earliestPossible().isBefore(day)).isPresent();
  }

  @Value.Check
  default void check() {
    boolean until = getState() == CoverageState.RECORDED_UNTIL;
    Invariants.of("Coverage")
        .require(until == getUntil().isPresent(), "until", Invariant.COVERAGE_STATES_ITS_DATE,
            until ? "'recorded-until' needs the date until which the facts are recorded (until); found none"
                : "'not-recorded' gives no date; found until " + getUntil().map(DatedFact::describe).orElse(""))
        .check();
  }

  /** The sources do not cover facts of this kind. */
  static Coverage notRecorded() {
    return ImmutableCoverage.builder().state(CoverageState.NOT_RECORDED).build();
  }

  /** Every fact of this kind up to the given day is listed, as the fact's claims say. */
  static Coverage recordedUntil(DatedFact until) {
    return ImmutableCoverage.builder().state(CoverageState.RECORDED_UNTIL).until(until).build();
  }

  static ImmutableCoverage.Builder builder() {
    return ImmutableCoverage.builder();
  }
}
