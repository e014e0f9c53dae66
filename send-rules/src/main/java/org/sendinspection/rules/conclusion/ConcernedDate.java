package org.sendinspection.rules.conclusion;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;

/**
 * A date a conclusion concerns, with its role: the day a statement is due by, the day visits ceased.
 *
 * <p>Immutable and thread-safe. Example: {@code ConcernedDate.of(DateRole.DUE_BY, LocalDate.of(2020, 4, 2))}.
 */
@Value.Immutable
@SendStyle
public interface ConcernedDate {

  /** What the date is to the conclusion, such as {@link DateRole#DUE_BY}. */
  @Value.Parameter
  DateRole getRole();

  /** The date. */
  @Value.Parameter
  LocalDate getDate();

  @Value.Check
  default void check() {
    // The style checks only that a builder sets every attribute: a null given to of() must be refused here.
    if (getRole() == null || getDate() == null) {
      throw new IllegalArgumentException("ConcernedDate needs a role and a date; found role " + getRole()
          + " and date " + getDate());
    }
  }

  static ConcernedDate of(DateRole role, LocalDate date) {
    return ImmutableConcernedDate.of(role, date);
  }
}
