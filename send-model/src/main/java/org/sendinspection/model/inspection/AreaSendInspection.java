package org.sendinspection.model.inspection;

import org.sendinspection.model.areasend.AreaForPriorityAction;
import org.sendinspection.model.areasend.AreaSendOutcome;
import org.sendinspection.model.areasend.MonitoringInspection;
import org.sendinspection.model.areasend.PriorityActionPlan;
import org.sendinspection.model.areasend.StatedPreviousInspection;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.CitedFacts;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An inspection under the 2023 framework, the "area SEND inspection" of a local area partnership,
 * with its outcome and what the report requires.
 *
 * <p>Immutable and thread-safe. Example (Suffolk, on site 13 to 17 November 2023, published 30 January
 * 2024): outcome 3, widespread and/or systemic failings; two areas for priority action, each naming
 * Suffolk County Council and the two ICBs; a priority action plan required; three areas for improvement;
 * "Date of previous inspection: 21 to 23 January 2019" as the report states it. The outcome and the
 * requirements must agree (rule {@code outcome-matches-requirements}).
 *
 * <p>The areas for priority action are held in detail, as a report gives them, or, where only Ofsted's
 * management information is known, as a count ({@link #getAreasForPriorityActionCount()}); never both
 * (rule {@code priority-actions-detailed-or-counted}). Outcome 3 has at least one in either form; a
 * record read from a source that gives only the outcome (a scraped overview) holds neither, and its
 * number is then unknown ({@link #numberOfAreasForPriorityAction()}), not zero.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableAreaSendInspection.class)
@JsonDeserialize(as = ImmutableAreaSendInspection.class)
public non-sealed interface AreaSendInspection extends Inspection, CitedFacts {

  @Override
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
  String getId();

  @Override
  default FrameworkVersion framework() {
    return FrameworkVersion.AREA_SEND_2023;
  }

  /** The bodies of the local area partnership as the report names them. */
  List<@NotBlank String> getPartnership();

  /**
   * The first day inspectors were on site, where recorded. A source may give only the publication (the
   * scraped overview leaves some first days empty): the first day is then "not recorded", and a
   * conclusion that needs it says it is not determinable. At least one of the first day, the last day
   * and the publication is recorded (rule {@code inspection-dated}).
   */
  Optional<@Valid DatedFact> getOnSiteStart();

  @Override
  default Optional<DatedFact> firstDayOnSite() {
    return getOnSiteStart();
  }

  /**
   * As for any inspection, but where neither day on site is recorded the earlier of the report's receipt
   * and its publication: a report received before it was published shows the inspection had begun by
   * the day it was received.
   */
  @Override
  default DatedFact begunBy() {
    return firstDayOnSite().or(this::getOnSiteEnd).or(this::firstReportFact)
        .orElseThrow(() -> new IllegalStateException("inspection '" + getId() + "' records no date"));
  }

  @Override
  default String begunByField() {
    return firstDayOnSite().isPresent() ? "onSiteStart"
        : getOnSiteEnd().isPresent() ? "onSiteEnd"
        : firstReportFact().equals(getReportReceivedOn()) ? "reportReceivedOn" : "publishedOn";
  }

  private Optional<DatedFact> firstReportFact() {
    Optional<DatedFact> received = getReportReceivedOn();
    Optional<DatedFact> published = getPublishedOn();
    if (received.isPresent() && published.isPresent()) {
      return received.get().earliest().isAfter(published.get().earliest()) ? published : received;
    }
    return received.or(() -> published);
  }

  @Override
  Optional<@Valid DatedFact> getOnSiteEnd();

  @Override
  Optional<@Valid DatedFact> getPublishedOn();

  /**
   * When the partnership received its final report, where a record knows it: the monitoring
   * inspection is usually 18 months from this date.
   */
  Optional<@Valid DatedFact> getReportReceivedOn();

  /** The date the report's covering letter bears, where recorded apart from its publication. */
  Optional<@Valid DatedFact> getLetterDate();

  /**
   * Where the report states that the area was not previously inspected (it gives no "date of previous
   * inspection"); absent unless a report says so.
   */
  Optional<@Valid Citation> getStatedNotPreviouslyInspected();

  /** The priority action plan's submission and acceptance, where recorded: outcome 3 only. */
  Optional<@Valid PriorityActionPlan> getPriorityActionPlan();

  /** The previous inspection as the report states it, where it does. */
  Optional<@Valid StatedPreviousInspection> getPreviousInspectionAsStated();

  /** The outcome. */
  @NotNull
  AreaSendOutcome getOutcome();

  /** The report's own sentence on when the next inspection will be, where recorded. */
  Optional<String> getNextInspectionAsStated();

  /** Whether HMCI requires a priority action plan (area SEND): outcome 3. */
  boolean isPriorityActionPlanRequired();

  /** Whether Ofsted and CQC ask the partnership to update and publish its strategic plan: outcomes 1 and 2. */
  boolean isStrategicPlanUpdateRequested();

  /** The areas for priority action, with their responsible bodies: outcome 3 only. */
  List<@Valid AreaForPriorityAction> getAreasForPriorityAction();

  /**
   * The number of areas for priority action, where only the number is known: Ofsted's management
   * information counts them without their text or responsible bodies. Never given together with
   * {@link #getAreasForPriorityAction()} (rule {@code priority-actions-detailed-or-counted}).
   */
  Optional<@PositiveOrZero Integer> getAreasForPriorityActionCount();

  /**
   * The areas for improvement, in the report's words: every one of them, unless
   * {@link #isAreasForImprovementNotRecorded()}, when the list names only any that are known.
   */
  List<@Valid Finding> getAreasForImprovement();

  /**
   * Whether the record does not hold the areas for improvement: a source that gives only the outcome
   * (a scraped overview) or only counts of areas for priority action (Ofsted's management information)
   * says nothing of them. Their number is then unknown, never 0. A builder that does not set it takes
   * "recorded", as a report lists them all; written only where true.
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  default boolean isAreasForImprovementNotRecorded() {
    return false;
  }

  /** The inspection team. */
  List<@Valid Inspector> getInspectors();

  /** Monitoring inspections that followed: outcome 3 only. */
  List<@Valid MonitoringInspection> getMonitoringInspections();

  /**
   * Whether the record shows that no monitoring inspection beyond those listed had begun by a date,
   * or does not say. Written in every document; a builder that does not set it takes "not recorded".
   */
  @Value.Default
  default Coverage getMonitoringCoverage() {
    return Coverage.notRecorded();
  }

  /** Where the report is. */
  Optional<@Valid Citation> getCitation();

  /** Whether the areas for priority action are known in detail rather than only as a count. */
  default boolean hasAreasForPriorityActionInDetail() {
    return getAreasForPriorityActionCount().isEmpty();
  }

  /**
   * The number of areas for priority action, from whichever form the record holds, where it is known.
   *
   * <p>Outcomes 1 and 2 have none. For outcome 3 the number is the areas listed, or the count; it is
   * unknown (empty) where the record holds neither, as for an inspection read from a source that gives
   * only its outcome.
   *
   * @return the number; empty only for an outcome-3 inspection whose areas are not recorded
   */
  default Optional<Integer> numberOfAreasForPriorityAction() {
    if (!getAreasForPriorityAction().isEmpty()) {
      return Optional.of(getAreasForPriorityAction().size());
    }
    if (getAreasForPriorityActionCount().isPresent()) {
      return getAreasForPriorityActionCount();
    }
    return getOutcome().requiresPriorityActionPlan() ? Optional.empty() : Optional.of(0);
  }

  /**
   * The number of areas for improvement, where the record holds them.
   *
   * @return the number listed; empty where the areas for improvement are not recorded
   */
  default Optional<Integer> numberOfAreasForImprovement() {
    return isAreasForImprovementNotRecorded() ? Optional.empty() : Optional.of(getAreasForImprovement().size());
  }

  @Override
  default Map<String, Citation> citations() {
    return AreaSendInspectionChecks.citations(this);
  }

  @Value.Check
  default void check() {
    AreaSendInspectionChecks.check(this);
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.areaSend2023(this);
  }

  static ImmutableAreaSendInspection.Builder builder() {
    return ImmutableAreaSendInspection.builder();
  }
}
