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
  void shrinking_reaches_the_least_failing_number_from_a_seed_that_once_stopped_short() {
    // From this seed, lowering a number one unit at a time ran out of attempts at 1336.
    AssertionError error = assertThrows(AssertionError.class, () -> PropertyCheck.forAll(d -> d.between(0, 1_000_000))
        .seed(1_337_676_681L).tries(100).checkThat(v -> v < 1234));
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
  void checks_without_a_seed_of_their_own_start_from_the_run_seed() {
    Gen<Integer> numbers = d -> d.between(0, 1_000_000);
    List<Integer> seen = new java.util.ArrayList<>();
    PropertyCheck.forAll(numbers).tries(3).check(seen::add);
    long first = PropertyCheck.runSeed();
    assertEquals(List.of(numbers.generate(first), numbers.generate(first + 1), numbers.generate(first + 2)), seen);
    assertEquals(first, PropertyCheck.runSeed(), "one seed for the whole run");
  }

  @Test
  void a_seed_set_in_code_fixes_the_values_tried() {
    Gen<Integer> numbers = d -> d.between(0, 1_000_000);
    List<Integer> seen = new java.util.ArrayList<>();
    PropertyCheck.forAll(numbers).tries(2).seed(42L).check(seen::add);
    assertEquals(List.of(numbers.generate(42L), numbers.generate(43L)), seen);
  }

  @Test
  void regression_seeds_are_tried_first_and_named_as_such_when_they_fail() {
    Gen<Integer> numbers = d -> d.between(0, 1_000_000);
    List<Integer> seen = new java.util.ArrayList<>();
    assertEquals(5, PropertyCheck.forAll(numbers).tries(3).regressions(7L, 8L).check(seen::add));
    assertEquals(List.of(numbers.generate(7L), numbers.generate(8L)), seen.subList(0, 2));
    int bad = numbers.generate(7L);
    AssertionError error = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(numbers).tries(1).regressions(7L).checkThat(v -> v != bad));
    assertTrue(error.getMessage().contains("seed: 7 (a regression seed, tried on every run)"), error.getMessage());
  }

  @Test
  void a_failure_on_a_fresh_seed_names_the_run_seed() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> PropertyCheck.forAll(d -> d.between(0, 9)).tries(500).checkThat(v -> v < 9));
    assertTrue(error.getMessage().contains("(this run's seed " + PropertyCheck.runSeed() + " + "), error.getMessage());
    assertTrue(error.getMessage().contains(".regressions("), error.getMessage());
  }

  @Test
  void bad_settings_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> PropertyCheck.forAll(d -> 1).tries(0));
    assertThrows(IllegalArgumentException.class, () -> RecordedDraws.fromSeed(1).between(3, 2));
  }

  private static int weaknesses(AreaRecord record) {
    return record.getInspections().stream().filter(LocalAreaSendInspection.class::isInstance)
        .mapToInt(i -> ((LocalAreaSendInspection) i).significantWeaknessTotal().orElse(0)).sum();
  }
}
