package org.sendinspection.model.wsoa;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * Ofsted and CQC's judgement of a submitted written statement of action (Ofsted and CQC, letter on the joint evaluation
 * of Essex's written statement of action, 6 April 2020, reports.ofsted.gov.uk).
 */
public enum EvaluationVerdict implements WireName {
  /** The statement is fit for purpose: the revisit clock starts. */
  FIT_FOR_PURPOSE("fit-for-purpose"),
  /** The statement is not fit for purpose and must be resubmitted. */
  NOT_FIT_FOR_PURPOSE("not-fit-for-purpose");

  private final String wireName;

  EvaluationVerdict(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static EvaluationVerdict fromWireName(String text) {
    return WireName.parse(EvaluationVerdict.class, text);
  }
}
