package org.sendinspection.data.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.testkit.SharedData;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.AreaResolution;

/** Every name of the management information names one area of the directory, in the file's region. */
class DirectoryCoversManagementInformationTest {

  @Test
  void every_name_resolves_on_its_inspections_first_day() {
    Path csv = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "Ofsted's management information");
    List<RawManagementInformation.Row> rows = RawManagementInformation.rows(csv);
    assertEquals(16, rows.size());
    for (RawManagementInformation.Row row : rows) {
      String name = row.text(RawManagementInformation.AREA);
      AreaResolution found = AreaDirectory.bundled().resolve(Optional.empty(), Optional.of(name),
          Optional.of(row.date(RawManagementInformation.START)));
      assertEquals(Optional.empty(), found.unresolved(), name);
      assertEquals(name, found.area().orElseThrow().name(), "the file writes names in proper case");
      assertEquals(OfstedRegion.fromAnyName(row.text(RawManagementInformation.REGION)), found.area().get().region(),
          name);
    }
  }
}
