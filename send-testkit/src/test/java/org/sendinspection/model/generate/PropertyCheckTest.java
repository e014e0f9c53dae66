package org.sendinspection.model.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;

/** The property runner itself: it finds failures, names the seed, replays and shrinks. */
class PropertyCheckTest {

  @Test
  void a_property_that_holds_runs_every_try() {
    assertEquals(50, PropertyCheck.forAll(d -> d.between(0, 10)).tries(50).check(v -> { }));
  }

  @Test
  void a_failure_names_a_seed_that_replays_it() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(d -> d.between(0, 1000)).tries(500).checkThat(v -> v < 900));
    String message = error.getMessage();
    assertTrue(message.contains("-Dsend.property.seed="), message);
    long seed = Long.parseLong(message.replaceAll("(?s).*seed: (\\d+).*", "$1"));
    int replayed = ((Gen<Integer>) d -> d.between(0, 1000)).generate(seed);
    assertTrue(replayed >= 900, "the reported seed replays the failure: " + replayed);
  }

  @Test
  void shrinking_finds_the_smallest_failing_number() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(d -> d.between(0, 1_000_000)).tries(100).checkThat(v -> v < 1234));
    assertTrue(error.getMessage().endsWith("\n1234"), error.getMessage());
  }

  @Test
  void shrinking_a_record_tends_to_fewer_weaknesses() {
    // Fails for any record whose inspection found at least two weaknesses: the smallest has exactly two.
    AssertionError error = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(AreaRecordGenerator.any()).tries(200)
            .describedBy(r -> "weaknesses=" + weaknesses(r))
            .checkThat(r -> weaknesses(r) < 2));
    assertTrue(error.getMessage().endsWith("weaknesses=2"), error.getMessage());
  }

  @Test
  void generated_lists_shrink_to_their_least_size() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(((Gen<Integer>) d -> d.between(0, 9)).list(0, 20)).tries(200)
            .checkThat(list -> list.size() < 3));
    assertTrue(error.getMessage().endsWith("\n" + List.of(0, 0, 0)), error.getMessage());
  }

  @Test
  void bad_settings_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> PropertyCheck.forAll(d -> 1).tries(0));
    assertThrows(IllegalArgumentException.class, () -> RecordedDraws.fromSeed(1).between(3, 2));
  }

  private static int weaknesses(AreaRecord record) {
    return record.getInspections().stream()
        .mapToInt(i -> ((LocalAreaSendInspection) i).significantWeaknessTotal().orElseThrow()).sum();
  }
}
