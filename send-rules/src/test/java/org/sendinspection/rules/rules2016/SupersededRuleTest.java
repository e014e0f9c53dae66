package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
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
 * The area's next full inspection ends what a 2016 statement still required, on its first day on site:
 * unless a revisit had already found sufficient progress on every weakness, which ended the monitoring
 * before. Obligations still in force are then no longer stated; what happened before stays.
 */
class SupersededRuleTest {
  private static final WrittenStatementOfAction ACCEPTED = WrittenStatementOfAction.builder()
      .addSubmissions(knownByEvaluation("2019-05-14", EvaluationVerdict.FIT_FOR_PURPOSE)).build();
  private static final AreaSendInspection AREA_SEND = AreaSendInspection.builder().id("area-send-2023")
      .onSiteStart(on("2023-03-06")).publishedOn(on("2023-06-09")).outcome(AreaSendOutcome.INCONSISTENT)
      .priorityActionPlanRequired(false).strategicPlanUpdateRequested(true).build();

  /** Inspected from 1 October 2018, the report letter dated 5 December 2018. */
  private static ImmutableLocalAreaSendInspection.Builder reported(int weaknesses) {
    return inspection("2018-10-01").significantWeaknesses(weaknesses(weaknesses)).letterDate(on("2018-12-05"));
  }

  private static List<Conclusion> of(Derivation derivation, String ruleId) {
    return derivation.conclusions().stream().filter(c -> c.getRuleId().equals(ruleId)).collect(Collectors.toList());
  }

  private static List<ConclusionKind> kinds(Derivation derivation) {
    return derivation.conclusions().stream().filter(c -> c.getInspectionId().equals("inspection-2018"))
        .map(Conclusion::getKind).collect(Collectors.toList());
  }

  @Test
  void a_statement_awaiting_its_revisit_is_superseded_on_the_first_day_of_the_next_inspection() {
    Derivation derivation = Derivation.of(record(reported(2).writtenStatement(ACCEPTED).build(), AREA_SEND),
        day("2023-06-30"));
    Conclusion superseded = of(derivation, SupersededRule.ID).get(0);
    assertEquals(ConclusionKind.OBLIGATIONS_SUPERSEDED, superseded.getKind());
    assertEquals(Optional.of(day("2023-03-06")), superseded.date(DateRole.SUPERSEDED_ON));
    assertEquals(List.of("inspections[1].onSiteStart"),
        superseded.getBasis().stream().map(FactReference::getPath).collect(Collectors.toList()));
    assertEquals("The area's next full inspection began on 6 March 2023, so what this inspection's written statement"
        + " of action still required (its submission, the revisit, the quarterly support and challenge visits, any"
        + " progress review) ends then: the new inspection's outcome says what follows.", superseded.getReason());
  }

  @Test
  void once_superseded_no_obligation_still_in_force_is_stated_and_the_past_stays() {
    AreaRecord record = record(reported(2).writtenStatement(ACCEPTED).build(), AREA_SEND);
    List<ConclusionKind> before = kinds(Derivation.of(record, day("2023-03-05")));
    assertTrue(before.contains(ConclusionKind.QUARTERLY_VISITS_IN_FORCE), before.toString());
    List<ConclusionKind> after = kinds(Derivation.of(record, day("2023-06-30")));
    assertTrue(after.contains(ConclusionKind.WSOA_REQUIRED), after.toString());
    assertTrue(after.contains(ConclusionKind.WSOA_FIT_FOR_PURPOSE), after.toString());
    for (ConclusionKind ended : SupersededRule.ENDED) {
      assertTrue(!after.contains(ended), ended + " in " + after);
    }
  }

  @Test
  void when_the_revisit_was_due_stays_true_once_it_took_place_and_is_not_stated_where_it_never_did() {
    Revisit insufficient = revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT, Progress.NOT_SUFFICIENT);
    Derivation revisited = Derivation.of(record(reported(2).writtenStatement(ACCEPTED).revisit(insufficient).build(),
        AREA_SEND), day("2023-06-30"));
    assertEquals(1, revisited.conclusions(ConclusionKind.REVISIT_DUE).size(), revisited.report());
    assertTrue(revisited.conclusions(ConclusionKind.QUARTERLY_VISITS_CONTINUE).isEmpty(), revisited.report());
    assertEquals(1, revisited.conclusions(ConclusionKind.OBLIGATIONS_SUPERSEDED).size());
    Derivation never = Derivation.of(record(reported(2).writtenStatement(ACCEPTED).build(), AREA_SEND),
        day("2023-06-30"));
    assertTrue(never.conclusions(ConclusionKind.REVISIT_DUE).isEmpty(), never.report());
  }

  @Test
  void a_revisit_that_found_every_weakness_improved_before_the_next_inspection_leaves_nothing_to_supersede() {
    Revisit sufficient = revisit("2021-05-05", "2021-06-14", Progress.SUFFICIENT, Progress.SUFFICIENT);
    Derivation derivation = Derivation.of(record(reported(2).writtenStatement(ACCEPTED).revisit(sufficient).build(),
        AREA_SEND), day("2023-06-30"));
    assertEquals(List.of(), of(derivation, SupersededRule.ID));
    assertEquals(1, derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).size());
  }

  @Test
  void a_revisit_whose_letter_came_on_the_next_inspection_s_first_day_still_ended_the_visits_itself() {
    Revisit sufficient = revisit("2023-01-30", "2023-03-06", Progress.SUFFICIENT, Progress.SUFFICIENT);
    Derivation derivation = Derivation.of(record(reported(2).writtenStatement(ACCEPTED).revisit(sufficient).build(),
        AREA_SEND), day("2023-06-30"));
    assertEquals(List.of(), of(derivation, SupersededRule.ID));
  }

  @Test
  void a_revisit_whose_letter_came_after_the_next_inspection_began_did_not_end_the_visits_before_it() {
    Revisit sufficient = revisit("2023-01-30", "2023-03-07", Progress.SUFFICIENT, Progress.SUFFICIENT);
    Derivation derivation = Derivation.of(record(reported(2).writtenStatement(ACCEPTED).revisit(sufficient).build(),
        AREA_SEND), day("2023-06-30"));
    assertEquals(1, of(derivation, SupersededRule.ID).size(), derivation.report());
  }

  @Test
  void a_revisit_letter_after_the_as_of_day_ended_nothing_yet() {
    // Seen on the 2023 inspection's second day: the revisit letter, dated later still, was not out.
    Revisit sufficient = revisit("2023-01-30", "2023-03-10", Progress.SUFFICIENT, Progress.SUFFICIENT);
    Derivation derivation = Derivation.of(record(reported(2).writtenStatement(ACCEPTED).revisit(sufficient).build(),
        AREA_SEND), day("2023-03-07"));
    assertEquals(1, of(derivation, SupersededRule.ID).size(), derivation.report());
  }

  @Test
  void nothing_is_superseded_where_no_statement_was_required_or_its_requirement_is_not_known() {
    Derivation none = Derivation.of(record(inspection("2018-10-01").letterDate(on("2018-12-05")).build(), AREA_SEND),
        day("2023-06-30"));
    assertEquals(List.of(), of(none, SupersededRule.ID));
    Derivation unknown = Derivation.of(record(inspection("2018-10-01").letterDate(on("2018-12-05"))
        .weaknessesKnown(WeaknessesKnown.NOT_RECORDED).build(), AREA_SEND), day("2023-06-30"));
    assertEquals(List.of(), of(unknown, SupersededRule.ID));
  }
}
