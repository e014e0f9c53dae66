package org.sendinspection.model.inspection;

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
import org.sendinspection.model.provenance.Coverage;
import org.sendinspection.model.revisit.NextSteps;
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
 * development and significant weaknesses. Significant weaknesses are held by name, as a letter gives
 * them, as a count where only the official statistics are known ({@link #getSignificantWeaknessCount()},
 * with any named ones), or as not recorded; {@link #getWeaknessesKnown()} says which. Every rule linking the inspection to what
 * followed is checked at construction; see {@link LocalAreaSendInspectionChecks}.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableLocalAreaSendInspection.class)
@JsonDeserialize(as = ImmutableLocalAreaSendInspection.class)
public non-sealed interface LocalAreaSendInspection extends Inspection {

  @Override
  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
  String getId();

  @Override
  default FrameworkVersion framework() {
    return FrameworkVersion.LOCAL_AREA_SEND_2016;
  }

  /**
   * When the area was given notice, where recorded (five working days before, Essex County Council, <i>SEND
   * Ofsted Inspection Update</i>, People and Families Scrutiny Committee, 2020, www.essex.gov.uk).
   */
  Optional<@Valid DatedFact> getNoticeGivenOn();

  /** The first day inspectors were on site: always recorded for a 2016-framework inspection. */
  @NotNull
  @Valid
  DatedFact getOnSiteStart();

  @Override
  default Optional<DatedFact> firstDayOnSite() {
    return Optional.of(getOnSiteStart());
  }

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

  /**
   * What the record knows of the significant weaknesses: all named, counted, or not recorded. Written
   * in every document; a builder that does not set it takes {@link WeaknessesKnown#COUNTED} where a
   * count is given and {@link WeaknessesKnown#NAMED} otherwise.
   */
  @Value.Default
  default WeaknessesKnown getWeaknessesKnown() {
    return getSignificantWeaknessCount().isPresent() ? WeaknessesKnown.COUNTED : WeaknessesKnown.NAMED;
  }

  /** The significant weaknesses named, in the letter's order: all of them where {@link WeaknessesKnown#NAMED}. */
  List<@Valid SignificantWeakness> getSignificantWeaknesses();

  /** The number of significant weaknesses, where the number is known as a count (official statistics). */
  Optional<@PositiveOrZero Integer> getSignificantWeaknessCount();

  /** The written statement of action HMCI required, where one was. */
  Optional<@Valid WrittenStatementOfAction> getWrittenStatement();

  /** The revisit, where one has taken place. */
  Optional<@Valid Revisit> getRevisit();

  /**
   * Where no revisit is listed: whether the record shows that none had taken place by a date, or does
   * not say. Ignored when a revisit is listed. Written in every document; a builder that does not set
   * it takes "not recorded".
   */
  @Value.Default
  default Coverage getRevisitCoverage() {
    return Coverage.notRecorded();
  }

  /** What DfE and NHS England determined after a revisit without sufficient progress everywhere, where recorded. */
  Optional<@Valid NextSteps> getNextSteps();

  /** Where the report letter is. */
  Optional<@Valid Citation> getCitation();

  /** Whether every significant weakness is named, rather than counted or not recorded. */
  default boolean hasWeaknessesInDetail() {
    return getWeaknessesKnown() == WeaknessesKnown.NAMED;
  }

  /**
   * The number of significant weaknesses found, where the record knows it: the names' number or the
   * count.
   *
   * @return the number; empty where the weaknesses are not recorded
   */
  default Optional<Integer> significantWeaknessTotal() {
    switch (getWeaknessesKnown()) {
      case NAMED:
        return Optional.of(getSignificantWeaknesses().size());
      case COUNTED:
        return getSignificantWeaknessCount();
      case NOT_RECORDED:
        return Optional.empty();
    }
    throw new AssertionError(getWeaknessesKnown());
  }

  @Value.Check
  default void check() {
    LocalAreaSendInspectionChecks.check(this);
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.localAreaSend2016(this);
  }

  static ImmutableLocalAreaSendInspection.Builder builder() {
    return ImmutableLocalAreaSendInspection.builder();
  }
}
