package org.sendinspection.model.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/** What a record knows of the facts of one kind beyond those it lists: see {@link Coverage}. */
public enum CoverageState implements WireName {
  /** The sources do not cover facts of this kind: one not listed may still have happened. */
  NOT_RECORDED("not-recorded"),
  /** The list holds every such fact up to a stated date: one not listed had not happened by then. */
  RECORDED_UNTIL("recorded-until");

  private final String wireName;

  CoverageState(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static CoverageState fromWireName(String text) {
    return WireName.parse(CoverageState.class, text);
  }
}
