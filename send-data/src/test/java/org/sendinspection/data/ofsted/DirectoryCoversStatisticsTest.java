package org.sendinspection.data.ofsted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.testkit.SharedData;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.DirectoryArea;

/** Every code of Ofsted's 2016-framework statistics is in the area directory, with the file's name and region. */
class DirectoryCoversStatisticsTest {

  @Test
  void every_code_resolves_to_the_files_name_and_region() {
    Path ods = SharedData.require(SharedData.STATISTICS_2022, "Ofsted's area SEND official statistics");
    List<RawStatistics.Row> rows = RawStatistics.rows(ods);
    assertEquals(149, rows.size());
    for (RawStatistics.Row row : rows) {
      DirectoryArea area = AreaDirectory.bundled().byCode(row.text(RawStatistics.CODE)).orElseThrow(
          () -> new AssertionError("row " + row.text(RawStatistics.CODE) + " is not in the directory"));
      assertEquals(row.text(RawStatistics.NAME), area.name(), area.toString());
      assertEquals(OfstedRegion.fromAnyName(row.text(RawStatistics.REGION)), area.region(), area.toString());
      assertEquals(java.util.Optional.empty(), AreaDirectory.bundled().resolve(java.util.Optional.of(area.code()),
          java.util.Optional.of(row.text(RawStatistics.NAME)), java.util.Optional.of(row.date(RawStatistics.START)))
          .contradiction(), area.toString());
    }
  }
}
