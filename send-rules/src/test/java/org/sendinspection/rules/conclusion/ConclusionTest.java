package org.sendinspection.rules.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConclusionTest {
  private static final RuleSource LETTER = RuleSource.builder().id("seed-000").kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Joint area SEND revisit in Essex, letter of 30 June 2022").quote("will cease").build();

  @Test
  void a_conclusion_without_a_citation_is_refused_naming_its_kind_and_rule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conclusion.builder()
        .kind(ConclusionKind.QUARTERLY_VISITS_CEASED).ruleId("2016.quarterly-visits").inspectionId("inspection-2019")
        .reason("They cease.").build());
    assertEquals("conclusion QUARTERLY_VISITS_CEASED of rule 2016.quarterly-visits needs at least one citation of"
        + " the rule's source; found none", e.getMessage());
  }

  @Test
  void blank_reasons_paths_and_roles_are_refused_naming_the_field() {
    assertEquals("Conclusion.reason must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Conclusion.builder().kind(ConclusionKind.JOURNEY_STATE).ruleId("r").inspectionId("i").reason(" ")
            .addCitations(LETTER).build()).getMessage());
    assertEquals("FactReference.path must not be blank",
        assertThrows(IllegalArgumentException.class, () -> FactReference.of("", "x")).getMessage());
    assertEquals("ConcernedDate needs a role and a date; found role null and date 2022-06-30",
        assertThrows(IllegalArgumentException.class, () -> ConcernedDate.of(null, LocalDate.of(2022, 6, 30)))
            .getMessage());
  }

  @Test
  void date_finds_a_date_by_its_role_and_the_report_renders_one_conclusion() {
    Conclusion ceased = Conclusion.builder().kind(ConclusionKind.QUARTERLY_VISITS_CEASED)
        .ruleId("2016.quarterly-visits").inspectionId("inspection-2019")
        .addDates(ConcernedDate.of(DateRole.CEASED_ON, LocalDate.of(2022, 6, 30)))
        .addBasis(FactReference.of("inspections[0].revisit.outcomes[0]", "the revisit's outcome",
            LocalDate.of(2022, 6, 30)))
        .reason("They cease.").addCitations(LETTER).build();
    assertEquals(Optional.of(LocalDate.of(2022, 6, 30)), ceased.date(DateRole.CEASED_ON));
    assertEquals(Optional.empty(), ceased.date(DateRole.DUE_BY));
    assertEquals("  QUARTERLY_VISITS_CEASED [2016.quarterly-visits]  ceased on 2022-06-30\n"
        + "    They cease.\n"
        + "    rests on: inspections[0].revisit.outcomes[0] (the revisit's outcome, 2022-06-30)\n"
        + "    source: Ofsted and CQC, Joint area SEND revisit in Essex, letter of 30 June 2022: \"will cease\"\n",
        ConclusionReport.render(ceased));
  }
}
