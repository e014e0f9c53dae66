package org.sendinspection.data.d2i;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendinspection.testkit.SharedData;
import org.sendinspection.model.area.directory.AreaDirectory;
import org.sendinspection.model.area.directory.AreaResolution;

/**
 * Every code of the scraped overview is in the directory, and with the row's name and date resolves to
 * one area without contradiction, in the row's region where the row gives a known one.
 */
class DirectoryCoversOverviewTest {

  @Test
  void every_code_and_name_resolves_without_contradiction() {
    Path xlsx = SharedData.require(SharedData.SCRAPED_OVERVIEW, "data-to-insight's scraped overview");
    List<RawOverview.Row> rows = RawOverview.rows(xlsx);
    assertEquals(72, rows.size());
    for (RawOverview.Row row : rows) {
      String code = row.text(RawOverview.CODE);
      assertTrue(AreaDirectory.bundled().byCode(code).isPresent(), code);
      LocalDate day = row.date(RawOverview.START) != null ? row.date(RawOverview.START) : row.date(RawOverview.PUBLISHED);
      AreaResolution found = AreaDirectory.bundled().resolve(Optional.of(code), Optional.of(row.text(RawOverview.NAME)),
          Optional.of(day));
      assertEquals(Optional.empty(), found.contradiction(), "row " + row.number);
      assertTrue(found.area().orElseThrow().existsOn(day), "row " + row.number + ": the area existed on " + day);
      RegionCodes.region(row.text(RawOverview.REGION)).ifPresent(region ->
          assertEquals(region, found.area().get().region(), "row " + row.number));
    }
  }
}
