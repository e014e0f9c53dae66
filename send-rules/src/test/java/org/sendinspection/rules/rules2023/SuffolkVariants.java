package org.sendinspection.rules.rules2023;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * Suffolk's example record (its 2016 inspection, then its 2023-framework inspection: on site 13 to 17
 * November 2023, published 30 January 2024, outcome 3) with the 2023 inspection changed, so that each
 * test states only what it changes. Its report's receipt is not recorded, so the framework's periods
 * count from the publication: the monitoring inspection is due about 30 July 2025 (window 30 April to 30
 * October 2025), the full reinspection about 30 January 2027 (window 30 October 2026 to 30 April 2027).
 */
final class SuffolkVariants {
  static final AreaRecord SUFFOLK = ExampleRecords.suffolk();
  static final AreaSendInspection AREA_SEND = (AreaSendInspection) SUFFOLK.getInspections().get(1);
  static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 30);
  static final LocalDate MONITORING_OPENS = LocalDate.of(2025, 4, 30);
  static final LocalDate MONITORING_CLOSES = LocalDate.of(2025, 10, 30);
  static final LocalDate FULL_OPENS = LocalDate.of(2026, 10, 30);
  static final LocalDate FULL_CLOSES = LocalDate.of(2027, 4, 30);

  private SuffolkVariants() {}

  /** Suffolk with its 2023 inspection changed. */
  static AreaRecord with(UnaryOperator<ImmutableAreaSendInspection.Builder> change) {
    AreaSendInspection changed = change.apply(AreaSendInspection.builder().from(AREA_SEND)).build();
    return AreaRecord.builder().from(SUFFOLK).inspections(List.of(SUFFOLK.getInspections().get(0), changed)).build();
  }

  /** A record holding only the given inspections, with Suffolk's area and sources. */
  static AreaRecord only(Inspection... inspections) {
    return AreaRecord.builder().from(SUFFOLK).inspections(List.of(inspections)).build();
  }

  /** A coverage that lists every fact of its kind until the day. */
  static Coverage until(LocalDate day) {
    return Coverage.recordedUntil(DatedFact.of(day));
  }

  /** The conclusions one rule drew. */
  static List<Conclusion> byRule(Derivation derivation, String ruleId) {
    return derivation.conclusions().stream().filter(c -> c.getRuleId().equals(ruleId)).collect(Collectors.toList());
  }

  /** The one conclusion of a kind a rule drew. */
  static Conclusion one(Derivation derivation, String ruleId, ConclusionKind kind) {
    List<Conclusion> found = byRule(derivation, ruleId).stream().filter(c -> c.getKind() == kind)
        .collect(Collectors.toList());
    assertEquals(1, found.size(), kind + " of " + ruleId + " in\n" + derivation.report());
    return found.get(0);
  }

  /** The kinds a rule drew, in order. */
  static List<ConclusionKind> kinds(Derivation derivation, String ruleId) {
    return byRule(derivation, ruleId).stream().map(Conclusion::getKind).collect(Collectors.toList());
  }
}
