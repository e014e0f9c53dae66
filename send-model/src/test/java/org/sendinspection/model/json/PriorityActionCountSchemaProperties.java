package org.sendinspection.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.record.ImmutableAreaRecord;

/** The schema accepts areas for priority action held as a count or not at all, and refuses both forms at once. */
class PriorityActionCountSchemaProperties {
  private static final AreaRecordGenerator BOTH = AreaRecordGenerator.any().withAreaSendInspections(100);
  private static final AreaRecordCodec CODEC = AreaRecordCodec.strict();

  @Test
  void records_with_counted_or_unrecorded_areas_for_priority_action_conform() {
    PropertyCheck.forAll(BOTH).tries(100).check(record -> {
      AreaSendInspection latest = latest(record);
      ImmutableAreaSendInspection bare = ImmutableAreaSendInspection.copyOf(latest).withAreasForPriorityAction(List.of());
      AreaSendInspection counted = bare.withAreasForPriorityActionCount(latest.getAreasForPriorityAction().size());
      assertEquals(List.of(), SchemaCheck.failures(CODEC.write(withLatest(record, counted))));
      assertEquals(List.of(), SchemaCheck.failures(CODEC.write(withLatest(record, bare))));
    });
  }

  @Test
  void areas_in_detail_and_as_a_count_together_do_not_conform() {
    PropertyCheck.forAll(BOTH).tries(100).check(record -> {
      AreaSendInspection latest = latest(record);
      if (latest.getAreasForPriorityAction().isEmpty()) {
        return;
      }
      String json = CODEC.write(record);
      String both = json.replace("\"areasForPriorityAction\" : [",
          "\"areasForPriorityActionCount\" : 1, \"areasForPriorityAction\" : [");
      assertFalse(both.equals(json), "the written form names areasForPriorityAction");
      assertFalse(SchemaCheck.failures(both).isEmpty(), both);
    });
  }

  private static AreaSendInspection latest(AreaRecord record) {
    return (AreaSendInspection) record.getInspections().get(record.getInspections().size() - 1);
  }

  private static AreaRecord withLatest(AreaRecord record, AreaSendInspection replacement) {
    List<Inspection> inspections = new ArrayList<>(record.getInspections());
    inspections.set(inspections.size() - 1, replacement);
    return ImmutableAreaRecord.copyOf(record).withInspections(inspections);
  }
}
