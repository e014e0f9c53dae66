package org.sendinspection.model.area;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A local area: the footprint of one local authority in England, with the partners responsible for
 * its SEND arrangements over time.
 *
 * <p>Immutable and thread-safe. Example: Essex, {@code E10000012}, East of England, with Essex County
 * Council, five clinical commissioning groups until 1 July 2022 and three integrated care boards
 * from then (Ofsted and CQC, letter on the joint evaluation of Essex's written statement of action, 6 April 2020,
 * reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in Essex</i>, 30 June 2022,
 * reports.ofsted.gov.uk).
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableLocalArea.class)
@JsonDeserialize(as = ImmutableLocalArea.class)
public interface LocalArea {

  /** The 9-character ONS local authority code, such as {@code E10000012}. */
  @NotBlank
  @Pattern(regexp = "E[0-9]{8}", message = "must be an ONS local authority code: E and eight digits")
  String getCode();

  /** The area's name, such as {@code Southend-on-Sea}. */
  @NotBlank
  String getName();

  /** The Ofsted region it lies in. */
  @NotNull
  OfstedRegion getRegion();

  /** Every partner the record knows of, each with the period it acted. */
  List<@Valid Partner> getPartners();

  /**
   * The partners acting on a day, in the order recorded.
   *
   * @param day the day; not null
   * @return the partners whose period contains the day; empty if none is recorded for it
   */
  default List<Partner> partnersOn(LocalDate day) {
    return getPartners().stream().filter(p -> p.isActingOn(day)).collect(Collectors.toList());
  }

  @Value.Check
  default void check() {
    Invariants.of("LocalArea")
        .requireAreaCode(getCode(), "code")
        .requireText(getName(), "name")
        .check();
  }

  static ImmutableLocalArea.Builder builder() {
    return ImmutableLocalArea.builder();
  }
}
