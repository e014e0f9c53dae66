package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * The inspectorates that inspect jointly.
 */
public enum Inspectorate implements WireName {
  /** The Office for Standards in Education, Children's Services and Skills. */
  OFSTED("ofsted"),
  /** The Care Quality Commission. */
  CQC("cqc");

  private final String wireName;

  Inspectorate(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static Inspectorate fromWireName(String text) {
    return WireName.parse(Inspectorate.class, text);
  }
}
