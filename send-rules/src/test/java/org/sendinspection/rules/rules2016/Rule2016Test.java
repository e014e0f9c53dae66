package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sendinspection.rules.rules2016.Records2016.day;
import static org.sendinspection.rules.rules2016.Records2016.inspection;
import static org.sendinspection.rules.rules2016.Records2016.on;
import static org.sendinspection.rules.rules2016.Records2016.record;
import static org.sendinspection.rules.rules2016.Records2016.weaknesses;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Rule;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.DateRole;

/**
 * The 2016 rules applied one at a time, as a caller of {@link Rule#derive} may: only to a 2016 inspection that
 * has begun by the as-of date; and the journey-state rule's conclusion.
 */
class Rule2016Test {
  private static final AreaRecord RECORD = record(inspection("2018-10-01").significantWeaknesses(weaknesses(2))
          .letterDate(on("2018-12-05")).build(),
      AreaSendInspection.builder().id("area-send-2023").onSiteStart(on("2023-03-06")).publishedOn(on("2023-06-09"))
          .outcome(AreaSendOutcome.INCONSISTENT).priorityActionPlanRequired(false).strategicPlanUpdateRequested(true)
          .build());

  private static List<Conclusion> derive(Rule rule, int inspection, String asOf) {
    return rule.derive(RuleContext.of(RECORD, inspection, day(asOf), RuleSettings.defaults()));
  }

  @Test
  void a_2016_rule_concludes_nothing_about_an_inspection_not_begun_by_the_day() {
    assertEquals(List.of(), derive(new StatementRequiredRule(), 0, "2018-09-30"));
    assertEquals(List.of(), derive(new JourneyStateRule(), 0, "2018-09-30"));
    assertEquals(1, derive(new StatementRequiredRule(), 0, "2018-12-05").size());
  }

  @Test
  void a_2016_rule_concludes_nothing_about_a_2023_inspection() {
    for (Rule rule : Framework2016.framework().rules()) {
      assertEquals(List.of(), derive(rule, 1, "2024-01-01"), rule.id());
    }
  }

  @Test
  void the_journey_state_says_where_the_journey_stands_since_when_and_why() {
    Conclusion state = derive(new JourneyStateRule(), 0, "2019-01-15").get(0);
    assertEquals(ConclusionKind.JOURNEY_STATE, state.getKind());
    assertEquals(JourneyStateRule.ID, state.getRuleId());
    assertEquals(Optional.of(day("2018-12-05")), state.date(DateRole.SINCE));
    assertEquals(Optional.of(day("2019-01-15")), state.date(DateRole.AS_OF));
    assertEquals("inspections[0].letterDate", state.getBasis().get(0).getPath());
  }
}
