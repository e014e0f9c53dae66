package org.sendinspection.data.join;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.data.figures.AreaSendFigures;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;

/** Reading the same records from several inputs never changes a figure: each area counts once. */
class OneRecordPerAreaProperties {
  private static final Gen<List<AreaRecord>> NATIONS = AreaRecordGenerator.any().list(0, 30);
  private static final int TRIES = 40;

  @Test
  void the_same_records_twice_give_the_figures_of_once() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      JoinedDataset once = NationalDataset.merge(List.of(records));
      JoinedDataset twice = NationalDataset.merge(List.of(records, records));
      assertEquals(once.records(), twice.records());
      assertEquals(2 * records.size(), twice.recordsRead());
      FigureScope national = FigureScope.national();
      assertEquals(NationalFigures.of(once.records(), national), NationalFigures.of(twice.records(), national));
      assertEquals(AreaSendFigures.of(once.records(), national), AreaSendFigures.of(twice.records(), national));
    });
  }

  @Test
  void merging_keeps_one_record_per_area_and_every_inspection_of_distinct_areas() {
    PropertyCheck.forAll(NATIONS).tries(TRIES).check(records -> {
      JoinedDataset merged = NationalDataset.merge(List.of(records));
      long codes = records.stream().map(r -> r.getArea().getCode()).distinct().count();
      assertEquals(codes, merged.records().size());
      if (codes == records.size()) {
        assertEquals(records.stream().mapToInt(r -> r.getInspections().size()).sum(),
            merged.records().stream().mapToInt(r -> r.getInspections().size()).sum());
      }
    });
  }
}
