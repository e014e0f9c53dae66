package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendinspection.model.area.ImmutableLocalArea;
import org.sendinspection.model.area.ImmutablePartner;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.ImmutableInspector;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.ImmutableSignificantWeakness;
import org.sendinspection.model.inspection.Inspector;
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

/**
 * The quick scan that spares valid records the full validation pass never calls a broken record clean,
 * and does call valid records clean (or the pass would never be spared).
 */
class ConstraintScanTest {

  private static final Validator FULL = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  @Test
  void valid_records_are_clean_in_the_scan_and_in_the_full_pass() {
    for (AreaRecord record : List.of(ExampleRecords.essex(), ExampleRecords.southendOnSea(), ExampleRecords.suffolk())) {
      assertFalse(ConstraintScan.mayBreak(record), record.getArea().getName());
      assertEquals(0, FULL.validate(record).size());
    }
    PropertyCheck.forAll(AreaRecordGenerator.any().withAreaSendInspections(50)).tries(200).check(record -> {
      assertEquals(0, FULL.validate(record).size());
      assertFalse(ConstraintScan.mayBreak(record));
    });
  }

  static Stream<UnaryOperator<AreaRecord>> singleBreaks() {
    return Stream.of(
        r -> ImmutableAreaRecord.copyOf(r).withArea(ImmutableLocalArea.copyOf(r.getArea()).withCode("E1000001")),
        r -> ImmutableAreaRecord.copyOf(r).withArea(ImmutableLocalArea.copyOf(r.getArea()).withName("\u2003")),
        r -> {
          List<Partner> partners = new ArrayList<>(r.getArea().getPartners());
          partners.set(1, ImmutablePartner.copyOf(partners.get(1)).withName(""));
          return ImmutableAreaRecord.copyOf(r).withArea(ImmutableLocalArea.copyOf(r.getArea()).withPartners(partners));
        },
        r -> {
          List<SourceDocument> sources = new ArrayList<>(r.getSources());
          sources.set(0, ImmutableSourceDocument.copyOf(sources.get(0)).withTitle(" "));
          return ImmutableAreaRecord.copyOf(r).withSources(sources);
        },
        r -> withInspection(r, i -> {
          List<SignificantWeakness> weaknesses = new ArrayList<>(i.getSignificantWeaknesses());
          weaknesses.set(0, ImmutableSignificantWeakness.copyOf(weaknesses.get(0)).withSubPoints("ok", " "));
          return i.withSignificantWeaknesses(weaknesses);
        }),
        r -> withInspection(r, i -> {
          WrittenStatementOfAction wsoa = i.getWrittenStatement().orElseThrow();
          List<CodedAction> actions = new ArrayList<>(wsoa.getActions());
          actions.set(2, ImmutableCodedAction.copyOf(actions.get(2)).withCode("jc3"));
          return i.withWrittenStatement(ImmutableWrittenStatementOfAction.copyOf(wsoa).withActions(actions));
        }),
        r -> withInspection(r, i -> {
          Revisit revisit = i.getRevisit().orElseThrow();
          List<Inspector> inspectors = new ArrayList<>(revisit.getInspectors());
          inspectors.set(3, ImmutableInspector.copyOf(inspectors.get(3)).withRole("\t"));
          return i.withRevisit(ImmutableRevisit.copyOf(revisit).withInspectors(inspectors));
        }));
  }

  private static AreaRecord withInspection(AreaRecord r,
      UnaryOperator<ImmutableLocalAreaSendInspection> change) {
    LocalAreaSendInspection inspection = (LocalAreaSendInspection) r.getInspections().get(0);
    List<org.sendinspection.model.inspection.Inspection> inspections = new ArrayList<>(r.getInspections());
    inspections.set(0, change.apply(ImmutableLocalAreaSendInspection.copyOf(inspection)));
    return ImmutableAreaRecord.copyOf(r).withInspections(inspections);
  }

  @ParameterizedTest
  @MethodSource("singleBreaks")
  void a_record_with_one_broken_field_constraint_is_never_called_clean(UnaryOperator<AreaRecord> breakOne) {
    AreaRecord broken = breakOne.apply(ExampleRecords.essex());
    assertEquals(1, FULL.validate(broken).size());
    assertTrue(ConstraintScan.mayBreak(broken));
    assertEquals(1, RecordValidator.validate(broken).size());
  }

  /** A type with a constraint the scan does not know. */
  static final class Sized {
    private final String value;

    Sized(String value) {
      this.value = value;
    }

    @Size(max = 3)
    public String getValue() {
      return value;
    }

    public Optional<String> getOther() {
      return Optional.empty();
    }
  }

  @Test
  void a_constraint_the_scan_does_not_know_is_left_to_the_full_pass() {
    assertTrue(ConstraintScan.mayBreak(new Sized("ok")));
    assertEquals(List.of(), RecordValidator.validate(new Sized("ok")));
    assertEquals(List.of("value Size"), RecordValidator.validate(new Sized("four")).stream()
        .map(v -> v.path() + " " + v.rule()).collect(java.util.stream.Collectors.toList()));
  }
}
