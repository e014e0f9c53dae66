package org.sendinspection.examples.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.Evaluation;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;

/**
 * Every dated step of an area record, in date order: partner changes, inspections, reports, written
 * statements of action with their submissions and evaluations, and revisits.
 *
 * <p>Immutable and thread-safe. Steps are ordered by their earliest claim, then by their place in the
 * journey, so that a report letter and its publication on the same day read in that order. The
 * timeline only restates what the record holds; what follows from it is for {@code send-rules}.
 */
public final class RecordTimeline {
  private final AreaRecord record;
  private final List<TimelineEvent> events;

  private RecordTimeline(AreaRecord record, List<TimelineEvent> events) {
    this.record = record;
    this.events = List.copyOf(events);
  }

  /**
   * The timeline of a record.
   *
   * @param record the record; not null
   * @return its timeline
   */
  public static RecordTimeline of(AreaRecord record) {
    Objects.requireNonNull(record, "record");
    List<TimelineEvent> events = new ArrayList<>();
    for (Partner partner : record.getArea().getPartners()) {
      Optional<Citation> citation = partner.getCitations().stream().findFirst();
      partner.getActingFrom().ifPresent(d ->
          events.add(event(fact(d, citation), EventKind.PARTNER_STARTS, partner.getName(), partner.getKind().wireName())));
      partner.getActingUntil().ifPresent(d ->
          events.add(event(fact(d, citation), EventKind.PARTNER_ENDS, partner.getName(), partner.getKind().wireName())));
    }
    for (Inspection inspection : record.getInspections()) {
      addInspection(inspection, events);
    }
    events.sort(Comparator.comparing((TimelineEvent e) -> e.when().earliest())
        .thenComparing(TimelineEvent::kind));
    return new RecordTimeline(record, events);
  }

  /** The record the timeline is of. */
  public AreaRecord record() {
    return record;
  }

  /** Every step, in date order. */
  public List<TimelineEvent> events() {
    return events;
  }

  /** The steps whose sources disagree on the date. */
  public List<TimelineEvent> disputed() {
    return events.stream().filter(e -> e.when().isDisputed()).toList();
  }

  /**
   * Every step, ordered by the date the view's claim policy takes for it, then by its place in the
   * journey: the order in which the rules, under the same policy, see the steps.
   *
   * @param asOf the view, whose policy places a disputed step; not null
   * @return the steps in that order
   */
  public List<TimelineEvent> placedBy(AsOf asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return events.stream().sorted(Comparator.comparing((TimelineEvent e) -> asOf.dateOf(e.when()))
        .thenComparing(TimelineEvent::kind)).toList();
  }

  /** The steps that had happened by the day under the view's claim policy, in the order it places them. */
  public List<TimelineEvent> happenedBy(AsOf asOf) {
    return placedBy(asOf).stream().filter(e -> asOf.hasHappened(e.when())).toList();
  }

  /** The steps that some sources date on or before the day and others after it. */
  public List<TimelineEvent> inDisputeOn(AsOf asOf) {
    return events.stream().filter(e -> asOf.isInDispute(e.when())).toList();
  }

  /** The first day of any step, or empty for a record with no dated step. */
  public Optional<LocalDate> first() {
    return events.stream().map(e -> e.when().earliest()).min(Comparator.naturalOrder());
  }

  /** The last day of any step, or empty for a record with no dated step. */
  public Optional<LocalDate> last() {
    return events.stream().map(e -> e.when().latest()).max(Comparator.naturalOrder());
  }

