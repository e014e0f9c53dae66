package org.sendinspection.model.area;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A body that is one of a local area's partners for a period: the local authority or a health
 * commissioner.
 *
 * <p>Immutable and thread-safe. The period is half-open: the partner acted from {@link
 * #getActingFrom()} (inclusive) until {@link #getActingUntil()} (exclusive), so Southend Clinical
 * Commissioning Group acts until 2022-07-01 and Mid and South Essex Integrated Care Board from
 * 2022-07-01, with neither gap nor overlap. An absent bound means the record does not limit it.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutablePartner.class)
@JsonDeserialize(as = ImmutablePartner.class)
public interface Partner {

  /** The body's name, such as {@code Essex County Council}. */
  @NotBlank
  String getName();

  /** What kind of body it is. */
  @NotNull
  PartnerKind getKind();

  /** The first day it acted as a partner, where the record limits it. */
  Optional<LocalDate> getActingFrom();

  /** The first day it no longer acted as a partner, where it stopped. */
  Optional<LocalDate> getActingUntil();

  /** Where the record's knowledge of this partner and its period comes from. */
  List<@Valid Citation> getCitations();

  /** Whether the body acted as a partner on the given day. */
  default boolean isActingOn(LocalDate day) {
    return getActingFrom().map(from -> !day.isBefore(from)).orElse(true)
        && getActingUntil().map(until -> day.isBefore(until)).orElse(true);
  }

  @Value.Check
  default void check() {
    Invariants.of("Partner")
        .requireText(getName(), "name")
        .require(getActingFrom().isEmpty() || getActingUntil().isEmpty()
                || getActingUntil().get().isAfter(getActingFrom().get()),
            "actingUntil", Invariant.PERIOD_IN_ORDER,
            "partner '" + getName() + "' stops acting (" + getActingUntil().orElse(null)
                + ") on or before it starts (" + getActingFrom().orElse(null) + ")")
        .check();
  }

  static ImmutablePartner.Builder builder() {
    return ImmutablePartner.builder();
  }

  /** A partner with no recorded period. */
  static Partner of(String name, PartnerKind kind) {
    return builder().name(name).kind(kind).build();
  }
}
