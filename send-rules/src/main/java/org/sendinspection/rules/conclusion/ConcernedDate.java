package org.sendinspection.rules.conclusion;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;

/**
 * A date a conclusion concerns, with its role: the day a statement is due by, the day visits ceased.
 *
 * <p>Immutable and thread-safe. Example: {@code ConcernedDate.of("due by", LocalDate.of(2020, 4, 2))}.
 */
@Value.Immutable
@SendStyle
public interface ConcernedDate {

  /** What the date is to the conclusion, in a few words, such as {@code due by}. */
  @Value.Parameter
  String getRole();

  /** The date. */
  @Value.Parameter
  LocalDate getDate();

  @Value.Check
  default void check() {
    ConclusionChecks.requireText(getRole(), "ConcernedDate.role");
  }

  static ConcernedDate of(String role, LocalDate date) {
    return ImmutableConcernedDate.of(role, date);
  }
}
