package org.sendinspection.data.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * The latest date any dated fact in some area records bears, taking each fact's latest claim: the day
 * by which everything the records hold had happened, whichever source is believed.
 *
 * <p>Used, in place of the clock, as the day to derive from when no as-of day is given, so that the same
 * records always give the same figures. Example: records whose last fact is a report published on 12
 * March 2025 give 2025-03-12.
 */
final class LatestFact {
  private LatestFact() {}

  /**
   * The latest date in the records.
   *
   * @param records the records; not null
   * @return the date, or empty when no record holds a dated fact
   */
  static Optional<LocalDate> in(List<AreaRecord> records) {
    return records.stream().flatMap(r -> r.getInspections().stream()).flatMap(LatestFact::facts)
        .map(DatedFact::latest).max(LocalDate::compareTo);
  }

  private static Stream<DatedFact> facts(Inspection inspection) {
    Stream<DatedFact> common = present(List.of(inspection.firstDayOnSite(), inspection.getOnSiteEnd(),
        inspection.getPublishedOn()));
    return inspection.accept(new Inspection.Visitor<Stream<DatedFact>>() {
      @Override
      public Stream<DatedFact> localAreaSend2016(LocalAreaSendInspection local) {
        return Stream.of(common,
            present(List.of(local.getNoticeGivenOn(), local.getLetterDate(), local.getReportReceivedOn())),
            local.getWrittenStatement().stream().flatMap(LatestFact::facts),
            local.getRevisit().stream().flatMap(LatestFact::facts)).flatMap(s -> s);
      }

      @Override
      public Stream<DatedFact> areaSend2023(AreaSendInspection areaSend) {
        return Stream.concat(Stream.concat(common, present(List.of(areaSend.getReportReceivedOn()))),
            areaSend.getMonitoringInspections().stream().flatMap(LatestFact::facts));
      }
    });
  }

  private static Stream<DatedFact> facts(MonitoringInspection monitoring) {
    return present(List.of(Optional.of(monitoring.getOnSiteStart()), monitoring.getOnSiteEnd(), monitoring.getPublishedOn()));
  }

  private static Stream<DatedFact> facts(WrittenStatementOfAction statement) {
    return Stream.concat(present(List.of(statement.getDeterminedOn(), statement.getPublishedOn())),
        statement.getSubmissions().stream().flatMap(LatestFact::facts));
  }

  private static Stream<DatedFact> facts(Submission submission) {
    return Stream.concat(present(List.of(submission.getSubmittedOn())),
        submission.getEvaluation().stream().map(e -> e.getEvaluatedOn()));
  }

  private static Stream<DatedFact> facts(Revisit revisit) {
    return present(List.of(Optional.of(revisit.getOnSiteStart()), revisit.getOnSiteEnd(), revisit.getLetterDate(),
        revisit.getPublishedOn()));
  }

  private static Stream<DatedFact> present(List<Optional<DatedFact>> facts) {
    return facts.stream().flatMap(Optional::stream);
  }
}
