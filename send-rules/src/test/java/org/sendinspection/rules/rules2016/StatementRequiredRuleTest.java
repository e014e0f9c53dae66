package org.sendinspection.rules.rules2016;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendinspection.rules.rules2016.Cases2016.basis;
import static org.sendinspection.rules.rules2016.Cases2016.counted;
import static org.sendinspection.rules.rules2016.Cases2016.drawn;
import static org.sendinspection.rules.rules2016.Cases2016.inspectedFrom;
import static org.sendinspection.rules.rules2016.Cases2016.only;
import static org.sendinspection.rules.rules2016.Cases2016.record;
import static org.sendinspection.rules.rules2016.Cases2016.weakness;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.WeaknessesKnown;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConcernedDate;
import org.sendinspection.rules.conclusion.DateRole;

/** Whether a written statement of action is required, from when, and who is jointly responsible for it. */
class StatementRequiredRuleTest {
  private static final LocalDate ON_SITE = LocalDate.of(2019, 9, 30);
  private static final LocalDate LETTER = LocalDate.of(2019, 11, 15);
  private static final LocalDate LATER = LocalDate.of(2020, 6, 1);
  private static final Partner COUNCIL = Partner.of("Essex County Council", PartnerKind.LOCAL_AUTHORITY);
  private static final Partner CCG = Partner.of("Mid Essex CCG", PartnerKind.CLINICAL_COMMISSIONING_GROUP);

  private static ImmutableLocalAreaSendInspection.Builder twoWeaknesses() {
    return inspectedFrom(ON_SITE).addSignificantWeaknesses(weakness("joint-commissioning", "Joint commissioning."),
        weakness("ehc-plans", "EHC plans."));
  }

  private static Conclusion required(AreaRecord record) {
    return only(StatementRequiredRule.ID, record, LATER);
  }

  @Test
  void a_wsoa_is_required_but_undated_when_the_record_gives_no_report_or_determination() {
    Conclusion required = required(record(twoWeaknesses().build(), COUNCIL));
    assertEquals(ConclusionKind.WSOA_REQUIRED, required.getKind());
    assertEquals(List.of(), required.getDates());
    assertEquals(List.of("inspections[0].significantWeaknesses[0]", "inspections[0].significantWeaknesses[1]"),
        basis(required));
    assertEquals("The inspection found 2 significant weaknesses, so HMCI requires a written statement of action;"
        + " the record gives no date for the report or HMCI's determination, so when the requirement took effect,"
        + " and so which partners are jointly responsible, cannot be worked out.", required.getReason());
  }

  @Test
  void a_recorded_statement_requires_it_even_where_the_weaknesses_are_not_recorded() {
    Conclusion required = required(record(inspectedFrom(ON_SITE).weaknessesKnown(WeaknessesKnown.NOT_RECORDED)
        .writtenStatement(WrittenStatementOfAction.builder().build()).build()));
    assertEquals(ConclusionKind.WSOA_REQUIRED, required.getKind());
    assertTrue(required.getReason().startsWith("The inspection found significant weaknesses (their number is not"
        + " recorded), so HMCI requires"), required.getReason());
  }

  @Test
  void the_requirement_takes_effect_on_the_letter_s_date_and_names_the_one_partner_acting_then() {
    Conclusion required = required(record(counted(inspectedFrom(ON_SITE), 1).letterDate(DatedFact.of(LETTER)).build(),
        COUNCIL));
    assertEquals(List.of(ConcernedDate.of(DateRole.REQUIRED_FROM, LETTER)), required.getDates());
    assertEquals(List.of("inspections[0].significantWeaknessCount", "inspections[0].letterDate", "area.partners[0]"),
        basis(required));
    assertEquals("The inspection found 1 significant weakness, so HMCI requires a written statement of action from"
        + " 15 November 2019; Essex County Council is jointly responsible for it, as the local authority and health"
        + " commissioners acting on that date.", required.getReason());
  }

