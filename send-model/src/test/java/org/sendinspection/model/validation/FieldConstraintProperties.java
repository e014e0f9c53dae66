package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.ImmutableLocalArea;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Detail;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.generate.Shape;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.ImmutableSignificantWeakness;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;

/** Field constraints broken in valid generated records are all reported, each with its path. */
class FieldConstraintProperties {

  @Test
  void every_broken_field_constraint_is_reported_not_only_the_first() {
    AreaRecordGenerator records = AreaRecordGenerator.any().withDetail(Detail.PER_WEAKNESS)
        .withShapes(Shape.STATEMENT_REQUIRED);
    PropertyCheck.forAll(records).tries(100).check(record -> {
      LocalAreaSendInspection inspection = (LocalAreaSendInspection) record.getInspections().get(0);
      var weaknesses = new java.util.ArrayList<>(inspection.getSignificantWeaknesses());
      weaknesses.set(0, ImmutableSignificantWeakness.copyOf(weaknesses.get(0)).withStatement(" "));
      AreaRecord broken = ImmutableAreaRecord.copyOf(record)
          .withArea(ImmutableLocalArea.copyOf(record.getArea()).withCode("E123").withName(""))
          .withInspections(ImmutableLocalAreaSendInspection.copyOf(inspection).withSignificantWeaknesses(weaknesses));
      List<String> found = RecordValidator.validate(broken).stream()
          .map(v -> v.path() + " " + v.rule()).collect(Collectors.toList());
      assertEquals(List.of("area.code Pattern", "area.name NotBlank",
          "inspections[0].significantWeaknesses[0].statement NotBlank"), found);
    });
  }

  @Test
  void a_violation_says_what_was_found() {
    AreaRecord record = AreaRecordGenerator.any().generate(3L);
    AreaRecord broken = ImmutableAreaRecord.copyOf(record)
        .withArea(ImmutableLocalArea.copyOf(record.getArea()).withCode("W06000001"));
    Violation violation = RecordValidator.validate(broken).get(0);
    assertEquals("area.code", violation.path());
    assertEquals("must be an ONS local authority code: E and eight digits; found 'W06000001'",
        violation.message());
  }
}
