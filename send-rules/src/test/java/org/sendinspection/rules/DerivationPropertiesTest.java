package org.sendinspection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.inspection.FrameworkVersion;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.generate.Shape;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyState;

/** Properties of every derivation, over records from the model's generators and many seeds. */
class DerivationPropertiesTest {
  private static final int TRIES = 300;
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2027, 6, 30);
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  /** A record, a date to derive as of, and a policy for disputed dates. */
  static class Case {
    final AreaRecord record;
    final LocalDate asOf;
    final RuleSettings settings;

    Case(AreaRecord record, LocalDate asOf, DisputedDatePolicy policy) {
      this.record = record;
      this.asOf = asOf;
      this.settings = RuleSettings.defaults().withDisputedDatePolicy(policy);
    }

    Derivation derive() {
      return Derivation.of(record, asOf, settings);
    }

    Derivation derive(LocalDate day) {
      return Derivation.of(record, day, settings);
    }

    @Override
    public String toString() {
      return "as of " + asOf + ", " + settings.getDisputedDatePolicy() + " claims, record:\n" + CODEC.write(record);
    }
  }

  private static Gen<Case> cases(AreaRecordGenerator records) {
    return (Draws draws) -> new Case(records.generate(draws), draws.dayBetween(FIRST_DAY, LAST_DAY),
        draws.oneOf(List.of(DisputedDatePolicy.values())));
  }

  private static PropertyCheck<Case> forAll(AreaRecordGenerator records) {
    return PropertyCheck.forAll(cases(records)).tries(TRIES).describedBy(Case::toString);
  }

  private static final AreaRecordGenerator ANY = AreaRecordGenerator.any().withAreaSendInspections(25);
  private static final AreaRecordGenerator REVISITED = AreaRecordGenerator.any()
      .withShapes(Shape.REVISIT_ALL_SUFFICIENT, Shape.REVISIT_SOME_SUFFICIENT, Shape.REVISIT_NONE_SUFFICIENT);

  @Test
  void quarterly_visits_cease_exactly_when_a_known_revisit_outcome_has_every_weakness_sufficient() {
    forAll(ANY).check(c -> {
      Derivation derivation = c.derive();
      for (LocalAreaSendInspection inspection : inspections2016(c.record)) {
        boolean expected = inspection.getRevisit()
            .filter(r -> !outcomeKnownOn(r, c.settings.getDisputedDatePolicy()).isAfter(c.asOf))
            .filter(r -> r.notSufficientCount() == 0).isPresent();
        List<Conclusion> ceased = of(derivation, ConclusionKind.QUARTERLY_VISITS_CEASED, inspection.getId());
        assertEquals(expected ? 1 : 0, ceased.size(), "ceased conclusions");
        if (expected) {
          assertTrue(of(derivation, ConclusionKind.QUARTERLY_VISITS_IN_FORCE, inspection.getId()).isEmpty());
          assertTrue(of(derivation, ConclusionKind.QUARTERLY_VISITS_CONTINUE, inspection.getId()).isEmpty());
        }
      }
    });
  }

  @Test
  void adding_an_outcome_of_sufficient_progress_never_makes_the_visits_start_again() {
    forAll(REVISITED).check(c -> {
      AreaRecord record = c.record;
      boolean ceased = visitsCeased(Derivation.of(record, c.asOf, c.settings));
      boolean inForce = visitsInForce(Derivation.of(record, c.asOf, c.settings));
      Optional<AreaRecord> better = oneMoreSufficient(record);
      while (better.isPresent()) {
        Derivation next = Derivation.of(better.get(), c.asOf, c.settings);
        assertFalse(ceased && !visitsCeased(next), "an extra sufficient outcome undid the cessation");
        assertFalse(!inForce && visitsInForce(next), "an extra sufficient outcome started the visits");
        ceased = visitsCeased(next);
        inForce = visitsInForce(next);
        better = oneMoreSufficient(better.get());
      }
    });
  }

  @Test
  void once_the_visits_cease_they_stay_ceased_on_every_later_date() {
    forAll(REVISITED).check(c -> {
      if (!visitsCeased(c.derive())) {
        return;
      }
      for (LocalDate later = c.asOf; later.isBefore(LAST_DAY); later = later.plusDays(97)) {
        Derivation then = c.derive(later);
        assertTrue(visitsCeased(then), "ceased on " + c.asOf + " but not on " + later);
        assertFalse(visitsInForce(then), "in force again on " + later);
      }
    });
  }

  @Test
  void no_conclusion_has_a_date_before_the_facts_it_rests_on() {
    forAll(ANY).check(c -> {
      for (Conclusion conclusion : c.derive().conclusions()) {
        for (ConcernedDate date : conclusion.getDates()) {
          for (FactReference fact : conclusion.getBasis()) {
            fact.getDate().ifPresent(factDate -> assertFalse(date.getDate().isBefore(factDate),
                conclusion.getKind() + " " + date.getRole() + " " + date.getDate() + " is before "
                    + fact.getPath() + " (" + factDate + ")"));
          }
        }
      }
    });
  }

  @Test
  void no_conclusion_rests_on_a_fact_dated_after_the_as_of_date() {
    forAll(ANY).check(c -> {
      for (Conclusion conclusion : c.derive().conclusions()) {
        for (FactReference fact : conclusion.getBasis()) {
          fact.getDate().ifPresent(d -> assertFalse(d.isAfter(c.asOf),
              conclusion.getKind() + " rests on " + fact.getPath() + " dated " + d));
        }
      }
    });
  }

  @Test
  void a_conclusion_resting_on_a_disputed_date_names_every_claim_in_its_reason() {
    forAll(ANY).check(c -> {
      for (Conclusion conclusion : c.derive().conclusions()) {
        for (FactReference fact : conclusion.getBasis()) {
          fact.getDispute().ifPresent(dispute -> {
            assertTrue(dispute.startsWith("The sources disagree on "), dispute);
            assertTrue(conclusion.getReason().contains(dispute), conclusion.getKind() + ": " + conclusion.getReason());
          });
        }
      }
    });
  }

  @Test
  void the_state_on_any_date_is_reachable_and_agrees_with_a_derivation_as_of_that_date() {
    forAll(ANY).check(c -> {
      List<Journey> full = c.derive(LAST_DAY).journeys();
      for (LocalDate day = FIRST_DAY.plusDays(c.asOf.getDayOfYear()); day.isBefore(LAST_DAY); day = day.plusDays(91)) {
        List<Journey> then = c.derive(day).journeys();
        for (int i = 0; i < full.size(); i++) {
          JourneyState state = full.get(i).stateOn(day);
          assertTrue(full.get(i).machine().reachableStates().contains(state), state.name());
          if (state == then.get(i).current()) {
            continue;
          }
          // Hindsight may know more than the day did: a deadline that later facts show had passed (the
          // revisit came after its usual date) is unknown on the day unless the record showed it then.
          assertTrue(HINDSIGHT.contains(state), "state on " + day + ": " + state + " but " + then.get(i).current());
          LocalDate onDay = day;
          LocalDate passed = full.get(i).steps().stream().filter(st -> !st.getDate().isAfter(onDay))
              .reduce((a, b) -> b).orElseThrow().getDate();
          assertEquals(full.get(i).stateOn(passed.minusDays(1)), then.get(i).current(), "state on " + day);
        }
      }
    });
  }

  private static final java.util.Set<JourneyState> HINDSIGHT = java.util.EnumSet.of(JourneyState.WSOA_OVERDUE,
      JourneyState.REVISIT_OVERDUE);

  @Test
  void the_journey_state_conclusion_names_the_state_of_the_journey() {
    forAll(ANY).check(c -> {
      Derivation derivation = c.derive();
      List<Conclusion> states = derivation.conclusions(ConclusionKind.JOURNEY_STATE);
      List<Journey> started = new ArrayList<>();
      derivation.journeys().stream().filter(j -> !j.steps().isEmpty()).forEach(started::add);
      assertEquals(started.size(), states.size());
      for (int i = 0; i < states.size(); i++) {
        assertTrue(states.get(i).getReason().contains("\"" + started.get(i).current().description() + "\""),
            states.get(i).getReason());
      }
    });
  }

  @Test
  void derivation_is_deterministic_and_survives_a_json_round_trip_of_the_record() {
    forAll(ANY).check(c -> {
      Derivation once = c.derive();
      assertEquals(once, c.derive());
      assertEquals(once.conclusions(),
          Derivation.of(CODEC.read(CODEC.write(c.record)), c.asOf, c.settings).conclusions());
      assertEquals(once.report(), c.derive().report());
    });
  }

  @Test
  void every_conclusion_names_a_citation_and_a_rule_of_the_registry_and_gives_a_reason() {
    forAll(ANY).check(c -> {
      for (Conclusion conclusion : c.derive().conclusions()) {
        assertFalse(conclusion.getCitations().isEmpty(), conclusion.toString());
        assertTrue(RuleRegistry.standard().rule(conclusion.getRuleId()).isPresent(), conclusion.getRuleId());
        // The rules word their reasons lazily: reading one is when a blank or failing wording shows.
        String reason = conclusion.getReason();
        assertFalse(reason.isBlank(), conclusion.getRuleId());
        assertEquals(reason, conclusion.getReasoning().text(), conclusion.getRuleId());
      }
    });
  }

  @Test
  void reasons_read_by_two_threads_at_once_are_the_words_of_a_derivation_read_by_one() {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      forAll(ANY).tries(TRIES / 3).check(c -> {
        List<Conclusion> conclusions = c.derive().conclusions();
        Supplier<List<String>> read = () -> conclusions.stream().map(Conclusion::getReason).collect(Collectors.toList());
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(read, threads);
        CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(read, threads);
        List<String> alone = c.derive().conclusions().stream().map(Conclusion::getReason).collect(Collectors.toList());
        assertEquals(alone, first.join());
        assertEquals(alone, second.join());
      });
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void a_statement_is_required_exactly_when_the_inspection_found_a_significant_weakness() {
    forAll(ANY).check(c -> {
      Derivation derivation = c.derive();
      for (LocalAreaSendInspection inspection : inspections2016(c.record)) {
        boolean reported = !chosen(inspection.getLetterDate().or(inspection::getPublishedOn).orElseThrow(),
            c.settings.getDisputedDatePolicy()).isAfter(c.asOf);
        if (inspection.significantWeaknessTotal().isEmpty()) {
          // Not recorded: a recorded statement shows one was required; otherwise it is not determinable.
          boolean statement = inspection.getWrittenStatement().isPresent();
          assertEquals(reported && !statement ? 1 : 0, derivation.conclusions(ConclusionKind.NOT_DETERMINABLE).stream()
              .filter(x -> x.getRuleId().equals("2016.wsoa-required")).count());
          assertEquals(reported && statement ? 1 : 0,
              of(derivation, ConclusionKind.WSOA_REQUIRED, inspection.getId()).size());
          continue;
        }
        int found = inspection.significantWeaknessTotal().orElseThrow();
        assertEquals(reported && found > 0 ? 1 : 0,
            of(derivation, ConclusionKind.WSOA_REQUIRED, inspection.getId()).size());
        assertEquals(reported && found == 0 ? 1 : 0,
            of(derivation, ConclusionKind.WSOA_NOT_REQUIRED, inspection.getId()).size());
      }
    });
  }

  @Test
  void summaries_never_count_more_sufficient_weaknesses_than_were_found() {
    forAll(ANY).check(c -> c.derive().summaries().forEach(s ->
        assertTrue(s.getWeaknessesWithSufficientProgress().orElse(0) <= s.getWeaknessesFound().orElse(Integer.MAX_VALUE),
            s.toString())));
  }

  private static boolean visitsCeased(Derivation derivation) {
    return !derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).isEmpty();
  }

  private static boolean visitsInForce(Derivation derivation) {
    return !derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_IN_FORCE).isEmpty();
  }

  private static List<Conclusion> of(Derivation derivation, ConclusionKind kind, String inspectionId) {
    List<Conclusion> found = new ArrayList<>();
    derivation.conclusions(kind).stream().filter(c -> c.getInspectionId().equals(inspectionId)).forEach(found::add);
    return found;
  }

  private static List<LocalAreaSendInspection> inspections2016(AreaRecord record) {
    List<LocalAreaSendInspection> found = new ArrayList<>();
    record.getInspections().stream().filter(i -> i.framework() == FrameworkVersion.LOCAL_AREA_SEND_2016)
        .forEach(i -> found.add((LocalAreaSendInspection) i));
    return found;
  }

  /** When a revisit's outcome is known, as the rules document it: letter, publication, last day, first day. */
  private static LocalDate outcomeKnownOn(Revisit revisit, DisputedDatePolicy policy) {
    return chosen(revisit.getLetterDate().or(revisit::getPublishedOn).or(revisit::getOnSiteEnd)
        .orElse(revisit.getOnSiteStart()), policy);
  }

  private static LocalDate chosen(DatedFact fact, DisputedDatePolicy policy) {
    return policy.choose(fact);
  }

  /** The record with one more weakness found to have sufficient progress at its revisit, if any lacks it. */
  private static Optional<AreaRecord> oneMoreSufficient(AreaRecord record) {
    List<org.sendinspection.model.inspection.Inspection> inspections = new ArrayList<>(record.getInspections());
    for (int i = 0; i < inspections.size(); i++) {
      if (inspections.get(i).framework() != FrameworkVersion.LOCAL_AREA_SEND_2016) {
        continue;
      }
      LocalAreaSendInspection inspection = (LocalAreaSendInspection) inspections.get(i);
      Optional<Revisit> improved = inspection.getRevisit().flatMap(DerivationPropertiesTest::improved);
      if (improved.isPresent()) {
        // Next steps follow only a revisit that left a weakness without sufficient progress.
        inspections.set(i, LocalAreaSendInspection.builder().from(inspection).revisit(improved.get())
            .nextSteps(improved.get().notSufficientCount() > 0 ? inspection.getNextSteps() : Optional.empty())
            .build());
        return Optional.of(AreaRecord.builder().from(record).inspections(inspections).build());
      }
    }
    return Optional.empty();
  }

  private static Optional<Revisit> improved(Revisit revisit) {
    if (revisit.notSufficientCount() == 0) {
      return Optional.empty();
    }
    if (!revisit.hasOutcomesPerWeakness()) {
      ProgressCounts counts = revisit.getOutcomeCounts().orElseThrow();
      return Optional.of(Revisit.builder().from(revisit)
          .outcomeCounts(ProgressCounts.of(counts.getSufficient() + 1, counts.getNotSufficient() - 1)).build());
    }
    List<WeaknessOutcome> outcomes = new ArrayList<>(revisit.getOutcomes());
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).getProgress() == Progress.NOT_SUFFICIENT) {
        outcomes.set(i, WeaknessOutcome.builder().from(outcomes.get(i)).progress(Progress.SUFFICIENT).build());
        break;
      }
    }
    return Optional.of(Revisit.builder().from(revisit).outcomes(outcomes).build());
  }
}
