package org.sendinspection.model.provenance;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where in a source a fact is stated: the source's identifier, and a locator or short quote.
 *
 * <p>Immutable and thread-safe. Example: {@code Citation.of("ofsted-essex-revisit-2022", "declared fit for purpose on
 * 16 April 2020")}.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public interface Citation {

  /** The {@link SourceDocument#getId() identifier} of the source document. */
  @NotBlank
  String getSource();

  /** A page, section or paragraph, where useful. */
  Optional<String> getLocator();

  /** The source's own words, short. */
  Optional<String> getQuote();

  @Value.Check
  default void check() {
    Invariants.of("Citation")
        .requireText(getSource(), "source")
        .requireText(getLocator(), "locator")
        .requireText(getQuote(), "quote")
        .check();
  }

  static ImmutableCitation.Builder builder() {
    return ImmutableCitation.builder();
  }

  /** A citation of a source with a quote from it. */
  static Citation of(String source, String quote) {
    return builder().source(source).quote(quote).build();
  }

  /** A citation of a source as a whole. */
  static Citation of(String source) {
    return builder().source(source).build();
  }
}
