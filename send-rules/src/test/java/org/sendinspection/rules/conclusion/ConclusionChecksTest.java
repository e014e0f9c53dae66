package org.sendinspection.rules.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a conclusion, a fact reference and a rule source refuse, each naming the field and what was
 * found, and how a source is cited in one line.
 */
class ConclusionChecksTest {
  private static final RuleSource HANDBOOK = RuleSource.of("area-send-framework-and-handbook",
      SourceKind.OFFICIAL_GUIDANCE, "Ofsted and CQC, Area SEND inspections: framework and handbook");

  @Test
  void a_not_determinable_conclusion_must_name_the_fact_it_lacks() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conclusion.builder()
        .kind(ConclusionKind.NOT_DETERMINABLE).ruleId("2023.monitoring-inspection").inspectionId("area-send-2023")
        .reasoning(Reason.of("Whether it is overdue cannot be settled.")).addCitations(HANDBOOK).build());
    assertEquals("not-determinable conclusion of rule 2023.monitoring-inspection must name the fact it lacks"
        + " (missingFacts); found none", e.getMessage());
  }

  @Test
  void only_a_not_determinable_conclusion_is_not_determinable_and_it_always_is() {
    IllegalArgumentException claimed = assertThrows(IllegalArgumentException.class, () -> Conclusion.builder()
        .kind(ConclusionKind.MONITORING_INSPECTION_OVERDUE).certainty(Certainty.NOT_DETERMINABLE)
        .ruleId("2023.monitoring-inspection").inspectionId("area-send-2023").reasoning(Reason.of("Overdue."))
        .addCitations(HANDBOOK).build());
    assertEquals("conclusion MONITORING_INSPECTION_OVERDUE of rule 2023.monitoring-inspection has certainty"
        + " NOT_DETERMINABLE; only NOT_DETERMINABLE conclusions are not determinable", claimed.getMessage());
    IllegalArgumentException bounded = assertThrows(IllegalArgumentException.class, () -> Conclusion.builder()
        .kind(ConclusionKind.NOT_DETERMINABLE).certainty(Certainty.BOUNDED).addMissingFacts("inspections")
        .ruleId("2023.next-full-inspection").inspectionId("area-send-2023").reasoning(Reason.of("Not settled."))
        .addCitations(HANDBOOK).build());
    assertEquals("conclusion NOT_DETERMINABLE of rule 2023.next-full-inspection has certainty BOUNDED; only"
        + " NOT_DETERMINABLE conclusions are not determinable", bounded.getMessage());
  }

  @Test
  void a_conclusion_needs_a_rule_identifier() {
    assertEquals("Conclusion.ruleId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Conclusion.builder().kind(ConclusionKind.AREA_SEND_OUTCOME).ruleId(" ").inspectionId("area-send-2023")
            .reasoning(Reason.of("Outcome 3.")).addCitations(HANDBOOK).build()).getMessage());
  }

  @Test
  void a_fact_reference_needs_a_description_and_a_source_an_identifier_and_a_title() {
    assertEquals("FactReference.description must not be blank", assertThrows(IllegalArgumentException.class,
        () -> FactReference.of("inspections[1].publishedOn", "")).getMessage());
    assertEquals("RuleSource.id must not be blank", assertThrows(IllegalArgumentException.class,
        () -> RuleSource.of("", SourceKind.SECONDARY, "A parent carer forum")).getMessage());
    assertEquals("RuleSource.title must not be blank", assertThrows(IllegalArgumentException.class,
        () -> RuleSource.of("pcf-area-send-outcomes", SourceKind.SECONDARY, " ")).getMessage());
  }

  @Test
  void a_dated_fact_reference_keeps_its_date_and_an_undated_one_has_none() {
    FactReference dated = FactReference.of("inspections[1].publishedOn", "the area SEND report's publication",
        LocalDate.of(2024, 1, 30));
    assertEquals(Optional.of(LocalDate.of(2024, 1, 30)), dated.getDate());
    assertEquals(Optional.empty(), dated.getDispute());
    assertEquals(Optional.empty(), FactReference.of("inspections[1].areasForPriorityAction[0]",
        "area for priority action 'strategic-planning'").getDate());
  }

  @Test
  void a_source_is_cited_with_its_title_locator_quote_and_address_where_present() {
    assertEquals("Ofsted and CQC, Area SEND inspections: framework and handbook", HANDBOOK.describe());
    RuleSource full = RuleSource.builder().id("pcf-area-send-outcomes").kind(SourceKind.SECONDARY)
        .title("South Gloucestershire Parent Carers, Local Area SEND Inspection: possible outcomes")
        .locator("outcome 3").quote("Monitoring inspection, usually 18 months")
        .url("https://sgpc.org.uk/news-feed/inspection-possible-outcomes").build();
    assertEquals("South Gloucestershire Parent Carers, Local Area SEND Inspection: possible outcomes, outcome 3:"
        + " \"Monitoring inspection, usually 18 months\" <https://sgpc.org.uk/news-feed/inspection-possible-outcomes>",
        full.describe());
    assertEquals("Ofsted and CQC, Area SEND inspections: framework and handbook <https://www.gov.uk/>",
        RuleSource.builder().from(HANDBOOK).url("https://www.gov.uk/").build().describe());
  }
}
