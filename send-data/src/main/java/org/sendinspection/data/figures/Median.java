package org.sendinspection.data.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A median number of days and how many journeys it is taken over.
 *
 * <p>Immutable and thread-safe. Example: {@code Median.of(List.of(10L, 20L, 40L, 50L))} is 30 days over
 * 4 journeys, halfway between the middle two.
 *
 * @param days the median, halfway between the middle two for an even count; empty when none
 * @param count how many spans it is taken over
 */
public record Median(Optional<Double> days, int count) {

  public Median {
    Objects.requireNonNull(days, "days");
  }

  /**
   * The median of some spans.
   *
   * @param spans the spans in days, in any order; not null
   * @return the median, with no days when there are no spans
   */
  public static Median of(List<Long> spans) {
    Objects.requireNonNull(spans, "spans");
    if (spans.isEmpty()) {
      return new Median(Optional.empty(), 0);
    }
    List<Long> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    int n = sorted.size();
    double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return new Median(Optional.of(middle), n);
  }
}
