package org.sendinspection.rules.conclusion;

import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;

/**
 * The source a rule comes from: a regulation, the framework's guidance, a parliamentary answer, or the
 * letter or council paper that states it.
 *
 * <p>Immutable and thread-safe. Example: {@code RuleSource.of("seed-000", SourceKind.INSPECTION_LETTER,
 * "Ofsted and CQC, Joint area SEND revisit in Essex, letter of 30 June 2022")} with the quote "the
 * formal quarterly support and challenge visits from the DfE and NHS England will cease".
 */
@Value.Immutable
@SendStyle
public interface RuleSource {

  /** A short stable identifier, such as {@code jar-regulations-2015-reg-4} or {@code seed-002}. */
  String getId();

  /** What kind of authority it is. */
  SourceKind getKind();

  /** The source's title as a reader would look it up. */
  String getTitle();

  /** The regulation, paragraph or page, where useful. */
  Optional<String> getLocator();

  /** The source's own words, short. */
  Optional<String> getQuote();

  /** Where a reader can find it, where known. */
  Optional<String> getUrl();

  /** The citation in one line: title, locator, quote and address where present. */
  default String describe() {
    StringBuilder text = new StringBuilder(getTitle());
    getLocator().ifPresent(l -> text.append(", ").append(l));
    getQuote().ifPresent(q -> text.append(": \"").append(q).append('"'));
    getUrl().ifPresent(u -> text.append(" <").append(u).append('>'));
    return text.toString();
  }

  @Value.Check
  default void check() {
    ConclusionChecks.requireText(getId(), "RuleSource.id");
    ConclusionChecks.requireText(getTitle(), "RuleSource.title");
  }

  static ImmutableRuleSource.Builder builder() {
    return ImmutableRuleSource.builder();
  }

  /** A source with no locator, quote or address. */
  static RuleSource of(String id, SourceKind kind, String title) {
    return builder().id(id).kind(kind).title(title).build();
  }
}
