package org.sendinspection.model.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws that are either fresh from a seeded random source or replayed from a recorded sequence, and
 * that record every choice made.
 *
 * <p>Each choice is recorded as its offset from the range's minimum. A replay that runs past the end of
 * its sequence draws minimums; a recorded offset larger than a range allows is cut to the range. That is
 * what lets {@link PropertyCheck} shrink a failing example by deleting or lowering recorded choices: any
 * sequence replays to some valid value. Not thread-safe.
 */
public final class RecordedDraws implements Draws {
  private final SplittableRandom random;
  private final List<Integer> replay;
  private final List<Integer> recorded = new ArrayList<>();
  private int position;

  private RecordedDraws(SplittableRandom random, List<Integer> replay) {
    this.random = random;
    this.replay = replay;
  }

  /** Fresh draws from a seed: the same seed gives the same choices. */
  public static RecordedDraws fromSeed(long seed) {
    return new RecordedDraws(new SplittableRandom(seed), null);
  }

  /** Draws that replay a recorded sequence of choices, then draw minimums. */
  public static RecordedDraws replaying(List<Integer> choices) {
    return new RecordedDraws(null, List.copyOf(choices));
  }

  @Override
  public int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " is less than min " + min);
    }
    long span = (long) max - min;
    int offset;
    if (replay == null) {
      offset = (int) random.nextLong(span + 1);
    } else {
      offset = position < replay.size() ? (int) Math.min(replay.get(position), span) : 0;
      position++;
    }
    recorded.add(offset);
    return min + offset;
  }

  /** Every choice made so far, as offsets from each range's minimum. */
  public List<Integer> choices() {
    return List.copyOf(recorded);
  }
}
