package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.record.AreaRecord;

class InspectionTypesTest {

  @Test
  void the_inspection_types_name_no_json_type() {
    for (Class<?> type : List.of(Inspection.class, LocalAreaSendInspection.class, AreaSendInspection.class)) {
      List<String> typing = Arrays.stream(type.getAnnotations()).map(Annotation::annotationType)
          .map(Class::getSimpleName).filter(n -> n.startsWith("JsonType") || n.equals("JsonSubTypes")).toList();
      assertEquals(List.of(), typing, type.getSimpleName());
    }
  }

  @Test
  void each_framework_is_written_by_its_wire_name_and_read_back_as_its_type() {
    AreaRecord suffolk = ExampleRecords.suffolk();
    String json = AreaRecordCodec.strict().write(suffolk);
    for (Inspection inspection : suffolk.getInspections()) {
      assertEquals(1, json.split("\"framework\" : \"" + inspection.framework().wireName() + "\"", -1).length - 1,
          inspection.getId());
    }
    assertEquals(suffolk, AreaRecordCodec.strict().read(json));
  }
}
