package org.sendinspection.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.sendinspection.model.area.Partner;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * A programme to read: the Southend-on-Sea record from the seed documents, where the 2021 revisit found
 * sufficient progress on three of the four significant weaknesses, and what follows when not all are.
 *
 * <p>Run it with {@code java -cp send-examples/target/send.jar org.sendinspection.examples.SouthendOnSeaExample}.
 * Compare {@link EssexExample}, where every weakness was sufficient: here DfE and NHS England decide the
 * next steps, and Ofsted and CQC do not revisit again unless the Secretary of State directs it (Ofsted and
 * CQC, <i>Joint area SEND revisit in Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk).
 */
public final class SouthendOnSeaExample {
  private SouthendOnSeaExample() {}

  /**
   * Prints the Southend-on-Sea walk-through.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the walk-through to the given stream. */
  static void run(PrintStream out) {
    AreaRecord southend = ExampleRecords.southendOnSea();
    LocalAreaSendInspection inspection = southend.getInspections().get(0).asLocalAreaSend2016().orElseThrow();
    Revisit revisit = inspection.getRevisit().orElseThrow();
    out.println(southend.getArea().getName() + " (" + southend.getArea().getCode() + "): "
        + revisit.sufficientCount() + " of " + inspection.significantWeaknessTotal().orElseThrow()
        + " weaknesses with sufficient progress at the revisit of " + revisit.getOnSiteStart().describe());

    // Outcomes name weaknesses by identifier; the model has checked that each names a weakness the
    // inspection found and that every weakness has one, so this lookup cannot miss.
    for (WeaknessOutcome outcome : revisit.getOutcomes()) {
      SignificantWeakness weakness = inspection.getSignificantWeaknesses().stream()
          .filter(w -> w.getId().equals(outcome.getWeakness())).findFirst().orElseThrow();
      String mark = outcome.getProgress() == Progress.SUFFICIENT ? "sufficient    " : "NOT sufficient";
      out.println("  " + mark + "  " + weakness.getId() + " (" + weakness.getTheme().wireName() + ")");
    }
    out.println("sufficient progress on all weaknesses? " + revisit.summary().statisticsLabel());

    // The partners change during the journey: the day decides who they are.
    for (LocalDate day : new LocalDate[] {LocalDate.of(2021, 6, 14), LocalDate.of(2022, 7, 1)}) {
      out.println("partners on " + day + ": " + southend.getArea().partnersOn(day).stream()
          .map(Partner::getName).collect(Collectors.joining(", ")));
    }

    // What follows from a revisit that did not find sufficient progress on every weakness.
    Derivation derivation = Derivation.of(southend, LocalDate.of(2021, 12, 31));
    for (ConclusionKind kind : new ConclusionKind[] {ConclusionKind.NEXT_STEPS_WITH_DFE_AND_NHSE,
        ConclusionKind.NO_FURTHER_REVISIT_UNLESS_DIRECTED}) {
      for (Conclusion conclusion : derivation.conclusions(kind)) {
        out.println(kind + ": " + conclusion.getReason());
      }
    }
  }
}
