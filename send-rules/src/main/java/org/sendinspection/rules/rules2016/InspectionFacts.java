package org.sendinspection.rules.rules2016;

import java.time.LocalDate;
import org.sendinspection.rules.internal.Wording;
import org.sendinspection.rules.internal.Lazy;
import org.sendinspection.rules.internal.ResolvedDate;
import org.sendinspection.rules.internal.SharedFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.wsoa.Submission;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import org.sendinspection.rules.internal.InspectionBegun;
import org.sendinspection.rules.RuleContext;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.FactReference;
import org.sendinspection.rules.journey.Journey;

/**
 * One 2016-framework inspection as the rules read it: each recorded date resolved to one day under
 * the settings' policy for disputed dates, with its path and notes, and the record's choices between
 * alternatives (which date stands for the report's receipt) made in one place.
 *
 * <p>Immutable and thread-safe. It does not filter by the as-of date: rules ask {@link #happened}. The
 * facts of a context are worked out once and shared by every rule applied to it, its journey and its
 * summary: each date is resolved, and its notes worded, the first time a rule asks for it.
 */
final class InspectionFacts {
  private final AreaRecord record;
  private final LocalAreaSendInspection inspection;
  private final int index;
  private final String path;
  private final LocalDate asOf;
  private final RuleSettings settings;
  private final Lazy<ResolvedDate> onSiteStart = Lazy.of(this::resolveOnSiteStart);
  private final Lazy<Optional<ResolvedDate>> report = Lazy.of(this::resolveReport);
  private final Lazy<Optional<ResolvedDate>> requirement = Lazy.of(this::resolveRequirement);
  private final Lazy<Optional<ResolvedDate>> receipt = Lazy.of(this::resolveReceipt);
  private final Lazy<Optional<ResolvedDate>> laterInspectionBegan = Lazy.of(this::resolveLaterInspectionBegan);
  private final Lazy<List<FactReference>> weaknesses = Lazy.of(this::resolveWeaknesses);
  private final Lazy<List<SubmissionFacts>> submissions = Lazy.of(this::resolveSubmissions);
  private final Lazy<Optional<RevisitFacts>> revisit = Lazy.of(this::resolveRevisit);
  private final Lazy<Journey> journey = Lazy.of(() -> JourneyTracer.trace(this));

  private InspectionFacts(AreaRecord record, LocalAreaSendInspection inspection, int index,
      LocalDate asOf, RuleSettings settings) {
    this.record = record;
    this.inspection = inspection;
    this.index = index;
    this.path = "inspections[" + index + "]";
    this.asOf = asOf;
    this.settings = settings;
  }

  /**
   * The facts of the context's inspection.
   *
   * @param context the context; not null; its inspection must be a 2016-framework inspection
   * @return the facts
   * @throws IllegalArgumentException if the inspection is of another framework
   */
  public static InspectionFacts of(RuleContext context) {
    return SharedFacts.of(context).get(InspectionFacts.class, () -> read(context));
  }

  private static InspectionFacts read(RuleContext context) {
    return context.inspection().accept(new Inspection.Visitor<InspectionFacts>() {
      @Override
      public InspectionFacts localAreaSend2016(LocalAreaSendInspection inspection) {
        return new InspectionFacts(context.record(), inspection, context.inspectionIndex(), context.asOf(),
            context.settings());
      }

      @Override
      public InspectionFacts areaSend2023(AreaSendInspection inspection) {
        throw new IllegalArgumentException(context.inspectionPath() + " is a "
            + inspection.framework().wireName() + " inspection, not a local-area-send-2016 one");
      }
    });
  }

  /** The inspection as recorded. */
  public LocalAreaSendInspection inspection() {
    return inspection;
  }

  /** The inspection's identifier. */
  public String id() {
    return inspection.getId();
  }

  /** The inspection's path in the record, such as {@code inspections[0]}. */
  public String path() {
    return path;
  }

  /** The date the rules look from. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The settings the rules read. */
  public RuleSettings settings() {
    return settings;
  }

  /** Whether a date is on or before the as-of date: the fact it dates has happened. */
  public boolean happened(ResolvedDate date) {
    return !date.getDate().isAfter(asOf);
  }

  /** The date, if recorded and on or before the as-of date. */
  public Optional<ResolvedDate> happened(Optional<ResolvedDate> date) {
    return date.filter(this::happened);
  }

