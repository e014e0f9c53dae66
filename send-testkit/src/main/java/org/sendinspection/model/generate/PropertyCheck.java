package org.sendinspection.model.generate;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * Checks a property over many generated values, and on failure reports the seed that replays it and
 * the smallest failing value found.
 *
 * <p>Each run starts from a fresh seed, so that every run explores new cases: the seed is drawn once
 * per run (per JVM), printed to standard output when the first check starts, and named in every
 * failure. Try {@code i} of a check generates from seed {@code first + i}. Seeds that once found a bug
 * are kept with {@link #regressions(long...)} and tried first, on every run, before the fresh ones.
 * When a try fails, the failing value's recorded choices are shrunk: chunks are deleted and values
 * lowered for as long as the property still fails, which, with the model's generators, means fewer
 * inspections, weaknesses and partners and shorter texts. The failure is an {@link AssertionError}
 * whose message names the seed, the command-line property to replay it and the smallest example; its
 * cause is the smallest example's failure.
 *
 * <p>The number of tries and the first seed can be set in code and overridden for a run by the system
 * properties {@value #TRIES_PROPERTY} and {@value #SEED_PROPERTY}, so that a reported failure replays
 * with {@code -Dsend.property.seed=S -Dsend.property.tries=1}, and a whole run with
 * {@code -Dsend.property.seed=S}. Example:
 *
 * <pre>{@code
 * PropertyCheck.forAll(AreaRecordGenerator.any())
 *     .tries(500)
 *     .regressions(201_621L)
 *     .check(record -> assertEquals(record, codec.read(codec.write(record))));
 * }</pre>
 *
 * <p>Not thread-safe; build one per check.
 *
 * @param <T> the type of the values checked
 */
public final class PropertyCheck<T> {

  /** System property setting the first seed of every check, to replay a reported failure or run. */
  public static final String SEED_PROPERTY = "send.property.seed";
  /** System property overriding the number of tries. */
  public static final String TRIES_PROPERTY = "send.property.tries";
  /** The number of tries unless set. */
  public static final int DEFAULT_TRIES = 200;

  private static final int MAX_SHRINK_ATTEMPTS = 3000;

  private final Gen<T> generator;
  private int tries = DEFAULT_TRIES;
  private OptionalLong seed = OptionalLong.empty();
  private long[] regressions = new long[0];
  private Function<? super T, String> describer = PropertyCheck::describe;

  private PropertyCheck(Gen<T> generator) {
    this.generator = generator;
  }

  /**
   * Starts a check over a generator's values.
   *
   * @param generator the generator; not null
   * @return a check with the default tries and seed
   */
  public static <T> PropertyCheck<T> forAll(Gen<T> generator) {
    return new PropertyCheck<>(Objects.requireNonNull(generator, "generator"));
  }

  /** Sets how many values to try, at least 1. */
  public PropertyCheck<T> tries(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("tries must be at least 1; found " + count);
    }
    this.tries = count;
    return this;
  }

  /**
   * Sets the first seed, so that every run tries the same values; without it each run starts from
   * {@link #runSeed()}. The system property {@value #SEED_PROPERTY} overrides it.
   */
  public PropertyCheck<T> seed(long first) {
    this.seed = OptionalLong.of(first);
    return this;
  }

  /**
   * Seeds that once found a bug, tried first on every run (one try each) before the fresh seeds, so
   * that the bug stays found. They are not overridden by {@value #SEED_PROPERTY}.
   *
   * @param seeds the seeds, as failures reported them
   * @return this check
   */
  public PropertyCheck<T> regressions(long... seeds) {
    this.regressions = seeds.clone();
    return this;
  }

  /**
   * This run's first seed: {@value #SEED_PROPERTY} where set, otherwise drawn once per run (JVM) and
   * printed to standard output the first time it is asked for, so that a run can be replayed.
   *
   * @return the seed every check without a seed of its own starts from in this run
   */
  public static long runSeed() {
    return RunSeed.VALUE;
  }

  /** Sets how a failing value is shown; area records are shown as JSON by default. */
  public PropertyCheck<T> describedBy(Function<? super T, String> describer) {
    this.describer = Objects.requireNonNull(describer, "describer");
    return this;
  }

  /**
   * Checks a property that holds when it returns true.
   *
   * @param property the property; not null
   * @throws AssertionError naming the seed and the smallest failing value, if the property fails
   */
  public void checkThat(Predicate<? super T> property) {
    check(value -> {
      if (!property.test(value)) {
        throw new AssertionError("property returned false");
      }
    });
  }

  /**
   * Checks a property that holds when it returns normally; an exception of any kind is a failure.
   *
   * @param property the property; not null
   * @return the number of values tried
   * @throws AssertionError naming the seed and the smallest failing value, if the property fails
   */
  public int check(Consumer<? super T> property) {
    int count = Integer.getInteger(TRIES_PROPERTY, tries);
    Long replay = Long.getLong(SEED_PROPERTY);
    long first = replay != null ? replay : seed.orElseGet(PropertyCheck::runSeed);
    int total = regressions.length + count;
    for (int i = 0; i < regressions.length; i++) {
      tryOne(property, regressions[i], i + 1, total, " (a regression seed, tried on every run)");
    }
    for (int i = 0; i < count; i++) {
      tryOne(property, first + i, regressions.length + i + 1, total,
          seed.isPresent() || replay != null ? "" : " (this run's seed " + first + " + " + i + ")");
    }
    return total;
  }

  private void tryOne(Consumer<? super T> property, long trySeed, int attempt, int total, String origin) {
    RecordedDraws draws = RecordedDraws.fromSeed(trySeed);
    T value = generator.generate(draws);
    Throwable failure = failureOf(property, value);
    if (failure != null) {
      throw report(property, trySeed, origin, attempt, total, draws.choices(), value, failure);
    }
  }

  private AssertionError report(Consumer<? super T> property, long trySeed, String origin, int attempt,
      int count, List<Integer> choices, T value, Throwable failure) {
    List<Integer> best = trimmed(choices);
    T smallest = value;
    Throwable smallestFailure = failure;
    int steps = 0;
    int attempts = 0;
    boolean improved = true;
    while (improved && attempts < MAX_SHRINK_ATTEMPTS) {
      improved = false;
      for (List<Integer> candidate : simplifications(best)) {
        if (++attempts > MAX_SHRINK_ATTEMPTS) {
          break;
        }
        RecordedDraws replay = RecordedDraws.replaying(candidate);
        T shrunk;
        try {
          shrunk = generator.generate(replay);
        } catch (RuntimeException generatorFailure) {
          continue;
        }
        Throwable shrunkFailure = failureOf(property, shrunk);
        List<Integer> used = trimmed(replay.choices());
        if (shrunkFailure != null && simpler(used, best)) {
          best = used;
          smallest = shrunk;
          smallestFailure = shrunkFailure;
          steps++;
          improved = true;
          break;
        }
      }
    }
    AssertionError error = new AssertionError("Property failed on try " + attempt + " of " + count
        + "\n  seed: " + trySeed + origin + " (replay with -D" + SEED_PROPERTY + "=" + trySeed + " -D"
        + TRIES_PROPERTY + "=1; keep it with .regressions(" + trySeed + "L) once fixed)"
        + "\n  failure: " + failure
        + "\n  smallest failing example (" + steps + " shrink steps): " + smallestFailure
        + "\n" + describer.apply(smallest), smallestFailure);
    return error;
  }

  /** Drawn on first use, so that a run that checks no property prints nothing. */
  private static final class RunSeed {
    static final long VALUE = draw();

    private static long draw() {
      Long set = Long.getLong(SEED_PROPERTY);
      if (set != null) {
        System.out.println("PropertyCheck: seed " + set + " from -D" + SEED_PROPERTY);
        return set;
      }
      // Twelve digits at most: short enough to copy from a log, and first + i never overflows.
      long drawn = Math.floorMod(new SecureRandom().nextLong(), 1_000_000_000_000L);
      System.out.println("PropertyCheck: this run's seed is " + drawn + "; replay the run with -D"
          + SEED_PROPERTY + "=" + drawn);
      return drawn;
    }
  }

  private static <T> Throwable failureOf(Consumer<? super T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  private static List<List<Integer>> simplifications(List<Integer> choices) {
    List<List<Integer>> candidates = new ArrayList<>();
    for (int size = Math.max(1, choices.size() / 2); size >= 1; size /= 2) {
      for (int start = 0; start + size <= choices.size(); start++) {
        List<Integer> shorter = new ArrayList<>(choices.subList(0, start));
        shorter.addAll(choices.subList(start + size, choices.size()));
        candidates.add(shorter);
      }
    }
    for (int i = 0; i < choices.size(); i++) {
      int value = choices.get(i);
      // 0, then halving steps down from half the value to 1 below it: a failing value far above the
      // least one shrinks in about log2(value) rounds, not one round per unit.
      List<Integer> lowers = new ArrayList<>();
      lowers.add(0);
      for (int step = value / 2; step >= 1; step /= 2) {
        lowers.add(value - step);
      }
      for (int lower : lowers) {
        if (lower < value && lower >= 0) {
          List<Integer> smaller = new ArrayList<>(choices);
          smaller.set(i, lower);
          candidates.add(smaller);
        }
      }
    }
    return candidates;
  }

  /** Shortlex order: fewer choices first, then smaller choices. */
  private static boolean simpler(List<Integer> a, List<Integer> b) {
    if (a.size() != b.size()) {
      return a.size() < b.size();
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return a.get(i) < b.get(i);
      }
    }
    return false;
  }

  /** Trailing zero choices replay the same as no choices, so they are dropped. */
  private static List<Integer> trimmed(List<Integer> choices) {
    int end = choices.size();
    while (end > 0 && choices.get(end - 1) == 0) {
      end--;
    }
    return List.copyOf(choices.subList(0, end));
  }

  private static String describe(Object value) {
    if (value instanceof AreaRecord) {
      return AreaRecordCodec.strict().write((AreaRecord) value);
    }
    return String.valueOf(value);
  }
}
