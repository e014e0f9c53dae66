package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * What a record knows of an inspection's significant weaknesses: all of them by name, their number
 * (with perhaps some named), or nothing yet.
 *
 * <p>A letter names every weakness; Ofsted's official statistics give only their number; a letter
 * quoted in part may name one weakness and give the number of the rest; a record made before the
 * report was published knows none of them. "Not recorded" is never read as "none found".
 */
public enum WeaknessesKnown implements WireName {
  /** Every significant weakness is named in the list; an empty list means the inspection found none. */
  NAMED("named"),
  /** The count is their number; the list names some of them, or none. */
  COUNTED("counted"),
  /** Their number is not recorded (the report is not yet known); the list names any known so far. */
  NOT_RECORDED("not-recorded");

  private final String wireName;

  WeaknessesKnown(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static WeaknessesKnown fromWireName(String text) {
    return WireName.parse(WeaknessesKnown.class, text);
  }
}
