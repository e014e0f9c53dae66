package org.sendinspection.model.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.examples.ExampleRecords;

class InspectionTypedAccessTest {

  /** Suffolk's record holds one inspection under each framework. */
  private final List<Inspection> inspections = ExampleRecords.suffolk().getInspections();

  @Test
  void an_inspection_is_found_as_its_own_framework_only() {
    for (Inspection inspection : inspections) {
      switch (inspection.framework()) {
        case LOCAL_AREA_SEND_2016 -> {
          assertSame(inspection, inspection.asLocalAreaSend2016().orElseThrow());
          assertTrue(inspection.asAreaSend2023().isEmpty(), inspection.getId());
        }
        case AREA_SEND_2023 -> {
          assertSame(inspection, inspection.asAreaSend2023().orElseThrow());
          assertTrue(inspection.asLocalAreaSend2016().isEmpty(), inspection.getId());
        }
      }
    }
  }

  @Test
  void the_example_covers_both_frameworks() {
    assertEquals(1, inspections.stream().filter(i -> i.asLocalAreaSend2016().isPresent()).count());
    assertEquals(1, inspections.stream().filter(i -> i.asAreaSend2023().isPresent()).count());
  }
}
