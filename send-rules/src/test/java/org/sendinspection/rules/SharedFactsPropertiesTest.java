package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.journey.Journey;

/**
 * What a derivation works out once and shares gives the same answers as working each out afresh: each
 * rule applied to a context of its own, each journey traced from a context of its own; and a record
 * with nothing after the day is read as it is.
 */
class SharedFactsPropertiesTest {
  private static final AreaRecordGenerator RECORDS = AreaRecordGenerator.any().withAreaSendInspections(25);

  /** A record, a day and a policy for disputed dates: the cases of the derivation's other properties. */
  private static final class Case extends DerivationPropertiesTest.Case {
    Case(AreaRecord record, LocalDate asOf, DisputedDatePolicy policy) {
      super(record, asOf, policy);
    }
  }

  private static PropertyCheck<Case> forAll() {
    Gen<Case> cases = (Draws draws) -> new Case(RECORDS.generate(draws),
        draws.dayBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2027, 6, 30)),
        draws.oneOf(List.of(DisputedDatePolicy.values())));
    return PropertyCheck.forAll(cases).tries(200).describedBy(Case::toString);
  }

  @Test
  void shared_facts_give_the_conclusions_and_journeys_of_facts_worked_out_afresh_for_each_rule() {
    forAll().check(c -> {
      Derivation derivation = Derivation.of(c.record, c.asOf, c.settings);
      AreaRecord onDay = RecordOnDay.cut(c.record, c.asOf);
      List<Conclusion> afresh = new ArrayList<>();
      List<Journey> journeys = new ArrayList<>();
      for (int i = 0; i < c.record.getInspections().size(); i++) {
        AreaRecord seen = i < onDay.getInspections().size() ? onDay : c.record;
        for (Rule rule : RuleRegistry.standard().rulesFor(c.record.getInspections().get(i).framework())) {
          afresh.addAll(rule.derive(RuleContext.of(seen, i, c.asOf, c.settings)));
        }
        RuleContext own = RuleContext.of(seen, i, c.asOf, c.settings);
        journeys.add(Frameworks.of(own.inspection()).journey(own));
      }
      assertEquals(afresh, derivation.conclusions());
      assertEquals(journeys, derivation.journeys());
    });
  }

  @Test
  void a_record_is_read_as_it_is_where_nothing_in_it_is_after_the_day_and_a_cut_record_is_cut_no_further() {
    forAll().check(c -> {
      assertSame(c.record, RecordOnDay.cut(c.record, LocalDate.of(2200, 1, 1)));
      AreaRecord cut = RecordOnDay.cut(c.record, c.asOf);
      assertSame(cut, RecordOnDay.cut(cut, c.asOf));
    });
  }

  @Test
  void journeys_asked_for_from_several_threads_at_once_are_the_same() throws InterruptedException {
    Case c = new Case(RECORDS.generateNth(11L, 0), LocalDate.of(2026, 6, 30), DisputedDatePolicy.MOST_CORROBORATED);
    List<Journey> expected = Derivation.of(c.record, c.asOf, c.settings).journeys();
    Derivation derivation = Derivation.of(c.record, c.asOf, c.settings);
    List<List<Journey>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(new Thread(() -> seen.add(derivation.journeys())));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(4, seen.size());
    seen.forEach(journeys -> assertEquals(expected, journeys));
  }
}
