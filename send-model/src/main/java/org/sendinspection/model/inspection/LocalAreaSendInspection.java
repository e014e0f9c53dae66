package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.wsoa.WrittenStatementOfAction;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An inspection under the 2016 framework, the joint Ofsted/CQC "local area SEND inspection", with the
 * written statement of action and revisit that followed it.
 *
 * <p>Immutable and thread-safe. There are no grades: the letter states strengths, areas for
 * development and significant weaknesses (seed 001). Significant weaknesses are held in detail, as a
 * letter gives them, or, where only the official statistics are known, as a count
 * ({@link #getSignificantWeaknessCount()}); never both. Every rule linking the inspection to what
 * followed is checked at construction; see {@link LocalAreaSendInspectionChecks}.
 */
@Value.Immutable
@SendStyle
@JsonTypeName("local-area-send-2016")
@JsonSerialize(as = ImmutableLocalAreaSendInspection.class)
@JsonDeserialize(as = ImmutableLocalAreaSendInspection.class)
public interface LocalAreaSendInspection extends Inspection {

  @Override
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
  String getId();

  @Override
  default FrameworkVersion framework() {
    return FrameworkVersion.LOCAL_AREA_SEND_2016;
  }

  /** When the area was given notice, where recorded (five working days before, seed 001). */
  Optional<@Valid DatedFact> getNoticeGivenOn();

  @Override
  @NotNull
  @Valid
  DatedFact getOnSiteStart();

  @Override
  Optional<@Valid DatedFact> getOnSiteEnd();

  /** The date the report letter bears, where recorded. */
  Optional<@Valid DatedFact> getLetterDate();

  @Override
  Optional<@Valid DatedFact> getPublishedOn();

  /**
   * When the principal authority received the report, where a record knows it. The 70 working days
   * for the statement count from receipt (regulation 4, 2015 Regulations); letters do not state it.
   */
  Optional<@Valid DatedFact> getReportReceivedOn();

  /** The inspectors and signatories the letter names. */
  List<@Valid Inspector> getInspectors();

  /** The strengths the letter states. */
  List<@Valid Finding> getStrengths();

  /** The areas for development the letter states. */
  List<@Valid Finding> getAreasForDevelopment();

  /** The significant weaknesses, in the letter's order, where known in detail. */
  List<@Valid SignificantWeakness> getSignificantWeaknesses();

  /** The number of significant weaknesses, where only the number is known (official statistics). */
  Optional<@PositiveOrZero Integer> getSignificantWeaknessCount();

  /** The written statement of action HMCI required, where one was. */
  Optional<@Valid WrittenStatementOfAction> getWrittenStatement();

  /** The revisit, where one has taken place. */
  Optional<@Valid Revisit> getRevisit();

  /** Where the report letter is. */
  Optional<@Valid Citation> getCitation();

  /** Whether the significant weaknesses are known in detail rather than only as a count. */
  default boolean hasWeaknessesInDetail() {
    return getSignificantWeaknessCount().isEmpty();
  }

  /** The number of significant weaknesses found, from either form of the record. */
  default int numberOfSignificantWeaknesses() {
    return getSignificantWeaknessCount().orElse(getSignificantWeaknesses().size());
  }

  @Value.Check
  default void check() {
    LocalAreaSendInspectionChecks.check(this);
  }

  static ImmutableLocalAreaSendInspection.Builder builder() {
    return ImmutableLocalAreaSendInspection.builder();
  }
}