  /**
   * The first day on site of the area's next full inspection, under either framework, where the record
   * holds one after this: from that day the 2016 journey is closed.
   */
  public Optional<ResolvedDate> laterInspectionBegan() {
    return laterInspectionBegan.get();
  }

  private Optional<ResolvedDate> resolveLaterInspectionBegan() {
    int next = index + 1;
    if (next >= record.getInspections().size()) {
      return Optional.empty();
    }
    return Optional.of(InspectionBegun.of(record.getInspections().get(next), "inspections[" + next + "]",
        "the next full inspection, '" + record.getInspections().get(next).getId() + "'",
        settings.getDisputedDatePolicy()));
  }

  /** The first day on site. */
  public ResolvedDate onSiteStart() {
    return onSiteStart.get();
  }

  private ResolvedDate resolveOnSiteStart() {
    return resolve(inspection.getOnSiteStart(), path + ".onSiteStart", "the first day of the inspection");
  }

  /**
   * The day the report made the inspection's findings known: the letter's date, else its publication.
   */
  public Optional<ResolvedDate> report() {
    return report.get();
  }

  private Optional<ResolvedDate> resolveReport() {
    return resolve(inspection.getLetterDate(), path + ".letterDate", "the inspection report letter's date")
        .or(() -> resolve(inspection.getPublishedOn(), path + ".publishedOn",
            "the inspection report's publication"));
  }

  /**
   * The day HMCI's requirement of a statement took effect: the determination's date if recorded, else
   * the report's date, else the day the report was received.
   */
  public Optional<ResolvedDate> requirement() {
    return requirement.get();
  }

  private Optional<ResolvedDate> resolveRequirement() {
    Optional<ResolvedDate> determined = inspection.getWrittenStatement()
        .flatMap(w -> resolve(w.getDeterminedOn(), path + ".writtenStatement.determinedOn",
            "HMCI's determination that a written statement of action was required"));
    return determined.or(this::report).or(() -> resolve(inspection.getReportReceivedOn(),
        path + ".reportReceivedOn", "the report's receipt"));
  }

  /**
   * The day the principal authority received the report, from which the 70 working days run: the
   * record's {@code reportReceivedOn} if given; else, saying so, the letter's date; else, saying so,
   * the publication date.
   */
  public Optional<ResolvedDate> receipt() {
    return receipt.get();
  }

  private Optional<ResolvedDate> resolveReceipt() {
    Optional<ResolvedDate> recorded = resolve(inspection.getReportReceivedOn(), path + ".reportReceivedOn",
        "the report's receipt by the principal authority");
    if (recorded.isPresent()) {
      return recorded;
    }
    String lacking = "The letters do not say when the report was received, so this takes ";
    String override = "; a record's reportReceivedOn overrides it.";
    Optional<ResolvedDate> letter = resolve(inspection.getLetterDate(), path + ".letterDate",
        "the inspection report letter's date");
    if (letter.isPresent()) {
      return letter.map(d -> d.assuming(lacking + "the letter's date" + override));
    }
    return resolve(inspection.getPublishedOn(), path + ".publishedOn", "the inspection report's publication")
        .map(d -> d.assuming(lacking + "the publication date, the letter's date not being recorded" + override));
  }

  /** The number of significant weaknesses found, named or counted; empty where not recorded. */
  public Optional<Integer> weaknessesFound() {
    return inspection.significantWeaknessTotal();
  }

  /**
   * Whether a written statement of action was required, as far as the record shows: yes where it
   * found significant weaknesses or records the statement; no where it found none; empty where the
   * weaknesses are not recorded and no statement is.
   */
  public Optional<Boolean> statementRequired() {
    if (inspection.getWrittenStatement().isPresent()) {
      return Optional.of(true);
    }
    return weaknessesFound().map(n -> n > 0);
  }

  /** Whether the record shows the statement was required: {@link #statementRequired()} is yes. */
  public boolean statementKnownRequired() {
    return statementRequired().orElse(false);
  }

  /** The path of what is missing where the weaknesses are not recorded. */
  public String weaknessesPath() {
    return path + ".weaknessesKnown";
  }

  /** What the record knows of submissions and evaluations beyond those listed. */
  public Coverage submissionCoverage() {
    return inspection.getWrittenStatement().map(WrittenStatementOfAction::getSubmissionCoverage)
        .orElse(Coverage.notRecorded());
  }

