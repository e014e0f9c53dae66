package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2016.Records2016.counts;
import static org.sendinspection.rules.rules2016.Records2016.day;
import static org.sendinspection.rules.rules2016.Records2016.inspection;
import static org.sendinspection.rules.rules2016.Records2016.knownByEvaluation;
import static org.sendinspection.rules.rules2016.Records2016.on;
import static org.sendinspection.rules.rules2016.Records2016.record;
import static org.sendinspection.rules.rules2016.Records2016.revisit;
import static org.sendinspection.rules.rules2016.Records2016.weaknesses;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * DfE and NHS England's quarterly support and challenge visits: in force from the requirement of a statement,
 * continuing while any weakness lacks sufficient progress, and ceasing only when a revisit finds sufficient
 * progress on every one.
 */
class QuarterlyVisitsRuleTest {
  private static final WrittenStatementOfAction ACCEPTED = WrittenStatementOfAction.builder()
      .addSubmissions(knownByEvaluation("2019-05-14", EvaluationVerdict.FIT_FOR_PURPOSE)).build();

  /** Inspected from 1 October 2018 with the given weaknesses, the report letter dated 5 December 2018. */
  private static ImmutableLocalAreaSendInspection.Builder reported(int weaknesses) {
    return inspection("2018-10-01").significantWeaknesses(weaknesses(weaknesses)).letterDate(on("2018-12-05"));
  }

  private static List<Conclusion> visits(AreaRecord record, String asOf) {
    return Derivation.of(record, day(asOf)).conclusions().stream()
        .filter(c -> c.getRuleId().equals(QuarterlyVisitsRule.ID)).collect(Collectors.toList());
  }

  private static List<ConclusionKind> kinds(List<Conclusion> conclusions) {
    return conclusions.stream().map(Conclusion::getKind).collect(Collectors.toList());
  }

  @Test
  void the_visits_are_in_force_from_the_day_the_statement_is_required_and_not_before() {
    AreaRecord record = record(reported(4).build());
    assertEquals(List.of(), visits(record, "2018-12-04"), "the report was not out");
    Conclusion inForce = visits(record, "2018-12-05").get(0);
    assertEquals(ConclusionKind.QUARTERLY_VISITS_IN_FORCE, inForce.getKind());
    assertEquals(Optional.of(day("2018-12-05")), inForce.date(DateRole.IN_FORCE_FROM));
    assertEquals(List.of("inspections[0].letterDate"),
        inForce.getBasis().stream().map(FactReference::getPath).collect(Collectors.toList()));
  }

  @Test
  void where_the_record_dates_no_requirement_the_visits_are_in_force_on_the_weaknesses_alone_and_it_says_so() {
    Conclusion inForce = visits(record(inspection("2018-10-01").significantWeaknesses(weaknesses(2)).build()),
        "2019-06-01").get(0);
    assertEquals(ConclusionKind.QUARTERLY_VISITS_IN_FORCE, inForce.getKind());
    assertEquals(List.of(), inForce.getDates());
    assertEquals(List.of("inspections[0].significantWeaknesses[0]", "inspections[0].significantWeaknesses[1]"),
        inForce.getBasis().stream().map(FactReference::getPath).collect(Collectors.toList()));
    assertTrue(inForce.getReason().endsWith("the record gives no date from which they are in force."),
        inForce.getReason());
  }

  @Test
  void no_statement_required_or_none_known_means_no_visits() {
    assertEquals(List.of(), visits(record(inspection("2018-10-01").letterDate(on("2018-12-05")).build()),
        "2019-06-01"));
    assertEquals(List.of(), visits(record(inspection("2018-10-01").letterDate(on("2018-12-05"))
        .weaknessesKnown(org.sendinspection.model.inspection.WeaknessesKnown.NOT_RECORDED).build()), "2019-06-01"));
  }

  @Test
  void three_of_four_weaknesses_improved_and_the_visits_continue_on_the_one_that_did_not() {
    AreaRecord record = record(reported(4).writtenStatement(ACCEPTED).revisit(revisit("2021-05-05", "2021-06-14",
        Progress.SUFFICIENT, Progress.SUFFICIENT, Progress.NOT_SUFFICIENT, Progress.SUFFICIENT)).build());
    List<Conclusion> visits = visits(record, "2021-07-01");
    assertEquals(List.of(ConclusionKind.QUARTERLY_VISITS_IN_FORCE, ConclusionKind.QUARTERLY_VISITS_CONTINUE),
        kinds(visits));
    Conclusion continues = visits.get(1);
    assertEquals(Optional.of(day("2021-06-14")), continues.date(DateRole.REVISIT_OUTCOME_ON));
    assertEquals(List.of("inspections[0].revisit.outcomes[2]"),
        continues.getBasis().stream().map(FactReference::getPath).collect(Collectors.toList()));
    assertEquals("The revisit found sufficient progress on 3 of 4 significant weaknesses, so the quarterly visits do"
        + " not cease: they cease only when every significant weakness has sufficient progress.",
        continues.getReason());
  }

