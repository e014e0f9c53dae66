package org.sendinspection.model.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;

/** Small readers shared by the example records' tests. */
final class ExampleRecordFacts {
  private ExampleRecordFacts() {}

  static LocalAreaSendInspection only2016Inspection(AreaRecord record) {
    return (LocalAreaSendInspection) record.getInspections().get(0);
  }

  static List<String> partnerNamesOn(AreaRecord record, int year, int month, int day) {
    return record.getArea().partnersOn(LocalDate.of(year, month, day)).stream().map(Partner::getName)
        .collect(Collectors.toList());
  }

  /** Each claim as "date source", in the order recorded. */
  static List<String> claims(DatedFact fact) {
    return fact.getClaims().stream().map(ExampleRecordFacts::claim).collect(Collectors.toList());
  }

  private static String claim(DateClaim claim) {
    return claim.getDate() + " " + claim.getCitation().map(c -> c.getSource()).orElse("(uncited)");
  }
}
