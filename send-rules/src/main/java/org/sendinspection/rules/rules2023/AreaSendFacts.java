package org.sendinspection.rules.rules2023;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.internal.InspectionBegun;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.internal.Lazy;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.SharedFacts;
import org.sendinspection.rules.internal.Wording;

/**
 * One 2023-framework inspection as the rules read it: each recorded date resolved to one day under the
 * settings' policy for disputed dates, the date its periods count from, its windows, and the
 * inspections before and after it in the record.
 *
 * <p>Immutable and thread-safe. It does not filter by the as-of date: rules ask {@link #happened}. The
 * facts of a context are worked out once and shared by every rule applied to it and its journey: each
 * date is resolved, and its notes worded, the first time a rule asks for it.
 */
final class AreaSendFacts {
  private final RuleContext context;
  private final AreaSendInspection inspection;
  private final Lazy<Optional<ResolvedDate>> onSiteStart = Lazy.of(this::resolveOnSiteStart);
  private final Lazy<ResolvedDate> begun = Lazy.of(this::resolveBegun);
  private final Lazy<ResolvedDate> report = Lazy.of(this::resolveReport);
  private final Lazy<List<ResolvedDate>> monitoringInspections = Lazy.of(this::resolveMonitoringInspections);
  private final Lazy<Optional<RuleContext>> previousInspectionContext = Lazy.of(this::readPreviousInspectionContext);
  private final Lazy<Optional<ResolvedDate>> laterInspectionBegan = Lazy.of(this::resolveLaterInspectionBegan);
  private final Lazy<Journey> journey = Lazy.of(() -> AreaSendJourneyTracer.trace(this));

  private AreaSendFacts(RuleContext context, AreaSendInspection inspection) {
    this.context = context;
    this.inspection = inspection;
  }

  /**
   * The facts of the context's inspection.
   *
   * @param context the context; not null; its inspection must be a 2023-framework inspection
   * @return the facts
   * @throws IllegalArgumentException if the inspection is of another framework
   */
  public static AreaSendFacts of(RuleContext context) {
    return SharedFacts.of(context).get(AreaSendFacts.class, () -> read(context));
  }

  private static AreaSendFacts read(RuleContext context) {
    return context.inspection().accept(new Inspection.Visitor<AreaSendFacts>() {
      @Override
      public AreaSendFacts localAreaSend2016(LocalAreaSendInspection inspection) {
        throw new IllegalArgumentException(context.inspectionPath() + " is a "
            + inspection.framework().wireName() + " inspection, not an area-send-2023 one");
      }

      @Override
      public AreaSendFacts areaSend2023(AreaSendInspection inspection) {
        return new AreaSendFacts(context, inspection);
      }
    });
  }

  /** The inspection as recorded. */
  public AreaSendInspection inspection() {
    return inspection;
  }

  /** The inspection's identifier. */
  public String id() {
    return inspection.getId();
  }

  /** The inspection's path in the record, such as {@code inspections[1]}. */
  public String path() {
    return context.inspectionPath();
  }

  /** The whole record. */
  public AreaRecord record() {
    return context.record();
  }

  /** The date the rules look from. */
  public LocalDate asOf() {
    return context.asOf();
  }

  /** The settings the rules read. */
  public RuleSettings settings() {
    return context.settings();
  }

  /** The outcome. */
  public AreaSendOutcome outcome() {
    return inspection.getOutcome();
  }

  /** Whether a date is on or before the as-of date: the fact it dates has happened. */
  public boolean happened(ResolvedDate date) {
    return !date.getDate().isAfter(asOf());
  }

  /** The first day on site, where recorded: a source may give only the publication. */
  public Optional<ResolvedDate> onSiteStart() {
    return onSiteStart.get();
  }

  private Optional<ResolvedDate> resolveOnSiteStart() {
    return inspection.getOnSiteStart()
        .map(f -> resolve(f, path() + ".onSiteStart", "the first day of the area SEND inspection"));
  }

  /**
   * The day by which the inspection had begun: its first day on site, or where that is not recorded the
   * last day on site or the publication, with an assumption saying so.
   */
  public ResolvedDate begun() {
    return begun.get();
  }

  private ResolvedDate resolveBegun() {
    return InspectionBegun.of(inspection, path(), "the area SEND inspection", settings().getDisputedDatePolicy());
  }

  /**
   * The day the partnership received its final report, from which the framework's periods count and on
   * which the outcome is taken as known: the record's {@code reportReceivedOn} if given; else, saying
   * so, the report's publication; else, saying so, the last day on site.
   */
  public ResolvedDate report() {
    return report.get();
  }

