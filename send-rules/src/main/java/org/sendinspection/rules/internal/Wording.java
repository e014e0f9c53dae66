package org.sendinspection.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the rules of both frameworks write dates, lists and notes in their reasons, so that every reason
 * reads alike.
 */
public final class Wording {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  /** The months as {@link #DATE} writes them in {@link Locale#UK}, for the years it writes as four digits. */
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private Wording() {}

  /** A date as a parent reads it: {@code 23 December 2019}. */
  public static String date(LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return DATE.format(date);
    }
    // The same text as the formatter, without its cost, which every reason paid for every date.
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + year;
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
    String notes = notes(dates);
    return notes.isEmpty() ? sentence : sentence + " " + notes;
  }

  /** The notes of dates alone: each assumption, then each disagreement between sources, each once; empty if none. */
  public static String notes(ResolvedDate... dates) {
    List<String> notes = new ArrayList<>(2);
    for (ResolvedDate date : dates) {
      date.getAssumption().filter(n -> !notes.contains(n)).ifPresent(notes::add);
      date.getDispute().filter(n -> !notes.contains(n)).ifPresent(notes::add);
    }
    return String.join(" ", notes);
  }

  /** The same, for dates that may be absent. */
  public static String withNotes(String sentence, List<Optional<ResolvedDate>> dates) {
    List<ResolvedDate> present = new ArrayList<>(dates.size());
    for (Optional<ResolvedDate> date : dates) {
      date.ifPresent(present::add);
    }
    return withNotes(sentence, present.toArray(new ResolvedDate[0]));
  }
}
