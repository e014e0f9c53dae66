package org.sendinspection.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.data.figures.SummaryFigures;
import org.sendinspection.examples.summary.SummaryWriter;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.record.AreaRecord;

/**
 * A programme to read: the figures an inspection paper quotes, over a synthetic nation of 150 areas.
 *
 * <p>Run it with {@code java -cp send-examples/target/send.jar org.sendinspection.examples.NationalSummaryExample}.
 * The records are synthetic (codes {@code E99...}): the same seed always gives the same nation, so the
 * output is reproducible. Real records would be read with {@code AreaRecordCodec.strict().read(path)};
 * {@code send summary DIR} does the same from the command line.
 */
public final class NationalSummaryExample {
  private NationalSummaryExample() {}

  /**
   * Prints the national summary.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the summary to the given stream. */
  static void run(PrintStream out) {
    // About 150 local areas, as England has; seed 2016 for the framework's first year.
    List<AreaRecord> nation = AreaRecordGenerator.framework2016().generateMany(2016L, 150);

    // Essex County Council, <i>SEND Ofsted Inspection Update</i>, paper to the People and Families Scrutiny Committee, 2020 quotes "of the 9 local areas inspected to date, 7 areas have required a Written
    // Statement of Action". The same figures, on 31 August 2022, the end of the official statistics:
    // only what had happened by that day counts.
    FigureScope endOfStatistics = FigureScope.national().asOf(LocalDate.of(2022, 8, 31));
    SummaryFigures england = SummaryFigures.of(nation, endOfStatistics);
    out.print(SummaryWriter.text(england));

    // One region, as a regional paper would quote it.
    NationalFigures east = NationalFigures.of(nation, endOfStatistics.inRegion(OfstedRegion.EAST_OF_ENGLAND));
    out.println();
    out.println(east.writtenStatementsRequired() + " of " + east.inspectionsPublished() + " areas inspected in the "
        + OfstedRegion.EAST_OF_ENGLAND.displayName() + " required a written statement of action.");
  }
}