  @Test
  void the_partners_jointly_responsible_are_the_principal_authorities_acting_on_the_day_with_those_the_letter_names() {
    Partner closedBefore = Partner.builder().name("Old CCG").kind(PartnerKind.CLINICAL_COMMISSIONING_GROUP)
        .actingUntil(LETTER).build();
    Partner forum = Partner.of("Essex Family Forum", PartnerKind.OTHER);
    AreaRecord record = record(twoWeaknesses().letterDate(DatedFact.of(LETTER))
            .writtenStatement(WrittenStatementOfAction.builder()
                .addJointlyResponsible("Essex County Council", "the five Essex CCGs").build()).build(),
        closedBefore, COUNCIL, forum, CCG);
    Conclusion required = required(record);
    assertEquals(List.of("inspections[0].significantWeaknesses[0]", "inspections[0].significantWeaknesses[1]",
        "inspections[0].letterDate", "area.partners[1]", "area.partners[3]"), basis(required));
    assertTrue(required.getReason().endsWith("; Essex County Council and Mid Essex CCG are jointly responsible for it,"
        + " as the local authority and health commissioners acting on that date (the letter names Essex County"
        + " Council and the five Essex CCGs)."), required.getReason());
  }

  @Test
  void with_no_partner_acting_on_the_day_the_record_cannot_name_who_is_responsible() {
    Conclusion required = required(record(twoWeaknesses().letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().addJointlyResponsible("Essex County Council").build())
        .build()));
    assertTrue(required.getReason().endsWith("; the record lists no local authority or health commissioner acting"
        + " on that date, so who is jointly responsible cannot be named from it (the letter names Essex County"
        + " Council)."), required.getReason());
    Conclusion unnamed = required(record(twoWeaknesses().letterDate(DatedFact.of(LETTER)).build()));
    assertTrue(unnamed.getReason().endsWith("who is jointly responsible cannot be named from it."),
        unnamed.getReason());
  }

  @Test
  void hmci_s_determination_dates_the_requirement_before_the_letter() {
    LocalDate determined = LocalDate.of(2019, 11, 1);
    Conclusion required = required(record(twoWeaknesses().letterDate(DatedFact.of(LETTER))
        .writtenStatement(WrittenStatementOfAction.builder().determinedOn(DatedFact.of(determined)).build()).build(),
        COUNCIL));
    assertEquals(determined, required.date(DateRole.REQUIRED_FROM).orElseThrow());
    assertTrue(basis(required).contains("inspections[0].writtenStatement.determinedOn"), basis(required).toString());
  }

  @Test
  void no_weakness_means_no_statement_dated_by_the_report() {
    Conclusion notRequired = required(record(counted(inspectedFrom(ON_SITE), 0).letterDate(DatedFact.of(LETTER))
        .build(), COUNCIL));
    assertEquals(ConclusionKind.WSOA_NOT_REQUIRED, notRequired.getKind());
    assertEquals(List.of(ConcernedDate.of(DateRole.REPORTED_ON, LETTER)), notRequired.getDates());
    assertEquals(List.of("inspections[0].significantWeaknessCount", "inspections[0].letterDate"), basis(notRequired));
    assertEquals("The inspection found no significant weakness, so no written statement of action is required.",
        notRequired.getReason());
  }

  @Test
  void no_weakness_and_no_report_date_is_still_no_statement_but_undated() {
    Conclusion notRequired = required(record(counted(inspectedFrom(ON_SITE), 0).build()));
    assertEquals(ConclusionKind.WSOA_NOT_REQUIRED, notRequired.getKind());
    assertEquals(List.of(), notRequired.getDates());
    assertEquals(List.of("inspections[0].significantWeaknessCount"), basis(notRequired));
  }

  @Test
  void before_the_report_is_dated_the_rule_says_nothing_of_the_requirement() {
    AreaRecord record = record(twoWeaknesses().letterDate(DatedFact.of(LETTER)).build(), COUNCIL);
    assertEquals(List.of(), drawn(StatementRequiredRule.ID, record, LETTER.minusDays(1)));
    assertEquals(ConclusionKind.WSOA_REQUIRED, only(StatementRequiredRule.ID, record, LETTER).getKind());
  }

  @Test
  void weaknesses_not_recorded_and_no_statement_is_not_determinable_naming_the_missing_fact() {
    Conclusion unknown = required(record(inspectedFrom(ON_SITE).weaknessesKnown(WeaknessesKnown.NOT_RECORDED)
        .letterDate(DatedFact.of(LETTER)).build()));
    assertEquals(ConclusionKind.NOT_DETERMINABLE, unknown.getKind());
    assertEquals(List.of("inspections[0].weaknessesKnown"), unknown.getMissingFacts());
    assertEquals(List.of("inspections[0].weaknessesKnown"), basis(unknown));
    assertTrue(unknown.getReason().contains("whether HMCI requires a written statement of action cannot be settled"),
        unknown.getReason());
  }
}
