package org.sendinspection.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.RuleSettings;

/**
 * {@link Lazy} and {@link SharedFacts}: a value is worked out the first time it is asked for and kept,
 * a value that cannot be worked out is refused, and only the rule context hands out its store.
 */
class SharedValuesTest {

  @Test
  void a_lazy_value_is_worked_out_once() {
    AtomicInteger worked = new AtomicInteger();
    Lazy<String> value = Lazy.of(() -> "worked out " + worked.incrementAndGet());
    assertEquals(0, worked.get(), "not before it is asked for");
    assertEquals("worked out 1", value.get());
    assertEquals("worked out 1", value.get());
    assertEquals(1, worked.get());
  }

  @Test
  void a_lazy_value_needs_a_way_to_work_it_out_that_gives_a_value() {
    assertEquals("compute", assertThrows(NullPointerException.class, () -> Lazy.of(null)).getMessage());
    assertEquals("lazy value", assertThrows(NullPointerException.class, () -> Lazy.of(() -> null).get()).getMessage());
  }

  @Test
  void a_store_keeps_each_key_s_first_value() {
    SharedFacts store = new SharedFacts();
    AtomicInteger worked = new AtomicInteger();
    assertEquals("report 1", store.get("report", () -> "report " + worked.incrementAndGet()));
    assertEquals("journey 2", store.get("journey", () -> "journey " + worked.incrementAndGet()));
    assertEquals("report 1", store.get("report", () -> "report " + worked.incrementAndGet()));
    assertEquals("journey 2", store.get("journey", () -> "journey " + worked.incrementAndGet()));
    assertEquals(2, worked.get());
    assertEquals("shared fact", assertThrows(NullPointerException.class, () -> store.get("none", () -> null))
        .getMessage());
  }

  @Test
  void a_value_worked_out_while_another_is_asked_for_is_kept_with_it() {
    SharedFacts store = new SharedFacts();
    // Working out the journey asks for the report: both are kept.
    String journey = store.get("journey", () -> "journey after " + store.get("report", () -> "the report"));
    assertEquals("journey after the report", journey);
    assertEquals("the report", store.get("report", () -> "again"));
    assertEquals("journey after the report", store.get("journey", () -> "again"));
  }

  @Test
  void each_context_has_a_store_of_its_own_and_access_is_granted_once() {
    RuleContext context = RuleContext.of(ExampleRecords.suffolk(), 1, LocalDate.of(2024, 6, 1), RuleSettings.defaults());
    assertSame(SharedFacts.of(context), SharedFacts.of(context));
    RuleContext other = RuleContext.of(ExampleRecords.suffolk(), 0, LocalDate.of(2024, 6, 1), RuleSettings.defaults());
    SharedFacts.of(other).get("key", () -> "other's");
    assertEquals("own", SharedFacts.of(context).get("key", () -> "own"));
    assertEquals("access to a rule context's shared facts is already granted",
        assertThrows(IllegalStateException.class, () -> SharedFacts.grantAccess(c -> new SharedFacts())).getMessage());
    assertEquals("context", assertThrows(NullPointerException.class, () -> SharedFacts.of(null)).getMessage());
  }
}
