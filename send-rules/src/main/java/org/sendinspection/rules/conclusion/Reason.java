package org.sendinspection.rules.conclusion;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Words a parent could read, put into words the first time someone asks for them: why a conclusion
 * holds ({@link Conclusion#getReasoning()}), or where the sources disagree on a fact it rests on ({@link
 * FactReference#getDisagreement()}), or what a reader must know about a journey step's date ({@code
 * JourneyStep.getRemark()}).
 *
 * <p>Most callers of {@code Derivation.of} read a conclusion's kind and dates and never its reason, so
 * the rules give the wording as a recipe ({@link #lazily(Supplier)}) and pay for the text only when
 * it is read. Example: {@code Reason.of("They cease.")} reads "They cease."; {@code Reason.lazily(() ->
 * "Due by " + Wording.date(due) + ".")} reads "Due by 2 April 2020." once asked for.
 *
 * <p>Immutable and thread-safe; treat it as a value: two reasons are equal when their texts are equal
 * (so comparing them puts both into words), and {@link #toString()} is the text. A lazily worded
 * reason is worded at most once, whichever thread asks first.
 */
public final class Reason {
  /** The recipe for the words; null for a reason given in words at once. */
  private final Supplier<String> words;
  private volatile String text;

  private Reason(String text, Supplier<String> words) {
    this.text = text;
    this.words = words;
  }

  /**
   * A reason given in words at once.
   *
   * @param text the reason; not null, not blank
   * @return the reason
   * @throws IllegalArgumentException if the text is blank
   */
  public static Reason of(String text) {
    Objects.requireNonNull(text, "text");
    ConclusionChecks.requireText(text, "Conclusion.reason");
    return new Reason(text, null);
  }

  /**
   * A reason put into words the first time they are asked for.
   *
   * @param words writes the reason; not null; must return text that is not blank, and read only
   *     immutable facts, since it may run on another thread and later than the reason was made
   * @return the reason
   */
  public static Reason lazily(Supplier<String> words) {
    return new Reason(null, Objects.requireNonNull(words, "words"));
  }

  /**
   * The reason in words, written now if it has not been yet.
   *
   * @return the text; never blank
   * @throws IllegalStateException if a lazily worded reason writes null or blank text; it is then
   *     written again, and refused again, the next time it is asked for
   */
  public String text() {
    String known = text;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (text == null) {
        String written = words.get();
        if (written == null || written.isBlank()) {
          throw new IllegalStateException("the reason was worded as " + (written == null ? "null"
              : "blank text \"" + written + "\"") + "; a reason must say why in words");
        }
        text = written;
      }
      return text;
    }
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Reason && text().equals(((Reason) other).text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /** The reason in words, as {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
