package org.sendinspection.data.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.DisputedDatePolicy;

/** Figures tallied one record at a time equal those computed over the whole list, in every scope. */
class SummaryTallyProperties {

  private static final List<FigureScope> SCOPES = List.of(
      FigureScope.national(),
      FigureScope.national().asOf(LocalDate.of(2019, 12, 31)),
      FigureScope.national().asOf(LocalDate.of(2026, 6, 30)).withClaims(DisputedDatePolicy.LATEST),
      FigureScope.national().inRegion(OfstedRegion.EAST_OF_ENGLAND),
      FigureScope.national().withClaims(DisputedDatePolicy.EARLIEST));

  private static SummaryFigures tallied(List<AreaRecord> records, FigureScope scope) {
    SummaryTally tally = new SummaryTally(scope);
    records.forEach(tally::add);
    assertEquals(records.size(), tally.records());
    return tally.figures();
  }

  @Test
  void tallied_figures_equal_the_figures_of_the_whole_list() {
    PropertyCheck.forAll(AreaRecordGenerator.any().withAreaSendInspections(40).list(0, 25)).tries(60)
        .check(records -> {
          for (FigureScope scope : SCOPES) {
            assertEquals(SummaryFigures.of(records, scope), tallied(records, scope), scope.describe());
          }
        });
  }

  @Test
  void a_national_set_tallies_alike() {
    List<AreaRecord> nation = AreaRecordGenerator.any().withAreaSendInspections(30).generateMany(11L, 400);
    for (FigureScope scope : SCOPES) {
      assertEquals(SummaryFigures.of(nation, scope), tallied(nation, scope), scope.describe());
    }
  }
}
