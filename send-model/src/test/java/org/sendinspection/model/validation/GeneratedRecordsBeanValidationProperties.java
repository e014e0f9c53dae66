package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;

/**
 * The Bean Validation annotations, read by a provider an application brings, find nothing wrong in
 * any generated record: the annotations and the construction checks agree on valid records.
 */
class GeneratedRecordsBeanValidationProperties {

  @Test
  void every_generated_record_satisfies_every_field_constraint() {
    PropertyCheck.forAll(AreaRecordGenerator.any()).tries(300)
        .check(record -> assertEquals(List.of(), BeanValidation.violations(record)));
  }
}