  private static void addInspection(Inspection inspection, List<TimelineEvent> events) {
    String id = inspection.getId();
    // A first day the source does not give is no event: the timeline shows only what is recorded.
    inspection.firstDayOnSite().ifPresent(f -> add(events, f, EventKind.INSPECTION_STARTS, id,
        inspection.framework().wireName()));
    inspection.getOnSiteEnd().ifPresent(f -> add(events, f, EventKind.INSPECTION_ENDS, id, null));
    inspection.accept(new Inspection.Visitor<Void>() {
      @Override
      public Void localAreaSend2016(LocalAreaSendInspection local) {
        inspection.getPublishedOn().ifPresent(f -> add(events, f, EventKind.REPORT_PUBLISHED, id, null));
        addInspection2016(local, events);
        return null;
      }

      @Override
      public Void areaSend2023(AreaSendInspection areaSend) {
        // The 2023 framework gives one outcome, stated in the published report.
        inspection.getPublishedOn().ifPresent(f -> add(events, f, EventKind.REPORT_PUBLISHED, id,
            "outcome " + areaSend.getOutcome().wireName()));
        return null;
      }
    });
  }

  private static void addInspection2016(LocalAreaSendInspection local, List<TimelineEvent> events) {
    String id = local.getId();
    local.getNoticeGivenOn().ifPresent(f -> add(events, f, EventKind.NOTICE_GIVEN, id, null));
    local.getLetterDate().ifPresent(f -> add(events, f, EventKind.REPORT_LETTER, id,
        local.significantWeaknessTotal().map(n -> n + " significant weakness" + (n == 1 ? "" : "es"))
            .orElse("significant weaknesses not recorded")));
    local.getReportReceivedOn().ifPresent(f -> add(events, f, EventKind.REPORT_RECEIVED, id, null));
    local.getWrittenStatement().ifPresent(w -> addStatement(id, w, events));
    local.getRevisit().ifPresent(r -> addRevisit(id, r, events));
  }

  private static void addStatement(String id, WrittenStatementOfAction wsoa, List<TimelineEvent> events) {
    wsoa.getDeterminedOn().ifPresent(f -> add(events, f, EventKind.WSOA_DETERMINED, id, null));
    List<Submission> submissions = wsoa.getSubmissions();
    for (int i = 0; i < submissions.size(); i++) {
      Submission submission = submissions.get(i);
      String which = "submission " + (i + 1);
      // A submission may be known only by its evaluation (Southend-on-Sea's): then it has no step of its own.
      submission.getSubmittedOn().ifPresent(f -> add(events, f, EventKind.WSOA_SUBMITTED, id, which));
      submission.getEvaluation().ifPresent(e -> add(events, e.getEvaluatedOn(), EventKind.WSOA_EVALUATED,
          id, which + " " + verdict(e)));
    }
    wsoa.getPublishedOn().ifPresent(f -> add(events, f, EventKind.WSOA_PUBLISHED, id, null));
  }

  private static String verdict(Evaluation evaluation) {
    return evaluation.getVerdict().wireName().replace('-', ' ');
  }

  private static void addRevisit(String id, Revisit revisit, List<TimelineEvent> events) {
    add(events, revisit.getOnSiteStart(), EventKind.REVISIT_STARTS, id, null);
    revisit.getOnSiteEnd().ifPresent(f -> add(events, f, EventKind.REVISIT_ENDS, id, null));
    String outcome = revisit.sufficientCount() + " of " + (revisit.sufficientCount() + revisit.notSufficientCount())
        + " weaknesses with sufficient progress";
    revisit.getLetterDate().ifPresent(f -> add(events, f, EventKind.REVISIT_LETTER, id, outcome));
    revisit.getPublishedOn().ifPresent(f -> add(events, f, EventKind.REVISIT_PUBLISHED, id, null));
  }

  private static void add(List<TimelineEvent> events, DatedFact when, EventKind kind, String subject, String detail) {
    events.add(event(when, kind, subject, detail));
  }

  private static TimelineEvent event(DatedFact when, EventKind kind, String subject, String detail) {
    return new TimelineEvent(when, kind, subject, Optional.ofNullable(detail));
  }

  private static DatedFact fact(LocalDate day, Optional<Citation> citation) {
    return DatedFact.builder().addClaims(citation.map(c -> DateClaim.of(day, c)).orElse(DateClaim.of(day))).build();
  }
}
