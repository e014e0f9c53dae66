package org.sendinspection.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.inspection.SignificantWeakness;
import org.sendinspection.model.provenance.DateClaim;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;

/**
 * A programme to read: the Essex record from the seed documents, where the 2022 revisit found sufficient
 * progress on every significant weakness, and what follows from it under the 2016 framework.
 *
 * <p>Run it with {@code java -cp send-examples/target/send.jar org.sendinspection.examples.EssexExample}.
 * It shows the four things most programmes do with the library: take a record, walk its facts, face a
 * date the sources disagree on, and ask {@code send-rules} what follows on a day.
 */
public final class EssexExample {
  private EssexExample() {}

  /**
   * Prints the Essex walk-through.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the walk-through to the given stream. */
  static void run(PrintStream out) {
    // 1. The record: every fact as the seed documents state it, bundled with send-model as JSON and
    //    read strictly, so it has passed every rule of the model.
    AreaRecord essex = ExampleRecords.essex();
    LocalAreaSendInspection inspection = essex.getInspections().get(0).asLocalAreaSend2016().orElseThrow();
    out.println(essex.getArea().getName() + " (" + essex.getArea().getCode() + "), inspected from "
        + inspection.getOnSiteStart().describe());

    // 2. The significant weaknesses the letter found: these made HMCI require a written statement.
    for (SignificantWeakness weakness : inspection.getSignificantWeaknesses()) {
      out.println("  weakness " + weakness.getId() + ": " + weakness.getStatement());
    }

    // 3. A date the sources disagree on. The model never picks one: it keeps each claim with its
    //    source, and whoever needs one date must choose, and say so.
    DatedFact published = inspection.getPublishedOn().orElseThrow();
    out.println("report published: " + (published.isDisputed() ? "the sources disagree" : published.describe()));
    for (DateClaim claim : published.getClaims()) {
      out.println("  " + claim.getDate() + " according to " + claim.getCitation().map(c -> c.getSource()).orElse("?"));
    }

    // 4. The revisit decided each weakness; the official statistics summarise it as Yes, Some or No.
    Revisit revisit = inspection.getRevisit().orElseThrow();
    for (WeaknessOutcome outcome : revisit.getOutcomes()) {
      out.println("  revisit: " + outcome.getWeakness() + " -> " + outcome.getProgress().wireName());
    }
    out.println("sufficient progress on all weaknesses? " + revisit.summary().statisticsLabel());

    // 5. What follows on a day: send-rules never reads the clock, so the day is an argument. On
    //    1 July 2022, the day after the revisit letter, the quarterly visits had ceased.
    Derivation derivation = Derivation.of(essex, LocalDate.of(2022, 7, 1));
    out.println("journey on " + derivation.asOf() + ": "
        + derivation.journeys().get(0).stateOn(derivation.asOf()).description());
    for (Conclusion conclusion : derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED)) {
      out.println(conclusion.getReason());
      out.println("  source: " + conclusion.getCitations().get(0).describe());
    }
  }
}
