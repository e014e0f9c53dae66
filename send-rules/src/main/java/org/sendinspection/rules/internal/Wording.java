package org.sendinspection.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the rules of both frameworks write dates, lists and notes in their reasons, so that every reason
 * reads alike.
 */
public final class Wording {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Wording() {}

  /** A date as a parent reads it: {@code 23 December 2019}. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** Items joined as prose: {@code a}, {@code a and b}, {@code a, b and c}. */
  public static String and(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** A count with its noun, singular or plural: {@code 1 significant weakness}, {@code 3 significant weaknesses}. */
  public static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /**
   * A sentence followed by the notes of the dates it used: any disagreement between sources and any
   * assumption, each once.
   */
  public static String withNotes(String sentence, ResolvedDate... dates) {
    String notes = Stream.of(dates)
        .flatMap(d -> Stream.concat(d.getAssumption().stream(), d.getDispute().stream()))
        .distinct()
        .collect(Collectors.joining(" "));
    return notes.isEmpty() ? sentence : sentence + " " + notes;
  }

  /** The same, for dates that may be absent. */
  public static String withNotes(String sentence, List<Optional<ResolvedDate>> dates) {
    return withNotes(sentence, dates.stream().flatMap(Optional::stream).toArray(ResolvedDate[]::new));
  }
}
