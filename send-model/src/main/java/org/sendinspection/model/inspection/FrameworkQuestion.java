package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * The three questions of the 2016 framework (Essex County Council, <i>SEND Ofsted Inspection Update</i>,
 * People and Families Scrutiny Committee, 2020, www.essex.gov.uk): how effectively the local area identifies,
 * meets the needs of, and improves the outcomes of children and young people with SEND.
 */
public enum FrameworkQuestion implements WireName {
  /** How effectively the local area identifies children and young people who have SEND. */
  IDENTIFYING("identifying"),
  /** How effectively it assesses and meets their needs. */
  MEETING_NEEDS("meeting-needs"),
  /** How effectively it improves their outcomes. */
  IMPROVING_OUTCOMES("improving-outcomes");

  private final String wireName;

  FrameworkQuestion(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static FrameworkQuestion fromWireName(String text) {
    return WireName.parse(FrameworkQuestion.class, text);
  }
}
