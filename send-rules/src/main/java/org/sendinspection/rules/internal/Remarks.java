package org.sendinspection.rules.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.sendinspection.rules.conclusion.Reason;

/** What a journey step says about its date, put into words only when the step's note is read. */
public final class Remarks {
  private Remarks() {}

  /**
   * A step's remark: the one given, and, where the fact is recorded before the journey's previous step
   * (and so dated with it), a sentence saying so.
   *
   * @param given the remark the tracer gives, such as an assumption or a dispute; may be empty
   * @param date the fact the step is dated by; not null
   * @param previous the day of the journey's previous step
   * @return the remark, if there is anything to say
   */
  public static Optional<Reason> of(Optional<Reason> given, ResolvedDate date, LocalDate previous) {
    LocalDate recorded = date.getDate();
    if (!recorded.isBefore(previous)) {
      return given;
    }
    return Optional.of(Reason.lazily(() -> given.map(r -> r.text() + " ").orElse("") + "Recorded as "
        + Wording.date(recorded) + ", before the previous step; dated with it."));
  }
}
