package org.sendinspection.rules.conclusion;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;

/**
 * A recorded fact a conclusion rests on, named by its path in the area record.
 *
 * <p>Immutable and thread-safe. Example: path {@code inspections[0].revisit.outcomes[2]}, description
 * "the revisit's outcome for weakness 'ehc-plans': sufficient progress", date 2022-06-30. The date is
 * the one the rules used, which for a disputed fact is the claim the settings chose; {@link
 * #getDispute()} then says what the sources claim.
 *
 * <p>The dispute is worded the first time it is read: a derivation whose reasons no one reads never
 * writes it.
 */
@Value.Immutable
@SendStyle
public interface FactReference {

  /** The fact's path in the record, in the form the model's invariant messages use. */
  String getPath();

  /** The fact in words. */
  String getDescription();

  /** When the fact happened or was stated, as the rules read it; empty for facts without a date. */
  Optional<LocalDate> getDate();

  /**
   * Where the sources disagree on the date, as the rules give it: every claim and which one the rules
   * took, put into words only when {@link #getDispute()} is first read, and part of the fact's equality,
   * as its text.
   */
  Optional<Reason> getDisagreement();

  /** Where the sources disagree on the date, in words: every claim and which one the rules took. */
  @Value.Lazy
  default Optional<String> getDispute() {
    return getDisagreement().map(Reason::text);
  }

  @Value.Check
  default void check() {
    ConclusionChecks.requireText(getPath(), "FactReference.path");
    ConclusionChecks.requireText(getDescription(), "FactReference.description");
  }

  static ImmutableFactReference.Builder builder() {
    return ImmutableFactReference.builder();
  }

  /** An undated fact. */
  static FactReference of(String path, String description) {
    return builder().path(path).description(description).build();
  }

  /** A dated fact. */
  static FactReference of(String path, String description, LocalDate date) {
    return builder().path(path).description(description).date(date).build();
  }
}