  /** What the record knows of a revisit beyond the one listed, if any. */
  public Coverage revisitCoverage() {
    return inspection.getRevisitCoverage();
  }

  /**
   * A coverage as a fact a conclusion rests on: that nothing unlisted of its kind had happened by the
   * given day, which the list's completeness until a later day shows.
   */
  public FactReference coverageReference(String coveragePath, Coverage coverage, String what, LocalDate by) {
    return FactReference.of(coveragePath, "no " + what + " by " + Wording.date(by) + ", the record listing every one"
        + " until " + coverage.getUntil().map(u -> Wording.date(u.earliestPossible())).orElse("no date"), by);
  }

  /** The path of the statement's submission coverage. */
  public String submissionCoveragePath() {
    return path + ".writtenStatement.submissionCoverage";
  }

  /** The path of the revisit coverage. */
  public String revisitCoveragePath() {
    return path + ".revisitCoverage";
  }

  /**
   * The first day of the area's next full inspection, if it had begun by the as-of date: from then the
   * 2016 obligations of this inspection are superseded.
   */
  public Optional<ResolvedDate> supersededBy() {
    return laterInspectionBegan().filter(this::happened);
  }

  /** The significant weaknesses as facts, dated by the first day on site: one each, or the count. */
  public List<FactReference> weaknesses() {
    return weaknesses.get();
  }

  private List<FactReference> resolveWeaknesses() {
    LocalDate found = onSiteStart().getDate();
    if (inspection.getWeaknessesKnown() == org.sendinspection.model.inspection.WeaknessesKnown.NOT_RECORDED) {
      return List.of(FactReference.of(path + ".weaknessesKnown",
          "the significant weaknesses, not recorded", found));
    }
    if (!inspection.hasWeaknessesInDetail()) {
      return List.of(FactReference.of(path + ".significantWeaknessCount",
          Wording.count(weaknessesFound().orElseThrow(), "significant weakness", "significant weaknesses")
              + ", known as a count", found));
    }
    List<SignificantWeakness> weaknesses = inspection.getSignificantWeaknesses();
    List<FactReference> facts = new ArrayList<>(weaknesses.size());
    for (int i = 0; i < weaknesses.size(); i++) {
      facts.add(FactReference.of(path + ".significantWeaknesses[" + i + "]",
          "significant weakness '" + weaknesses.get(i).getId() + "'", found));
    }
    return List.copyOf(facts);
  }

  /** The local authority and health commissioners acting on a day, as the record lists them. */
  public List<FactReference> principalAuthoritiesOn(LocalDate day) {
    List<Partner> partners = record.getArea().getPartners();
    List<FactReference> acting = new ArrayList<>(partners.size());
    for (int i = 0; i < partners.size(); i++) {
      Partner partner = partners.get(i);
      if (partner.getKind().isPrincipalAuthority() && partner.isActingOn(day)) {
        acting.add(FactReference.of("area.partners[" + i + "]", partner.getName()));
      }
    }
    return acting;
  }

  /** The bodies the requirement names as jointly responsible, where the record gives them. */
  public List<String> namedJointlyResponsible() {
    return inspection.getWrittenStatement().map(WrittenStatementOfAction::getJointlyResponsible)
        .orElse(List.of());
  }

  /** Every submission of the statement, in order. */
  public List<SubmissionFacts> submissions() {
    return submissions.get();
  }

  private List<SubmissionFacts> resolveSubmissions() {
    List<Submission> submissions = inspection.getWrittenStatement()
        .map(WrittenStatementOfAction::getSubmissions).orElse(List.of());
    List<SubmissionFacts> facts = new ArrayList<>();
    for (int i = 0; i < submissions.size(); i++) {
      Submission submission = submissions.get(i);
      String at = path + ".writtenStatement.submissions[" + i + "]";
      String ordinal = i == 0 ? "the statement's submission" : "the statement's resubmission " + i;
      Optional<ResolvedDate> evaluated = submission.getEvaluation().map(e -> resolve(e.getEvaluatedOn(),
          at + ".evaluation", "Ofsted and CQC's evaluation of " + ordinal + ": " + e.getVerdict().wireName()));
      // A submission no source dates is known by its evaluation (the model requires one of the two):
      // it had been made by then, and is dated so, with that assumption stated.
      ResolvedDate submitted = resolve(submission.getSubmittedOn(), at + ".submittedOn", ordinal)
          .orElseGet(() -> ResolvedDate.builder().from(evaluated.orElseThrow().assuming("No source says when "
                  + ordinal + " was made; it had been made by " + Wording.date(evaluated.get().getDate())
                  + ", when it was evaluated, and is dated so here."))
              .description(ordinal)
              .build());
      facts.add(new SubmissionFacts(i, submitted, submission.getSubmittedOn().isPresent(), evaluated,
          submission.getEvaluation().map(e -> e.getVerdict())));
    }
    return List.copyOf(facts);
  }

