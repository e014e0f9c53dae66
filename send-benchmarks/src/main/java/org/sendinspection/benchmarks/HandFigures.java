package org.sendinspection.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.rules.DisputedDatePolicy;

/**
 * The baseline of the figures benchmark: one hand-written pass over the records that counts what
 * {@code NationalFigures} counts, as of a day, into an array of ints.
 */
final class HandFigures {
  /** The order of the counts, as {@code NationalFigures}' components after its scope. */
  static final int AREAS = 0;
  static final int PUBLISHED = 1;
  static final int STATEMENTS = 2;
  static final int WEAKNESSES = 3;
  static final int REVISITS = 4;
  static final int REVISITS_PUBLISHED = 5;
  static final int ALL = 6;
  static final int SOME = 7;
  static final int NONE = 8;
  static final int SUFFICIENT = 9;
  static final int NOT_SUFFICIENT = 10;
  static final int AWAITING = 11;

  private HandFigures() {}

  static int[] of(List<AreaRecord> records, LocalDate day, DisputedDatePolicy policy) {
    int[] n = new int[12];
    for (AreaRecord record : records) {
      boolean inspected = false;
      List<Inspection> inspections = record.getInspections();
      for (int i = 0; i < inspections.size(); i++) {
        Optional<LocalAreaSendInspection> inspection = inspections.get(i).asLocalAreaSend2016();
        if (inspection.isPresent() && on(inspection.get().begunBy(), day, policy)) {
          inspected = true;
          boolean superseded = i + 1 < inspections.size() && on(inspections.get(i + 1).begunBy(), day, policy);
          inspection(inspection.get(), day, policy, superseded, n);
        }
      }
      n[AREAS] += inspected ? 1 : 0;
    }
    return n;
  }

  private static void inspection(LocalAreaSendInspection inspection, LocalDate day, DisputedDatePolicy policy,
      boolean superseded, int[] n) {
    if (!on(inspection.getPublishedOn(), day, policy)) {
      return;
    }
    n[PUBLISHED]++;
    n[WEAKNESSES] += inspection.significantWeaknessTotal().orElse(0);
    if (inspection.getWrittenStatement().isEmpty()) {
      return;
    }
    n[STATEMENTS]++;
    Revisit revisit = inspection.getRevisit().orElse(null);
    if (revisit == null || !on(revisit.getOnSiteStart(), day, policy)) {
      n[AWAITING] += superseded ? 0 : 1;
      return;
    }
    n[REVISITS]++;
    if (!on(revisit.getPublishedOn(), day, policy)) {
      return;
    }
    n[REVISITS_PUBLISHED]++;
    int sufficient = revisit.sufficientCount();
    int notSufficient = revisit.notSufficientCount();
    n[SUFFICIENT] += sufficient;
    n[NOT_SUFFICIENT] += notSufficient;
    n[notSufficient == 0 ? ALL : sufficient == 0 ? NONE : SOME]++;
  }

  private static boolean on(DatedFact fact, LocalDate day, DisputedDatePolicy policy) {
    return !policy.choose(fact).isAfter(day);
  }

  private static boolean on(Optional<DatedFact> fact, LocalDate day, DisputedDatePolicy policy) {
    return fact.isPresent() && on(fact.get(), day, policy);
  }
}
