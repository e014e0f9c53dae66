package org.sendinspection.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.conclusion.ConclusionReport;
import org.sendinspection.rules.internal.Lazy;
import org.sendinspection.rules.journey.Journey;
import org.sendinspection.rules.journey.JourneyState;
import org.sendinspection.rules.journey.JourneyStep;

/**
 * Everything that follows from an area record as of a date, under both frameworks: the conclusions of
 * every rule, the journey of each inspection, where the area stands, and the summary numbers of its
 * 2016-framework inspections.
 *
 * <p>Immutable and thread-safe. The journeys and summaries are worked out the first time they are asked
 * for, from the facts the rules already read. A pure function of its arguments: it never changes the record and
 * never reads the clock, and it reads the record as it stood on the as-of date ({@link RecordOnDay}):
 * facts the record dates after that day are treated as not yet having happened and cannot change the
 * answer, so that {@code Derivation.of(record, day)} says what followed on any past day. Example:
 * <pre>{@code
 * Derivation derivation = Derivation.of(record, LocalDate.of(2022, 7, 1));
 * derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED);   // Essex: ceased on 30 June 2022
 * System.out.println(derivation.report());
 * }</pre>
 */
public final class Derivation {
  private final AreaRecord record;
  private final LocalDate asOf;
  private final RuleSettings settings;
  private final List<Conclusion> conclusions;
  private final Lazy<List<Journey>> journeys;
  private final Lazy<List<InspectionSummary>> summaries;

  private Derivation(AreaRecord record, LocalDate asOf, RuleSettings settings, List<Conclusion> conclusions,
      List<RuleContext> contexts) {
    this.record = record;
    this.asOf = asOf;
    this.settings = settings;
    this.conclusions = List.copyOf(conclusions);
    // Each context holds the facts its rules read, so that a journey is not traced twice.
    List<RuleContext> inspections = List.copyOf(contexts);
    this.journeys = Lazy.of(() -> journeys(inspections));
    this.summaries = Lazy.of(() -> summaries(inspections));
  }

  private static List<Journey> journeys(List<RuleContext> contexts) {
    List<Journey> journeys = new ArrayList<>(contexts.size());
    for (RuleContext context : contexts) {
      journeys.add(Frameworks.of(context.inspection()).journey(context));
    }
    return List.copyOf(journeys);
  }

  private static List<InspectionSummary> summaries(List<RuleContext> contexts) {
    List<InspectionSummary> summaries = new ArrayList<>();
    for (RuleContext context : contexts) {
      Frameworks.of(context.inspection()).summary(context).ifPresent(summaries::add);
    }
    return List.copyOf(summaries);
  }

  /**
   * Derives with the default settings and the standard rules.
   *
   * @param record the record; not null
   * @param asOf the date to look from; not null
   * @return the derivation
   */
  public static Derivation of(AreaRecord record, LocalDate asOf) {
    return of(record, asOf, RuleSettings.defaults());
  }

  /**
   * Derives with the given settings and the standard rules.
   *
   * @param record the record; not null
   * @param asOf the date to look from; not null
   * @param settings the settings; not null
   * @return the derivation
   */
  public static Derivation of(AreaRecord record, LocalDate asOf, RuleSettings settings) {
    return of(record, asOf, settings, RuleRegistry.standard());
  }

  /**
   * Derives with the given settings and rules.
   *
   * @param record the record; not null
   * @param asOf the date to look from; not null
   * @param settings the settings; not null
   * @param registry the rules to apply; not null
   * @return the derivation
   */
  public static Derivation of(AreaRecord record, LocalDate asOf, RuleSettings settings, RuleRegistry registry) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(registry, "registry");
    List<Conclusion> conclusions = new ArrayList<>();
    List<RuleContext> contexts = new ArrayList<>(record.getInspections().size());
    // The rules see the record as it stood on the day, so that no later fact can change the answer.
    AreaRecord onDay = RecordOnDay.cut(record, asOf);
    for (int i = 0; i < record.getInspections().size(); i++) {
      // An inspection that had not begun on the day is not in the record as it stood; it still has a
      // journey, with no step yet, so that journeys match the record's inspections one for one.
      RuleContext context = RuleContext.of(i < onDay.getInspections().size() ? onDay : record, i, asOf, settings);
      for (Rule rule : registry.applying(context.inspection().framework())) {
        conclusions.addAll(rule.derive(context));
      }
      contexts.add(context);
    }
    return new Derivation(record, asOf, settings, conclusions, contexts);
  }

  /** The record derived from. */
  public AreaRecord record() {
    return record;
  }

  /** The date derived as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The settings derived with. */
  public RuleSettings settings() {
    return settings;
  }

  /** Every conclusion, by inspection in the record's order, then by rule in the registry's order. */
  public List<Conclusion> conclusions() {
    return conclusions;
  }

  /** The conclusions of one kind. */
  public List<Conclusion> conclusions(ConclusionKind kind) {
    return conclusions.stream().filter(c -> c.getKind() == kind).collect(Collectors.toList());
  }

  /**
   * The journey of each inspection, under either framework, in the record's order, up to the as-of date.
   * A journey is closed on the first day of the area's next full inspection.
   */
  public List<Journey> journeys() {
    return journeys.get();
  }

  /**
   * Where the area stands on the as-of date, across both frameworks: the last step of the journey of
   * the latest inspection begun by then, whichever its framework. Example: Southend-on-Sea on 1 June
   * 2024 stands at {@link JourneyState#STRATEGIC_PLAN_UPDATE} (its 2023 inspection, outcome 2), its
   * 2016 journey having closed on 6 March 2023.
   *
   * @return the step, or empty if no inspection had begun by the as-of date
   */
  public Optional<JourneyStep> currentStep() {
    Optional<JourneyStep> current = Optional.empty();
    for (Journey journey : journeys()) {
      if (!journey.steps().isEmpty()) {
        current = journey.stepOn(asOf);
      }
    }
    return current;
  }

  /** The area's state on the as-of date, across both frameworks: {@link #currentStep()}'s, else not yet inspected. */
  public JourneyState currentState() {
    return currentStep().map(JourneyStep::getState).orElse(JourneyState.NOT_YET_INSPECTED);
  }

  /** The summary numbers of each 2016-framework inspection begun by the as-of date. */
  public List<InspectionSummary> summaries() {
    return summaries.get();
  }

  /** The conclusions as plain text, with reasons and sources: see {@link ConclusionReport}. */
  public String report() {
    return ConclusionReport.render(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Derivation)) {
      return false;
    }
    Derivation that = (Derivation) other;
    return record.equals(that.record) && asOf.equals(that.asOf) && settings.equals(that.settings)
        && conclusions.equals(that.conclusions) && journeys().equals(that.journeys())
        && summaries().equals(that.summaries());
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, asOf, settings, conclusions, journeys(), summaries());
  }

  @Override
  public String toString() {
    return "Derivation[" + record.getArea().getName() + " as of " + asOf + ", " + conclusions.size()
        + " conclusions]";
  }
}
