package org.sendinspection.rules.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.sendinspection.rules.conclusion.Reason;

/** What a journey step says about its date, put into words only when the step's note is read. */
public final class Remarks {
  private Remarks() {}

  /**
   * A step's remark: the one the tracer gives, else what the date itself carries (an assumption, such as
   * a day the record gives only to the month, and a dispute between sources); and, where the fact is
   * recorded before the journey's previous step (and so dated with it), a sentence saying so.
   *
   * @param given the remark the tracer gives; may be empty
   * @param date the fact the step is dated by; not null
   * @param previous the day of the journey's previous step
   * @return the remark, if there is anything to say
   */
  public static Optional<Reason> of(Optional<Reason> given, ResolvedDate date, LocalDate previous) {
    Optional<Reason> remark = given.isPresent() ? given : ofDate(date);
    LocalDate recorded = date.getDate();
    if (!recorded.isBefore(previous)) {
      return remark;
    }
    return Optional.of(Reason.lazily(() -> remark.map(r -> r.text() + " ").orElse("") + "Recorded as "
        + Wording.date(recorded) + ", before the previous step; dated with it."));
  }

  /** What a date carries that a reader must know, in the words a reason gives it: its assumption, then its dispute. */
  private static Optional<Reason> ofDate(ResolvedDate date) {
    if (date.getAssumption().isEmpty() && date.getDisagreement().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Reason.lazily(() -> Wording.notes(date)));
  }
}
