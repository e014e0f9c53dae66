package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.area.PartnerKind;
import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.PriorityActionProgress;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.Finding;
import org.sendinspection.model.inspection.Inspector;
import org.sendinspection.model.inspection.Inspectorate;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.inspection.Theme;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.provenance.SourceDocument;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.ProgressCounts;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.CodedAction;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.EvaluationVerdict;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * The Bean Validation annotations, run by Hibernate Validator as an application with its own provider
 * would, refuse exactly the field values that construction refuses: for every constrained field of the
 * model and a spread of values (blank, malformed and well-formed text, negative and other counts).
 */
class BeanValidationAgreementTest {

  /** Construction's rules for the shape of one field; the others tie fields together. */
  private static final Set<String> FIELD_RULES = Stream.of(Invariant.TEXT_NOT_BLANK, Invariant.AREA_CODE_FORMAT,
      Invariant.IDENTIFIER_FORMAT, Invariant.ACTION_CODE_FORMAT, Invariant.COUNT_NOT_NEGATIVE,
      Invariant.DATED_FACT_HAS_CLAIM, Invariant.PRIORITY_ACTION_HAS_RESPONSIBLE_BODY)
      .map(Invariant::id).collect(Collectors.toSet());

  private static final List<Object> TEXTS = List.of("", " ", "\t", " \n ", "x", "Essex", "a b", "a_b",
      "E10000012", "E1000001", "E100000123", "W06000001", "e10000012", "JC8", "jc8", "J", "8J", "JC-8",
      "ehc-plans", "-ehc", "Ehc", "2019-inspection", "a-", "ehc plans");

  private static final List<Object> COUNTS = List.of(-1000, -1, 0, 1, 7);

  private static final List<Object> OPTIONAL_COUNTS = List.of(Optional.empty(), Optional.of(-3), Optional.of(-1),
      Optional.of(0), Optional.of(2));

  private static final List<Object> TEXT_LISTS = List.of(List.of(), List.of("x"), List.of("x", ""),
      List.of(" "), List.of("Essex County Council", "\t"), List.of("a", "b"));

  /** One constrained property: how to build a valid value with it set, and values to try. */
  record Field(Class<?> type, String property, Function<Object, Object> build, List<Object> candidates) {
    @Override
    public String toString() {
      return type.getSimpleName() + "." + property;
    }
  }

  private static DatedFact on(String day) {
    return DatedFact.of(LocalDate.parse(day));
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Object value) {
    return (List<String>) value;
  }

  private static org.sendinspection.model.inspection.ImmutableSignificantWeakness.Builder weakness() {
    return SignificantWeakness.builder().id("a").theme(Theme.LOCAL_OFFER).statement("Weak.");
  }

  private static org.sendinspection.model.areasend.ImmutableAreaForPriorityAction.Builder priorityAction() {
    return AreaForPriorityAction.builder().id("ehc-plans").addResponsibleBodies("A council").statement("Late.");
  }

  private static org.sendinspection.model.inspection.ImmutableAreaSendInspection.Builder areaSend() {
    return AreaSendInspection.builder().id("area-send-2023").onSiteStart(on("2023-11-13"))
        .outcome(AreaSendOutcome.POSITIVE).priorityActionPlanRequired(false).strategicPlanUpdateRequested(true);
  }

