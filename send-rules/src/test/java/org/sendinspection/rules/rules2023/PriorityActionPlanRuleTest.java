package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2023.SuffolkVariants.PUBLISHED;
import static org.sendinspection.rules.rules2023.SuffolkVariants.byRule;
import static org.sendinspection.rules.rules2023.SuffolkVariants.one;
import static org.sendinspection.rules.rules2023.SuffolkVariants.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.PriorityActionPlan;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRole;
import org.sendinspection.rules.conclusion.FactReference;

/**
 * Rule {@code 2023.priority-action-plan} on Suffolk's outcome-3 inspection: what the record holds of the
 * plan's submission and acceptance is said, and nothing is said where it holds nothing.
 */
class PriorityActionPlanRuleTest {
  private static final String RULE = PriorityActionPlanRule.ID;
  private static final LocalDate DAY = LocalDate.of(2024, 9, 1);

  private static Conclusion plan(AreaRecord record) {
    return one(Derivation.of(record, DAY), RULE, ConclusionKind.PRIORITY_ACTION_PLAN_REQUIRED);
  }

  @Test
  void a_plan_recorded_as_submitted_and_accepted_is_said_to_be_both() {
    Conclusion plan = plan(with(b -> b.priorityActionPlan(PriorityActionPlan.builder()
        .submittedOn(DatedFact.of(LocalDate.of(2024, 3, 1))).acceptedOn(DatedFact.of(LocalDate.of(2024, 4, 15)))
        .build())));
    assertTrue(plan.getReason().contains(" The record shows the plan was submitted on 2024-03-01 and accepted on"
        + " 2024-04-15."), plan.getReason());
  }

  @Test
  void a_plan_recorded_only_as_submitted_is_not_said_to_be_accepted() {
    Conclusion plan = plan(with(b -> b.priorityActionPlan(PriorityActionPlan.builder()
        .submittedOn(DatedFact.of(LocalDate.of(2024, 3, 1))).build())));
    assertTrue(plan.getReason().contains(" The record shows the plan was submitted on 2024-03-01."), plan.getReason());
    assertFalse(plan.getReason().contains("accepted"), plan.getReason());
  }

  @Test
  void a_plan_recorded_only_as_accepted_is_said_to_be_accepted() {
    Conclusion plan = plan(with(b -> b.priorityActionPlan(PriorityActionPlan.builder()
        .acceptedOn(DatedFact.of(LocalDate.of(2024, 4, 15))).build())));
    assertTrue(plan.getReason().contains(" The record shows the plan was accepted on 2024-04-15."), plan.getReason());
  }

  @Test
  void a_plan_with_no_dates_or_no_plan_gives_no_sentence_about_it() {
    Conclusion undated = plan(with(b -> b.priorityActionPlan(PriorityActionPlan.builder().build())));
    assertFalse(undated.getReason().contains("The record shows the plan"), undated.getReason());
    assertEquals(undated.getReason(), plan(SuffolkVariants.SUFFOLK).getReason());
  }

  @Test
  void areas_known_only_as_a_count_give_the_count_the_date_and_what_the_record_holds_of_the_plan() {
    Conclusion plan = plan(with(b -> b.areasForPriorityAction(List.of()).areasForPriorityActionCount(1)
        .priorityActionPlan(PriorityActionPlan.builder().submittedOn(DatedFact.of(LocalDate.of(2024, 3, 1))).build())));
    assertEquals(Optional.of(PUBLISHED), plan.date(DateRole.REQUIRED_FROM));
    assertEquals(List.of("inspections[1].publishedOn", "inspections[1].areasForPriorityActionCount"),
        plan.getBasis().stream().map(FactReference::getPath).toList());
    assertEquals("1 area for priority action, known only as a count", plan.getBasis().get(1).getDescription());
    assertTrue(plan.getReason().startsWith("With outcome 3, HMCI requires the local area partnership to prepare and"
        + " submit a priority action plan (area SEND) addressing its 1 area for priority action; the record gives"
        + " them only as a count"), plan.getReason());
    assertTrue(plan.getReason().contains(" The record shows the plan was submitted on 2024-03-01."), plan.getReason());
  }

  @Test
  void areas_not_recorded_at_all_still_give_the_requirement_and_the_plan_s_submission() {
    Conclusion plan = plan(with(b -> b.areasForPriorityAction(List.of())
        .priorityActionPlan(PriorityActionPlan.builder().submittedOn(DatedFact.of(LocalDate.of(2024, 3, 1))).build())));
    assertEquals(Optional.of(PUBLISHED), plan.date(DateRole.REQUIRED_FROM));
    assertEquals(List.of("inspections[1].publishedOn"), plan.getBasis().stream().map(FactReference::getPath).toList());
    assertTrue(plan.getReason().contains("how many there are, what they are and which bodies are responsible is not"
        + " known. The record shows the plan was submitted on 2024-03-01."), plan.getReason());
  }

  @Test
  void each_area_in_the_basis_names_its_responsible_bodies() {
    Conclusion plan = plan(SuffolkVariants.SUFFOLK);
    assertEquals("area for priority action 'strategic-planning', responsible: Suffolk County Council, NHS Suffolk and"
        + " North East Essex ICB and NHS Norfolk and Waveney area ICB", plan.getBasis().get(1).getDescription());
    assertEquals("area for priority action 'ehc-plan-processes', responsible: Suffolk County Council, NHS Suffolk and"
        + " North East Essex ICB and NHS Norfolk and Waveney ICB", plan.getBasis().get(2).getDescription());
  }

  @Test
  void nothing_is_required_before_the_report() {
    assertEquals(List.of(), byRule(Derivation.of(SuffolkVariants.SUFFOLK, PUBLISHED.minusDays(1)), RULE));
  }
}
