package org.sendinspection.rules.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.conclusion.Reason;

/** A journey step's remark is put into words when its note is first read, once, and compared as text. */
class JourneyStepTest {
  private static final LocalDate DAY = LocalDate.of(2019, 12, 23);
  private static final FactReference BASIS = FactReference.of("inspections[0].publishedOn", "the report's publication", DAY);

  private static JourneyStep step(Optional<Reason> remark) {
    return JourneyStep.builder().date(DAY).trigger(JourneyTrigger.REPORT_WITH_SIGNIFICANT_WEAKNESSES)
        .state(JourneyState.AWAITING_WSOA).basis(BASIS).remark(remark).build();
  }

  @Test
  void the_note_is_worded_when_first_read_and_only_once() {
    AtomicInteger worded = new AtomicInteger();
    JourneyStep step = step(Optional.of(Reason.lazily(() -> "Taken as " + worded.incrementAndGet() + ".")));
    assertEquals(0, worded.get(), "building the step words nothing");
    assertEquals(Optional.of("Taken as 1."), step.getNote());
    assertEquals(Optional.of("Taken as 1."), step.getNote());
    assertEquals(1, worded.get());
  }

  @Test
  void steps_are_equal_when_their_notes_read_the_same_and_a_step_without_one_has_none() {
    assertEquals(step(Optional.of(Reason.of("Taken as given."))),
        step(Optional.of(Reason.lazily(() -> "Taken as " + "given."))));
    assertNotEquals(step(Optional.of(Reason.of("Taken as given."))), step(Optional.empty()));
    assertEquals(Optional.empty(), step(Optional.empty()).getNote());
  }
}
