package org.sendinspection.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * The baseline of the derivation benchmark: a hand-written loop that computes, as typed values, the
 * 2016 framework's written-statement requirement and quarterly support and challenge visits, the
 * conclusions {@code Derivation.of} gives of those kinds, with their dates but without reasons or
 * citations.
 *
 * <p>It covers 5 of the rules' kinds ({@link #KINDS}), those of the two rules {@code
 * derivationSameRules} runs; the others need the working-day calendar and the journey's state machine.
 * The benchmark compares the derivation's cost of those kinds alone ({@code DerivationBenchmark}) as
 * well as of all of them.
 */
final class HandDerivation {
  /** The conclusion kinds this loop computes. */
  static final List<ConclusionKind> KINDS = List.of(ConclusionKind.WSOA_REQUIRED, ConclusionKind.WSOA_NOT_REQUIRED,
      ConclusionKind.QUARTERLY_VISITS_IN_FORCE, ConclusionKind.QUARTERLY_VISITS_CONTINUE,
      ConclusionKind.QUARTERLY_VISITS_CEASED);

  /**
   * One conclusion as a typed value.
   *
   * @param kind what is concluded
   * @param inspection the index of the inspection in the record
   * @param date the date the conclusion concerns, or null where the record gives none
   */
  record Concluded(ConclusionKind kind, int inspection, LocalDate date) {}

  private HandDerivation() {}

  static List<Concluded> of(AreaRecord record, LocalDate asOf, DisputedDatePolicy policy) {
    List<Concluded> out = new ArrayList<>(4);
    List<Inspection> inspections = record.getInspections();
    for (int i = 0; i < inspections.size(); i++) {
      Optional<LocalAreaSendInspection> inspection = inspections.get(i).asLocalAreaSend2016();
      if (inspection.isPresent()) {
        inspection(i, inspection.get(), asOf, policy, out);
      }
    }
    return out;
  }

  private static void inspection(int index, LocalAreaSendInspection inspection, LocalDate asOf,
      DisputedDatePolicy policy, List<Concluded> out) {
    LocalDate requirement = requirement(inspection, policy);
    if (requirement != null && requirement.isAfter(asOf)) {
      return;
    }
    // A recorded statement shows one was required; an unknown number of weaknesses settles nothing.
    Optional<Boolean> required = inspection.getWrittenStatement().isPresent() ? Optional.of(true)
        : inspection.significantWeaknessTotal().map(n -> n > 0);
    if (required.isEmpty()) {
      return;
    }
    if (!required.get()) {
      out.add(new Concluded(ConclusionKind.WSOA_NOT_REQUIRED, index, requirement));
      return;
    }
    out.add(new Concluded(ConclusionKind.WSOA_REQUIRED, index, requirement));
    LocalDate known = null;
    Revisit revisit = inspection.getRevisit().orElse(null);
    if (revisit != null) {
      known = outcomeKnown(revisit, policy);
      if (known.isAfter(asOf)) {
        revisit = null;
      }
    }
    if (revisit != null && revisit.notSufficientCount() == 0) {
      out.add(new Concluded(ConclusionKind.QUARTERLY_VISITS_CEASED, index, known));
      return;
    }
    out.add(new Concluded(ConclusionKind.QUARTERLY_VISITS_IN_FORCE, index, requirement));
    if (revisit != null) {
      out.add(new Concluded(ConclusionKind.QUARTERLY_VISITS_CONTINUE, index, known));
    }
  }

  /** HMCI's determination, else the report letter or publication, else the report's receipt. */
  private static LocalDate requirement(LocalAreaSendInspection inspection, DisputedDatePolicy policy) {
    Optional<DatedFact> determined = inspection.getWrittenStatement().flatMap(w -> w.getDeterminedOn());
    if (determined.isPresent()) {
      return policy.choose(determined.get());
    }
    return date(inspection.getLetterDate().or(inspection::getPublishedOn).or(inspection::getReportReceivedOn),
        policy);
  }

  /** The revisit letter or its publication, else the revisit's last day on site, else its first. */
  private static LocalDate outcomeKnown(Revisit revisit, DisputedDatePolicy policy) {
    return policy.choose(revisit.getLetterDate().or(revisit::getPublishedOn).or(revisit::getOnSiteEnd)
        .orElse(revisit.getOnSiteStart()));
  }

  private static LocalDate date(Optional<DatedFact> fact, DisputedDatePolicy policy) {
    return fact.isPresent() ? policy.choose(fact.get()) : null;
  }
}