  @Test
  void before_the_revisit_s_outcome_is_known_the_visits_are_only_in_force() {
    AreaRecord record = record(reported(2).writtenStatement(ACCEPTED).revisit(revisit("2021-05-05", "2021-06-14",
        Progress.SUFFICIENT, Progress.SUFFICIENT)).build());
    assertEquals(List.of(ConclusionKind.QUARTERLY_VISITS_IN_FORCE), kinds(visits(record, "2021-06-13")));
    assertEquals(List.of(ConclusionKind.QUARTERLY_VISITS_CEASED), kinds(visits(record, "2021-06-14")));
  }

  @Test
  void every_weakness_improved_and_the_visits_in_force_since_the_requirement_cease_with_the_revisit_letter() {
    AreaRecord record = record(reported(3).writtenStatement(ACCEPTED).revisit(revisit("2021-05-05", "2021-06-14",
        Progress.SUFFICIENT, Progress.SUFFICIENT, Progress.SUFFICIENT)).build());
    Conclusion ceased = visits(record, "2021-07-01").get(0);
    assertEquals(ConclusionKind.QUARTERLY_VISITS_CEASED, ceased.getKind());
    assertEquals(Optional.of(day("2021-06-14")), ceased.date(DateRole.CEASED_ON));
    assertEquals(List.of("inspections[0].revisit.outcomes[0]", "inspections[0].revisit.outcomes[1]",
        "inspections[0].revisit.outcomes[2]", "inspections[0].letterDate"),
        ceased.getBasis().stream().map(FactReference::getPath).collect(Collectors.toList()));
    assertEquals("The revisit found sufficient progress on all 3 significant weaknesses, so DfE and NHS England's"
        + " formal quarterly support and challenge visits, in force since 5 December 2018, cease on 14 June 2021.",
        ceased.getReason());
  }

  @Test
  void a_single_weakness_improved_and_known_from_counts_is_worded_as_such() {
    Revisit counted = Revisit.builder().onSiteStart(on("2021-05-05")).letterDate(on("2021-06-14"))
        .outcomeCounts(counts(1, 0)).build();
    AreaRecord record = record(reported(1).writtenStatement(ACCEPTED).revisit(counted).build());
    assertEquals("The revisit found sufficient progress on the significant weakness (known from counts), so DfE and"
        + " NHS England's formal quarterly support and challenge visits, in force since 5 December 2018, cease on"
        + " 14 June 2021.", visits(record, "2021-07-01").get(0).getReason());
  }

  @Test
  void where_no_requirement_is_dated_the_visits_cease_without_saying_since_when() {
    AreaRecord record = record(inspection("2018-10-01").significantWeaknesses(weaknesses(2))
        .writtenStatement(ACCEPTED).revisit(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT,
            Progress.SUFFICIENT)).build());
    Conclusion ceased = visits(record, "2021-07-01").get(0);
    assertEquals("The revisit found sufficient progress on all 2 significant weaknesses, so DfE and NHS England's"
        + " formal quarterly support and challenge visits cease on 14 June 2021.", ceased.getReason());
    assertEquals(List.of("inspections[0].revisit.outcomes[0]", "inspections[0].revisit.outcomes[1]"),
        ceased.getBasis().stream().map(FactReference::getPath).collect(Collectors.toList()));
  }

  @Test
  void a_determination_recorded_after_the_revisit_is_not_part_of_the_basis_of_the_visits_ceasing() {
    // A record whose only date for HMCI's determination is later than the revisit's outcome: the visits
    // cease on the outcome, and a later fact is not cited for it.
    AreaRecord record = record(inspection("2018-10-01").significantWeaknesses(weaknesses(1))
        .writtenStatement(WrittenStatementOfAction.builder().from(ACCEPTED).determinedOn(on("2021-07-01")).build())
        .revisit(revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT)).build());
    Conclusion ceased = visits(record, "2021-08-01").get(0);
    assertEquals(ConclusionKind.QUARTERLY_VISITS_CEASED, ceased.getKind());
    assertEquals(List.of("inspections[0].revisit.outcomes[0]"),
        ceased.getBasis().stream().map(FactReference::getPath).collect(Collectors.toList()));
    // Nor is it worded as the day the visits were in force from, which would be after they ceased.
    assertEquals("The revisit found sufficient progress on the significant weakness, so DfE and NHS England's"
        + " formal quarterly support and challenge visits cease on 14 June 2021.", ceased.getReason());
  }
}