  static Stream<Field> fields() {
    return Stream.of(
        new Field(LocalArea.class, "code", v -> LocalArea.builder().code((String) v).name("Essex")
            .region(OfstedRegion.EAST_OF_ENGLAND).build(), TEXTS),
        new Field(LocalArea.class, "name", v -> LocalArea.builder().code("E10000012").name((String) v)
            .region(OfstedRegion.EAST_OF_ENGLAND).build(), TEXTS),
        new Field(Partner.class, "name", v -> Partner.of((String) v, PartnerKind.LOCAL_AUTHORITY), TEXTS),
        new Field(SignificantWeakness.class, "id", v -> weakness().id((String) v).build(), TEXTS),
        new Field(SignificantWeakness.class, "statement", v -> weakness().statement((String) v).build(), TEXTS),
        new Field(SignificantWeakness.class, "subPoints", v -> weakness().subPoints(texts(v)).build(), TEXT_LISTS),
        new Field(Finding.class, "statement", v -> Finding.of((String) v), TEXTS),
        new Field(Finding.class, "addressedTo", v -> Finding.builder().statement("s").addressedTo(texts(v)).build(),
            TEXT_LISTS),
        new Field(Finding.class, "subPoints", v -> Finding.builder().statement("s").subPoints(texts(v)).build(),
            TEXT_LISTS),
        new Field(Inspector.class, "name", v -> Inspector.of((String) v, Inspectorate.OFSTED, "HMI"), TEXTS),
        new Field(Inspector.class, "role", v -> Inspector.of("A. Inspector", Inspectorate.CQC, (String) v), TEXTS),
        new Field(WrittenStatementOfAction.class, "jointlyResponsible",
            v -> WrittenStatementOfAction.builder().jointlyResponsible(texts(v)).build(), TEXT_LISTS),
        new Field(Evaluation.class, "aspectsToStrengthen", v -> Evaluation.builder().evaluatedOn(on("2019-07-01"))
            .verdict(EvaluationVerdict.NOT_FIT_FOR_PURPOSE).aspectsToStrengthen(texts(v)).build(),
            TEXT_LISTS),
        new Field(CodedAction.class, "code", v -> CodedAction.of((String) v, "a"), TEXTS),
        new Field(CodedAction.class, "addresses", v -> CodedAction.builder().code("JC8").addresses(texts(v)).build(),
            TEXT_LISTS),
        new Field(WeaknessOutcome.class, "weakness", v -> WeaknessOutcome.of((String) v, Progress.SUFFICIENT), TEXTS),
        new Field(ProgressCounts.class, "sufficient", v -> ProgressCounts.of((Integer) v, 0), COUNTS),
        new Field(ProgressCounts.class, "notSufficient", v -> ProgressCounts.of(0, (Integer) v), COUNTS),
        new Field(PriorityActionProgress.class, "areaForPriorityAction",
            v -> PriorityActionProgress.of((String) v, Progress.NOT_SUFFICIENT), TEXTS),
        new Field(LocalAreaSendInspection.class, "id",
            v -> LocalAreaSendInspection.builder().id((String) v).onSiteStart(on("2019-03-04")).build(), TEXTS),
        new Field(LocalAreaSendInspection.class, "significantWeaknessCount",
            v -> LocalAreaSendInspection.builder().id("i").onSiteStart(on("2019-03-04"))
                .significantWeaknessCount(optionalCount(v)).build(), OPTIONAL_COUNTS),
        new Field(AreaSendInspection.class, "id", v -> areaSend().id((String) v).build(), TEXTS),
        new Field(AreaSendInspection.class, "partnership", v -> areaSend().partnership(texts(v)).build(), TEXT_LISTS),
        new Field(AreaSendInspection.class, "areasForPriorityActionCount",
            v -> areaSend().areasForPriorityActionCount(optionalCount(v)).build(), OPTIONAL_COUNTS),
        new Field(AreaForPriorityAction.class, "id", v -> priorityAction().id((String) v).build(), TEXTS),
        new Field(AreaForPriorityAction.class, "statement", v -> priorityAction().statement((String) v).build(),
            TEXTS),
        new Field(AreaForPriorityAction.class, "responsibleBodies",
            v -> priorityAction().responsibleBodies(texts(v)).build(), TEXT_LISTS),
        new Field(AreaForPriorityAction.class, "subPoints", v -> priorityAction().subPoints(texts(v)).build(),
            TEXT_LISTS),
        new Field(SourceDocument.class, "id", v -> SourceDocument.of((String) v, "A letter"), TEXTS),
        new Field(SourceDocument.class, "title", v -> SourceDocument.of("letter", (String) v), TEXTS),
        new Field(Citation.class, "source", v -> Citation.of((String) v), TEXTS),
        new Field(DatedFact.class, "claims", v -> DatedFact.builder().claims(claims(v)).build(),
            List.of(List.of(), List.of(DateClaim.of(LocalDate.of(2019, 3, 4))))));
  }

  @SuppressWarnings("unchecked")
  private static Optional<Integer> optionalCount(Object value) {
    return (Optional<Integer>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<DateClaim> claims(Object value) {
    return (List<DateClaim>) value;
  }

  /** The field rules construction reports for the property, or none if it builds. */
  private static List<String> refusedByConstruction(Field field, Object value) {
    try {
      field.build().apply(value);
      return List.of();
    } catch (InvariantViolationException e) {
      return e.violations().stream()
          .filter(v -> v.path().equals(field.property()) || v.path().startsWith(field.property() + "["))
          .filter(v -> FIELD_RULES.contains(v.rule()))
          .map(Violation::toString).collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @MethodSource("fields")
  void the_annotations_refuse_what_construction_refuses_and_nothing_else(Field field) {
    List<String> disagreements = new ArrayList<>();
    int refused = 0;
    for (Object value : field.candidates()) {
      List<String> byAnnotations = BeanValidation.violations(field.type(), field.property(), value);
      List<String> byConstruction = refusedByConstruction(field, value);
      if (byAnnotations.isEmpty() != byConstruction.isEmpty()) {
        disagreements.add("'" + value + "': annotations " + byAnnotations + ", construction " + byConstruction);
      }
      refused += byConstruction.isEmpty() ? 0 : 1;
    }
    assertEquals(List.of(), disagreements, field.toString());
    assertTrue(refused > 0, field + ": no candidate breaks it, so the comparison shows nothing");
    assertTrue(refused < field.candidates().size(), field + ": every candidate breaks it");
  }

  @Test
  void the_example_records_break_no_annotation() {
    assertEquals(List.of(), BeanValidation.violations(ExampleRecords.essex()));
    assertEquals(List.of(), BeanValidation.violations(ExampleRecords.southendOnSea()));
    assertEquals(List.of(), BeanValidation.violations(ExampleRecords.suffolk()));
  }

  @Test
  void the_provider_is_here_for_the_tests_and_no_expression_language_is() {
    assertFalse(getClass().getClassLoader().getResource("org/hibernate/validator/HibernateValidator.class") == null,
        "this test needs Hibernate Validator on its class path");
    assertTrue(getClass().getClassLoader().getResource("org/glassfish/expressly/ExpressionFactoryImpl.class") == null,
        "Expressly is no dependency, not even of the tests: the annotations need no expression language");
  }
}
