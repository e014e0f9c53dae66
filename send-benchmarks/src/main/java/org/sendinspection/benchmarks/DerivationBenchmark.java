package org.sendinspection.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.RuleRegistry;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.rules.conclusion.ConclusionKind;
import org.sendinspection.rules.RuleIds;

/**
 * {@code Derivation.of} on one record, beside a hand-written loop that computes the same conclusions of
 * five kinds as typed values ({@link HandDerivation}).
 *
 * <p>{@code derivationAllRules} runs every standard rule; {@code derivationSameRules} only the two rules
 * whose conclusions the loop computes, which is the like-for-like ratio. Target: within 5x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DerivationBenchmark {

  /** The day derived as of: after every fact of both records. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** Which record: Essex's detailed one, or a synthetic one. */
  @Param({"essex", "generated"})
  public String record;

  private AreaRecord value;
  private RuleSettings settings;
  private RuleRegistry sameRules;
  private List<Conclusion> concluded;

  @Setup
  public void setUp() {
    value = Records.named(record);
    settings = RuleSettings.defaults();
    sameRules = RuleRegistry.of(List.of(RuleRegistry.standard().rule(RuleIds.STATEMENT_REQUIRED).orElseThrow(),
        RuleRegistry.standard().rule(RuleIds.QUARTERLY_VISITS).orElseThrow()));
    // A baseline that concluded something else would measure nothing.
    List<ConclusionKind> library = derivationSameRules().conclusions().stream().map(Conclusion::getKind)
        .filter(HandDerivation.KINDS::contains).collect(Collectors.toList());
    List<ConclusionKind> hand = handLoop().stream().map(HandDerivation.Concluded::kind).collect(Collectors.toList());
    if (!library.equals(hand)) {
      throw new IllegalStateException("the hand loop concludes " + hand + " where the rules conclude " + library);
    }
    concluded = derivationSameRules().conclusions();
  }

  /** Every standard rule, with reasons and citations, and the journeys. */
  @Benchmark
  public Derivation derivationAllRules() {
    return Derivation.of(value, AS_OF, settings);
  }

  /** The two rules whose conclusions the hand loop computes, with reasons and citations. */
  @Benchmark
  public Derivation derivationSameRules() {
    return Derivation.of(value, AS_OF, settings, sameRules);
  }

  /**
   * A floor, not a baseline: building anew only the conclusions {@code derivationSameRules} returns, and
   * each fact they rest on, from values already worked out; no rule runs and nothing is read from the
   * record. What a derivation that returns the same values cannot spend less than.
   */
  @Benchmark
  public List<Conclusion> conclusionsBuiltAgain() {
    return ConclusionsBuiltAgain.of(concluded);
  }

  /** Baseline: the same conclusions as typed values, by hand. */
  @Benchmark
  public List<HandDerivation.Concluded> handLoop() {
    return HandDerivation.of(value, AS_OF, settings.getDisputedDatePolicy());
  }
}
