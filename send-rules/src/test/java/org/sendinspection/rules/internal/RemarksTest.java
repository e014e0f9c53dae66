package org.sendinspection.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.conclusion.Reason;

/** What a journey step says about its date: the tracer's words, else the date's assumption and dispute, and lateness. */
class RemarksTest {
  private static final LocalDate DAY = LocalDate.of(2019, 12, 23);
  private static final String PATH = "inspections[0].publishedOn";

  private static ResolvedDate plain() {
    return ResolvedDate.of(DatedFact.of(DAY), PATH, "the report's publication", DisputedDatePolicy.EARLIEST);
  }

  private static ResolvedDate disputed() {
    return ResolvedDate.of(DatedFact.builder().addClaims(DateClaim.of(DAY, Citation.of("council-paper")),
        DateClaim.of(DAY.plusDays(3), Citation.of("letter"))).build(), PATH, "the report's publication",
        DisputedDatePolicy.EARLIEST);
  }

  private static Optional<String> text(Optional<Reason> remark) {
    return remark.map(Reason::text);
  }

  @Test
  void the_tracer_s_words_come_first_and_a_plain_date_on_time_says_nothing() {
    assertEquals(Optional.of("Given."), text(Remarks.of(Optional.of(Reason.of("Given.")), disputed(), DAY)));
    assertEquals(Optional.empty(), Remarks.of(Optional.empty(), plain(), DAY));
  }

  @Test
  void otherwise_the_date_s_assumption_and_dispute_are_given_together() {
    String dispute = disputed().getDispute().orElseThrow();
    assertEquals(Optional.of(dispute), text(Remarks.of(Optional.empty(), disputed(), DAY)));
    assertEquals(Optional.of("Taken so."), text(Remarks.of(Optional.empty(), plain().assuming("Taken so."), DAY)));
    assertEquals(Optional.of("Taken so. " + dispute),
        text(Remarks.of(Optional.empty(), disputed().assuming("Taken so."), DAY)));
  }

  @Test
  void a_date_before_the_previous_step_says_it_is_dated_with_it() {
    assertEquals(Optional.of("Recorded as 23 December 2019, before the previous step; dated with it."),
        text(Remarks.of(Optional.empty(), plain(), DAY.plusDays(1))));
    assertEquals(Optional.of("Given. Recorded as 23 December 2019, before the previous step; dated with it."),
        text(Remarks.of(Optional.of(Reason.of("Given.")), plain(), DAY.plusDays(1))));
  }
}
