package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;

/** The schema accepts what the codec writes for generated records of every shape, under both frameworks. */
class GeneratedRecordSchemaProperties {
  static final int TRIES = 300;

  @Test
  void every_generated_record_as_written_conforms_to_the_schema() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withAreaSendInspections(50)).tries(TRIES)
        .check(record -> assertEquals(List.of(), SchemaCheck.failures(AreaRecordCodec.strict().write(record))));
  }

  @Test
  void a_national_set_of_generated_records_conforms_to_the_schema() {
    AreaRecordGenerator.any().withAreaSendInspections(30).generateMany(11L, 150).forEach(record ->
        assertEquals(List.of(), SchemaCheck.failures(AreaRecordCodec.strict().write(record)),
            record.getArea().getCode()));
  }
}
