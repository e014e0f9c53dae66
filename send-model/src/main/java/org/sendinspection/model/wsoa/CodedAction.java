package org.sendinspection.model.wsoa;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendinspection.model.SendStyle;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.validation.Invariants;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One coded action of a written statement of action, linked to the significant weaknesses it
 * addresses.
 *
 * <p>Immutable and thread-safe. Statements number their actions by weakness: Essex's has JC1 to JC17
 * for joint commissioning, ID1 to ID8 for identification and EHC actions for EHC plans, and an
 * overarching OV2 that the evaluation letter links to no single weakness (Ofsted and CQC, letter on the joint evaluation
 * of Essex's written statement of action, 6 April 2020, reports.ofsted.gov.uk). An action with
 * no linked weakness is recorded with an empty {@link #getAddresses()}.
 */
@Value.Immutable
@SendStyle
@JsonSerialize(as = ImmutableCodedAction.class)
@JsonDeserialize(as = ImmutableCodedAction.class)
public interface CodedAction {

  /** The statement's own code, such as {@code JC8}. */
  @NotBlank
  @Pattern(regexp = "[A-Z]+[0-9]+", message = "must be capital letters followed by a number, such as JC8")
  String getCode();

  /** The identifiers of the significant weaknesses the action addresses. */
  List<@NotBlank String> getAddresses();

  /** What the action is, where recorded. */
  Optional<String> getDescription();

  /** Where the action is mentioned. */
  Optional<@Valid Citation> getCitation();

  @Value.Check
  default void check() {
    Invariants.of("CodedAction")
        .requireActionCode(getCode(), "code")
        .requireEachText(getAddresses(), "addresses")
        .requireText(getDescription(), "description")
        .check();
  }

  static ImmutableCodedAction.Builder builder() {
    return ImmutableCodedAction.builder();
  }

  /** An action addressing one weakness. */
  static CodedAction of(String code, String weaknessId) {
    return builder().code(code).addAddresses(weaknessId).build();
  }
}
