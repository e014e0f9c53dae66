package org.sendinspection.rules.conclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConclusionTest {
  private static final RuleSource LETTER = RuleSource.builder().id("seed-000").kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Joint area SEND revisit in Essex, letter of 30 June 2022").quote("will cease").build();

  @Test
  void a_conclusion_without_a_citation_is_refused_naming_its_kind_and_rule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conclusion.builder()
        .kind(ConclusionKind.QUARTERLY_VISITS_CEASED).ruleId("2016.quarterly-visits").inspectionId("inspection-2019")
        .reasoning(Reason.of("They cease.")).build());
    assertEquals("conclusion QUARTERLY_VISITS_CEASED of rule 2016.quarterly-visits needs at least one citation of"
        + " the rule's source; found none", e.getMessage());
  }

  @Test
  void blank_reasons_paths_and_roles_are_refused_naming_the_field() {
    assertEquals("Conclusion.reason must not be blank", assertThrows(IllegalArgumentException.class,
        () -> Conclusion.builder().kind(ConclusionKind.JOURNEY_STATE).ruleId("r").inspectionId("i").reasoning(Reason.of(" "))
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
        .reasoning(Reason.of("They cease.")).addCitations(LETTER).build();
    assertEquals(Optional.of(LocalDate.of(2022, 6, 30)), ceased.date(DateRole.CEASED_ON));
    assertEquals(Optional.empty(), ceased.date(DateRole.DUE_BY));
    assertEquals("  QUARTERLY_VISITS_CEASED [2016.quarterly-visits]  ceased on 2022-06-30\n"
        + "    They cease.\n"
        + "    rests on: inspections[0].revisit.outcomes[0] (the revisit's outcome, 2022-06-30)\n"
        + "    source: Ofsted and CQC, Joint area SEND revisit in Essex, letter of 30 June 2022: \"will cease\"\n",
        ConclusionReport.render(ceased));
  }

  @Test
  void a_lazily_worded_reason_is_worded_once_when_first_read_and_is_then_the_conclusions_reason() {
    AtomicInteger worded = new AtomicInteger();
    Conclusion ceased = ceased(Reason.lazily(() -> "They cease on " + worded.incrementAndGet() + "."));
    assertEquals(0, worded.get(), "building a conclusion must not put its reason into words");
    assertEquals("They cease on 1.", ceased.getReason());
    assertEquals("They cease on 1.", ceased.getReasoning().text());
    assertEquals("They cease on 1.", ceased.getReasoning().toString());
    assertEquals(1, worded.get());
  }

  @Test
  void a_lazily_worded_reason_that_comes_out_blank_is_refused_when_read_naming_the_rule() {
    Conclusion blank = ceased(Reason.lazily(() -> "  "));
    IllegalStateException e = assertThrows(IllegalStateException.class, blank::getReason);
    assertEquals("the reason of conclusion QUARTERLY_VISITS_CEASED of rule 2016.quarterly-visits about"
        + " inspection-2019 could not be put into words: the reason was worded as blank text \"  \"; a reason must"
        + " say why in words", e.getMessage());
    assertThrows(IllegalStateException.class, blank::getReason, "a refused reason stays refused");
    assertThrows(IllegalStateException.class, () -> Reason.lazily(() -> null).text());
    assertEquals("Conclusion.reason must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Reason.of("")).getMessage());
  }

  @Test
  void reasons_are_equal_when_their_words_are_and_conclusions_differ_by_their_reasons() {
    assertEquals(Reason.of("They cease."), Reason.lazily(() -> "They cease" + "."));
    assertEquals(Reason.of("They cease.").hashCode(), Reason.lazily(() -> "They cease.").hashCode());
    assertNotEquals(Reason.of("They cease."), Reason.of("They continue."));
    assertEquals(ceased(Reason.of("They cease.")), ceased(Reason.lazily(() -> "They cease.")));
    assertNotEquals(ceased(Reason.of("They cease.")), ceased(Reason.of("They continue.")));
  }

  @Test
  void disputes_are_named_once_in_the_reason_only_when_it_is_read() {
    FactReference disputed = FactReference.builder().path("inspections[0].publishedOn")
        .description("the report's publication").date(LocalDate.of(2019, 12, 23))
        .disagreement(Reason.of("The sources disagree on the report's publication.")).build();
    AtomicInteger worded = new AtomicInteger();
    Conclusion plain = ceased(Reason.of("They cease."));
    assertSame(plain, plain.withDisputesNamed(), "a conclusion resting on no disputed fact is its own answer");
    Conclusion named = Conclusion.builder().from(plain).addBasis(disputed, disputed)
        .reasoning(Reason.lazily(() -> {
          worded.incrementAndGet();
          return "They cease.";
        })).build()
        .withDisputesNamed();
    assertEquals(0, worded.get(), "naming the disputes must not put the reason into words");
    assertEquals("They cease. The sources disagree on the report's publication.", named.getReason());
    Conclusion already = Conclusion.builder().from(plain).addBasis(disputed)
        .reasoning(Reason.of("They cease. The sources disagree on the report's publication.")).build();
    assertEquals(already.getReason(), already.withDisputesNamed().getReason());
    assertEquals(already, already.withDisputesNamed());
  }

  private static Conclusion ceased(Reason reason) {
    return Conclusion.builder().kind(ConclusionKind.QUARTERLY_VISITS_CEASED).ruleId("2016.quarterly-visits")
        .inspectionId("inspection-2019").reasoning(reason).addCitations(LETTER).build();
  }
}
