package org.sendinspection.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendinspection.data.figures.FigureScope;
import org.sendinspection.data.figures.NationalFigures;
import org.sendinspection.data.figures.SummaryFigures;
import org.sendinspection.model.record.AreaRecord;

/**
 * The 2016 framework's national figures over N synthetic records, beside one hand-written pass that
 * counts the same ({@link HandFigures}); several N show whether the cost is linear.
 *
 * <p>{@code summaryFigures} is everything {@code send summary} computes, medians and the 2023
 * framework's next inspections due included, for scale. Target: {@code nationalFigures} within 3x of
 * {@code handPass}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FiguresBenchmark {

  /** The day counted as of: part-way through the 2016 framework, so the dates matter. */
  static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

  /** How many records. */
  @Param({"1500", "15000", "30000"})
  public int records;

  private List<AreaRecord> values;
  private FigureScope scope;

  @Setup
  public void setUp() {
    values = Records.many(records);
    scope = FigureScope.national().asOf(AS_OF);
    NationalFigures library = nationalFigures();
    int[] expected = {library.areasInspected(), library.inspectionsPublished(), library.writtenStatementsRequired(),
        library.significantWeaknesses(), library.revisitsCarriedOut(), library.revisitsPublished(),
        library.revisitsAllSufficient(), library.revisitsSomeSufficient(), library.revisitsNoneSufficient(),
        library.weaknessesSufficientProgress(), library.weaknessesNotSufficientProgress(), library.awaitingRevisit()};
    // A baseline that counted something else would measure nothing.
    if (!Arrays.equals(expected, handPass())) {
      throw new IllegalStateException("the hand pass counts " + Arrays.toString(handPass())
          + " where the library counts " + Arrays.toString(expected));
    }
  }

  /** The library's 2016 framework figures. */
  @Benchmark
  public NationalFigures nationalFigures() {
    return NationalFigures.of(values, scope);
  }

  /** Everything {@code send summary} computes. */
  @Benchmark
  public SummaryFigures summaryFigures() {
    return SummaryFigures.of(values, scope);
  }

  /** Baseline: the same counts in one hand-written pass. */
  @Benchmark
  public int[] handPass() {
    return HandFigures.of(values, AS_OF, scope.claims());
  }
}
