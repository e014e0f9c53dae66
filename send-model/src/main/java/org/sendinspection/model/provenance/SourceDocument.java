package org.sendinspection.model.provenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A document a record's facts come from: an inspection letter, a council paper, a data set.
 *
 * <p>Immutable and thread-safe. A record lists its sources once; facts cite them by {@link #getId()}.
 * Example: {@code SourceDocument.of("ofsted-essex-revisit-2022", "Joint area SEND revisit in Essex")}.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableSourceDocument.class)
@JsonDeserialize(as = ImmutableSourceDocument.class)
public interface SourceDocument {

  /** The identifier citations use: lower-case letters, digits and hyphens. */
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
  String getId();

  /** The document's title as it stands on the document. */
  @NotBlank
  String getTitle();

  /** Who issued it (Ofsted and CQC, a council committee, ...), where known. */
  Optional<String> getPublisher();

  /** The date the document bears, where it has one. */
  Optional<LocalDate> getDate();

  /** Where a reader can find it, where known. */
  Optional<String> getUrl();

  @Value.Check
  default void check() {
    Invariants.of("SourceDocument")
        .requireIdentifier(getId(), "id")
        .requireText(getTitle(), "title")
        .requireText(getPublisher(), "publisher")
        .requireText(getUrl(), "url")
        .check();
  }

  static ImmutableSourceDocument.Builder builder() {
    return ImmutableSourceDocument.builder();
  }

  static SourceDocument of(String id, String title) {
    return builder().id(id).title(title).build();
  }
}
