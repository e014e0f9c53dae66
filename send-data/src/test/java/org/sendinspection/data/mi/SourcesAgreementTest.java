package org.sendinspection.data.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.testkit.SharedData;
import org.sendinspection.data.d2i.ScrapedOverview;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.record.AreaRecord;

/**
 * Where the management information and the scraped overview describe the same inspection, what they
 * agree on and where they differ: the records keep each file's claim, and nothing here picks one.
 */
class SourcesAgreementTest {

  @Test
  void the_two_files_agree_on_every_outcome_and_publication_and_differ_on_two_start_dates() {
    Path mi = SharedData.require(SharedData.MANAGEMENT_INFORMATION, "Ofsted area SEND management information");
    Path statistics = SharedData.require(SharedData.STATISTICS_2022, "Ofsted's area SEND official statistics");
    Path overview = SharedData.require(SharedData.SCRAPED_OVERVIEW, "data-to-insight's scraped overview");
    List<AreaRecord> fromMi = ManagementInformation.read(mi).records();
    Map<String, AreaSendInspection> scraped = ScrapedOverview.read(overview).records().stream()
        .collect(Collectors.toMap(r -> r.getArea().getCode(), r -> (AreaSendInspection) r.getInspections().get(0)));
    List<String> startsDiffering = new ArrayList<>();
    int compared = 0;
    for (AreaRecord record : fromMi) {
      AreaSendInspection official = (AreaSendInspection) record.getInspections().get(0);
      AreaSendInspection other = scraped.get(record.getArea().getCode());
      compared++;
      assertEquals(official.getOutcome(), other.getOutcome(), record.getArea().getName());
      assertEquals(official.getPublishedOn().get().earliest(), other.getPublishedOn().get().earliest(),
          record.getArea().getName());
      if (!official.getOnSiteStart().orElseThrow().earliest().equals(other.getOnSiteStart().orElseThrow().earliest())) {
        startsDiffering.add(record.getArea().getName() + ": " + official.getOnSiteStart().orElseThrow().earliest()
            + " (MI) or " + other.getOnSiteStart().orElseThrow().earliest() + " (scraped)");
      }
    }
    assertEquals(16, compared, "every inspection of the management information is in the overview");
    assertEquals(List.of("Greenwich: 2023-05-15 (MI) or 2023-05-11 (scraped)",
        "Oxfordshire: 2023-07-17 (MI) or 2023-07-13 (scraped)"), startsDiffering);
  }
}
