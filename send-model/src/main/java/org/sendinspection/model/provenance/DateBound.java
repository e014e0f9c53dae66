package org.sendinspection.model.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * Where a source gives a limit rather than the day itself: "submitted by 9 September 2022" is a claim
 * that the fact happened on or before that day.
 */
public enum DateBound implements WireName {
  /** The fact happened on or before the claimed date (or within or before the claimed period). */
  ON_OR_BEFORE("on-or-before"),
  /** The fact happened on or after the claimed date (or within or after the claimed period). */
  ON_OR_AFTER("on-or-after");

  private final String wireName;

  DateBound(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static DateBound fromWireName(String text) {
    return WireName.parse(DateBound.class, text);
  }
}