  /** The evaluation that declared the statement fit for purpose, if any. */
  public Optional<ResolvedDate> acceptance() {
    return submissions().stream().filter(SubmissionFacts::isFitForPurpose).findFirst()
        .flatMap(SubmissionFacts::evaluated);
  }

  /** The revisit, if one is recorded (whatever its date). */
  public Optional<RevisitFacts> revisit() {
    return revisit.get();
  }

  /** The inspection's journey up to the as-of date, traced once for the rules and the derivation. */
  Journey journey() {
    return journey.get();
  }

  private Optional<RevisitFacts> resolveRevisit() {
    return inspection.getRevisit().map(this::revisitFacts);
  }

  private RevisitFacts revisitFacts(Revisit revisit) {
    String at = path + ".revisit";
    ResolvedDate began = resolve(revisit.getOnSiteStart(), at + ".onSiteStart", "the first day of the revisit");
    Optional<ResolvedDate> report = resolve(revisit.getLetterDate(), at + ".letterDate",
        "the revisit letter's date")
        .or(() -> resolve(revisit.getPublishedOn(), at + ".publishedOn", "the revisit letter's publication"));
    ResolvedDate known = report.orElseGet(() -> {
      ResolvedDate lastDay = resolve(revisit.getOnSiteEnd(), at + ".onSiteEnd", "the last day of the revisit")
          .orElse(began);
      return lastDay.assuming("The record gives neither the revisit letter's"
          + " date nor its publication, so its outcome is taken as known on " + lastDay.getDescription() + ".");
    });
    LocalDate outcomeDay = known.getDate();
    List<FactReference> outcomes = new ArrayList<>();
    List<FactReference> insufficient = new ArrayList<>();
    List<String> remaining = new ArrayList<>();
    if (revisit.hasOutcomesPerWeakness()) {
      List<WeaknessOutcome> recorded = revisit.getOutcomes();
      for (int i = 0; i < recorded.size(); i++) {
        WeaknessOutcome outcome = recorded.get(i);
        FactReference fact = FactReference.of(at + ".outcomes[" + i + "]", "the revisit's outcome for '"
            + outcome.getWeakness() + "': " + outcome.getProgress().wireName(), outcomeDay);
        outcomes.add(fact);
        if (outcome.getProgress() == Progress.NOT_SUFFICIENT) {
          insufficient.add(fact);
          remaining.add(outcome.getWeakness());
        }
      }
    } else {
      FactReference counts = FactReference.of(at + ".outcomeCounts", "the revisit's outcome as counts: "
          + revisit.sufficientCount() + " with sufficient progress, " + revisit.notSufficientCount()
          + " without", outcomeDay);
      outcomes.add(counts);
      if (revisit.notSufficientCount() > 0) {
        insufficient.add(counts);
      }
    }
    return new RevisitFacts(began, known, report, revisit.sufficientCount(), revisit.notSufficientCount(),
        revisit.hasOutcomesPerWeakness(), outcomes, insufficient, remaining);
  }

  /** The statement of a weakness by its identifier, for reasons; empty if not recorded in detail. */
  public Optional<String> weaknessStatement(String id) {
    return inspection.getSignificantWeaknesses().stream().filter(w -> w.getId().equals(id))
        .map(SignificantWeakness::getStatement).findFirst();
  }

  private Optional<ResolvedDate> resolve(Optional<DatedFact> fact, String at, String description) {
    return fact.map(f -> resolve(f, at, description));
  }

  private ResolvedDate resolve(DatedFact fact, String at, String description) {
    return ResolvedDate.of(fact, at, description, settings.getDisputedDatePolicy());
  }
}