  private ResolvedDate resolveReport() {
    Optional<ResolvedDate> received = inspection.getReportReceivedOn().map(f -> resolve(f, path() + ".reportReceivedOn",
        "the partnership's receipt of its final report"));
    if (received.isPresent()) {
      return received.get();
    }
    String lacking = "The report does not say when the partnership received it, so this takes ";
    String override = "; a record's reportReceivedOn overrides it.";
    Optional<ResolvedDate> published = inspection.getPublishedOn().map(f -> resolve(f, path() + ".publishedOn",
        "the area SEND report's publication"));
    if (published.isPresent()) {
      return published.get().assuming(lacking + "its publication on " + Wording.date(published.get().getDate())
          + override);
    }
    // The record holds a first or last day on site where it holds no publication (rule inspection-dated).
    ResolvedDate lastDay = inspection.getOnSiteEnd()
        .map(f -> resolve(f, path() + ".onSiteEnd", "the last day of the area SEND inspection"))
        .orElseGet(this::begun);
    return lastDay.assuming(lacking + lastDay.getDescription() + ", the record giving no publication date" + override);
  }

  /**
   * The years after the report within which the next full inspection follows, by outcome: the settings'
   * periods, 5 for outcome 1 and 3 for outcomes 2 and 3 by default.
   */
  public int fullInspectionYears() {
    RuleSettings settings = settings();
    switch (outcome()) {
      case POSITIVE:
        return settings.getFullInspectionYearsAfterOutcome1();
      case INCONSISTENT:
        return settings.getFullInspectionYearsAfterOutcome2();
      case WIDESPREAD_OR_SYSTEMIC_FAILINGS:
      default:
        return settings.getFullInspectionYearsAfterOutcome3();
    }
  }

  /** The window of the next full inspection: {@link #fullInspectionYears()} after the report, widened by the margin. */
  public InspectionWindow nextFullInspection() {
    return InspectionWindow.yearsAfter(report(), fullInspectionYears(), settings().getAreaSendWindowMonths());
  }

  /** The window of the monitoring inspection, for outcome 3: usually 18 months after the report. */
  public InspectionWindow monitoringInspection() {
    return InspectionWindow.monthsAfter(report(), settings().getMonitoringInspectionAfterMonths(),
        settings().getAreaSendWindowMonths());
  }

  /** The first day on site of each recorded monitoring inspection, in the record's order, whatever its date. */
  public List<ResolvedDate> monitoringInspections() {
    return monitoringInspections.get();
  }

  private List<ResolvedDate> resolveMonitoringInspections() {
    List<MonitoringInspection> recorded = inspection.getMonitoringInspections();
    List<ResolvedDate> starts = new ArrayList<>();
    for (int i = 0; i < recorded.size(); i++) {
      starts.add(resolve(recorded.get(i).getOnSiteStart(), path() + ".monitoringInspections[" + i + "].onSiteStart",
          "the first day of the monitoring inspection"));
    }
    return List.copyOf(starts);
  }

  /** The first monitoring inspection begun by the as-of date, if any. */
  public Optional<ResolvedDate> firstMonitoringInspection() {
    return monitoringInspections().stream().filter(this::happened).min((a, b) -> a.getDate().compareTo(b.getDate()));
  }

  /** The context of the inspection before this one, for reading it with its own framework's facts. */
  public Optional<RuleContext> previousInspectionContext() {
    return previousInspectionContext.get();
  }

  private Optional<RuleContext> readPreviousInspectionContext() {
    int index = context.inspectionIndex();
    return index == 0 ? Optional.empty() : Optional.of(RuleContext.of(record(), index - 1, asOf(), settings()));
  }

  /** The first day on site of the next full inspection in the record, if it holds one after this. */
  public Optional<ResolvedDate> laterInspectionBegan() {
    return laterInspectionBegan.get();
  }

  /** The inspection's journey up to the as-of date, traced once for the rules and the derivation. */
  Journey journey() {
    return journey.get();
  }

  private Optional<ResolvedDate> resolveLaterInspectionBegan() {
    int next = context.inspectionIndex() + 1;
    if (next >= record().getInspections().size()) {
      return Optional.empty();
    }
    Inspection later = record().getInspections().get(next);
    return Optional.of(InspectionBegun.of(later, "inspections[" + next + "]",
        "the next full inspection, '" + later.getId() + "'", settings().getDisputedDatePolicy()));
  }

  /** Resolves a recorded date under the settings' policy. */
  ResolvedDate resolve(DatedFact fact, String at, String description) {
    return ResolvedDate.of(fact, at, description, settings().getDisputedDatePolicy());
  }
}
