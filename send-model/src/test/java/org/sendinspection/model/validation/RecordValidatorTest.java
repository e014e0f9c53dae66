package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.ImmutableLocalArea;
import org.sendinspection.model.area.ImmutablePartner;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.ImmutableInspector;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.ImmutableSignificantWeakness;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.provenance.ImmutableSourceDocument;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;
import org.sendinspection.model.revisit.ImmutableRevisit;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.ImmutableCodedAction;
import org.sendinspection.model.wsoa.ImmutableWrittenStatementOfAction;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

class RecordValidatorTest {

  private static List<String> pathsAndRules(Object value) {
    return RecordValidator.validate(value).stream().map(v -> v.path() + " " + v.rule())
        .collect(Collectors.toList());
  }

  /** Essex with one field broken at each level of the record, from the area down to a revisit's inspector. */
  private static AreaRecord essexBrokenThroughout() {
    AreaRecord essex = ExampleRecords.essex();
    List<Partner> partners = new ArrayList<>(essex.getArea().getPartners());
    partners.set(1, ImmutablePartner.copyOf(partners.get(1)).withName(""));
    List<SourceDocument> sources = new ArrayList<>(essex.getSources());
    sources.set(0, ImmutableSourceDocument.copyOf(sources.get(0)).withTitle(" "));
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) essex.getInspections().get(0);
    List<SignificantWeakness> weaknesses = new ArrayList<>(inspection.getSignificantWeaknesses());
    weaknesses.set(0, ImmutableSignificantWeakness.copyOf(weaknesses.get(0)).withSubPoints("ok", " "));
    WrittenStatementOfAction wsoa = inspection.getWrittenStatement().orElseThrow();
    List<CodedAction> actions = new ArrayList<>(wsoa.getActions());
    actions.set(2, ImmutableCodedAction.copyOf(actions.get(2)).withCode("jc3"));
    Revisit revisit = inspection.getRevisit().orElseThrow();
    List<org.sendinspection.model.inspection.Inspector> inspectors = new ArrayList<>(revisit.getInspectors());
    inspectors.set(3, ImmutableInspector.copyOf(inspectors.get(3)).withRole("\t"));
    return ImmutableAreaRecord.copyOf(essex)
        .withArea(ImmutableLocalArea.copyOf(essex.getArea()).withCode("E1000001").withPartners(partners))
        .withSources(sources)
        .withInspections(ImmutableLocalAreaSendInspection.copyOf(inspection)
            .withSignificantWeaknesses(weaknesses)
            .withWrittenStatement(ImmutableWrittenStatementOfAction.copyOf(wsoa).withActions(actions))
            .withRevisit(ImmutableRevisit.copyOf(revisit).withInspectors(inspectors)));
  }

  @Test
  void seedRecords_haveNoViolations() {
    assertEquals(List.of(), RecordValidator.validate(ExampleRecords.essex()));
    assertEquals(List.of(), RecordValidator.validate(ExampleRecords.southendOnSea()));
  }

  @Test
  void everyViolation_isReturnedWithItsPath_orderedByPath() {
    assertEquals(List.of(
            "area.code Pattern",
            "area.partners[1].name NotBlank",
            "inspections[0].revisit.inspectors[3].role NotBlank",
            "inspections[0].significantWeaknesses[0].subPoints[1] NotBlank",
            "inspections[0].writtenStatement.actions[2].code Pattern",
            "sources[0].title NotBlank"),
        pathsAndRules(essexBrokenThroughout()));
  }

  @Test
  void violation_saysWhatWasFound() {
    Violation violation = RecordValidator.validate(essexBrokenThroughout()).get(4);
    assertEquals("inspections[0].writtenStatement.actions[2].code", violation.path());
    assertEquals("must be capital letters followed by a number, such as JC8; found 'jc3'", violation.message());
  }

  @Test
  void partOfARecord_isCheckedWithPathsRelativeToIt() {
    LocalArea area = ImmutableLocalArea.copyOf(ExampleRecords.southendOnSea().getArea()).withName(" ");
    assertEquals(List.of("name NotBlank"), pathsAndRules(area));
  }

  @Test
  void null_isRefusedNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> RecordValidator.validate(null));
    assertEquals("value", e.getMessage());
  }
}
