package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * The inspection framework an inspection was carried out under.
 */
public enum FrameworkVersion implements WireName {
  /** The joint Ofsted/CQC local area SEND inspection, May 2016 to 2022: narrative letters, significant weaknesses, written statements of action and revisits. */
  LOCAL_AREA_SEND_2016("local-area-send-2016"),
  /** The area SEND inspection of local area partnerships, from 1 January 2023: one of three outcomes. */
  AREA_SEND_2023("area-send-2023");

  private final String wireName;

  FrameworkVersion(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static FrameworkVersion fromWireName(String text) {
    return WireName.parse(FrameworkVersion.class, text);
  }
}
