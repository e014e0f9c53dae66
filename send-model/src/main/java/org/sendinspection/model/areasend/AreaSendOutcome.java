package org.sendinspection.model.areasend;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * The one outcome an area SEND inspection under the 2023 framework gives, with the reports' exact
 * wording (Ofsted and CQC, area SEND framework and handbook, from 1 January 2023; the Southend-on-Sea
 * 2023 and Suffolk 2024 reports).
 */
public enum AreaSendOutcome implements WireName {
  /** Outcome 1: arrangements typically lead to positive experiences and outcomes. */
  POSITIVE("typically-positive", 1,
      "The local area partnership's SEND arrangements typically lead to positive experiences and outcomes"
          + " for children and young people with SEND. The local area partnership is taking action where"
          + " improvements are needed."),
  /** Outcome 2: arrangements lead to inconsistent experiences and outcomes. */
  INCONSISTENT("inconsistent", 2,
      "The local area partnership's arrangements lead to inconsistent experiences and outcomes for"
          + " children and young people with SEND. The local area partnership must work jointly to make"
          + " improvements."),
  /** Outcome 3: widespread and/or systemic failings; a priority action plan is required. */
  WIDESPREAD_OR_SYSTEMIC_FAILINGS("widespread-or-systemic-failings", 3,
      "There are widespread and/or systemic failings leading to significant concerns about the"
          + " experiences and outcomes of children and young people with SEND, which the local area"
          + " partnership must address urgently.");

  private final String wireName;
  private final int number;
  private final String wording;

  AreaSendOutcome(String wireName, int number, String wording) {
    this.wireName = wireName;
    this.number = number;
    this.wording = wording;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  /** The outcome's number, 1 to 3, as analysts and the scraped overviews count them. */
  public int number() {
    return number;
  }

  /** The outcome as the reports state it, with "SEND" for the reports' spelled-out phrase. */
  public String wording() {
    return wording;
  }

  /** Whether HMCI requires a priority action plan (area SEND): outcome 3 only. */
  public boolean requiresPriorityActionPlan() {
    return this == WIDESPREAD_OR_SYSTEMIC_FAILINGS;
  }

  /** Whether the partnership is asked to update and publish its strategic plan: outcomes 1 and 2. */
  public boolean asksForStrategicPlanUpdate() {
    return this != WIDESPREAD_OR_SYSTEMIC_FAILINGS;
  }

  /**
   * The outcome with the given number.
   *
   * @param number 1, 2 or 3
   * @return the outcome
   * @throws IllegalArgumentException for any other number
   */
  public static AreaSendOutcome ofNumber(int number) {
    for (AreaSendOutcome outcome : values()) {
      if (outcome.number == number) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("an area SEND outcome is 1, 2 or 3; found " + number);
  }

  @JsonCreator
  public static AreaSendOutcome fromWireName(String text) {
    return WireName.parse(AreaSendOutcome.class, text);
  }
}
