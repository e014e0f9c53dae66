package org.sendinspection.model.area;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * What kind of body a local area partner is.
 *
 * <p>The health commissioners were clinical commissioning groups until 1 July 2022 and integrated
 * care boards from then (Health and Care Act 2022).
 */
public enum PartnerKind implements WireName {
  /** The local authority: with the health commissioners, a principal authority for the statement. */
  LOCAL_AUTHORITY("local-authority"),
  /** A clinical commissioning group (until 30 June 2022). */
  CLINICAL_COMMISSIONING_GROUP("clinical-commissioning-group"),
  /** An integrated care board (from 1 July 2022). */
  INTEGRATED_CARE_BOARD("integrated-care-board"),
  /** Any other body recorded as a partner (a provider alliance, public health, ...). */
  OTHER("other");

  private final String wireName;
  PartnerKind(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  /** Whether bodies of this kind commission health services for the area. */
  public boolean isHealthCommissioner() {
    return this == CLINICAL_COMMISSIONING_GROUP || this == INTEGRATED_CARE_BOARD;
  }

  /** Whether bodies of this kind are principal authorities: the local authority or a commissioner. */
  public boolean isPrincipalAuthority() {
    return this == LOCAL_AUTHORITY || isHealthCommissioner();
  }

  @JsonCreator
  public static PartnerKind fromWireName(String text) {
    return WireName.parse(PartnerKind.class, text);
  }
}
