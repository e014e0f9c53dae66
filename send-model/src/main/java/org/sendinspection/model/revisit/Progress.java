package org.sendinspection.model.revisit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * What a revisit decided about one significant weakness (Ofsted and CQC, <i>Joint area SEND revisit in
 * Essex</i>, 30 June 2022, reports.ofsted.gov.uk; Ofsted and CQC, <i>Joint area SEND revisit in
 * Southend-on-Sea</i>, 14 June 2021, reports.ofsted.gov.uk).
 */
public enum Progress implements WireName {
  /** The area has made sufficient progress in addressing the weakness. */
  SUFFICIENT("sufficient-progress"),
  /** The area has not made sufficient progress in addressing the weakness. */
  NOT_SUFFICIENT("not-sufficient-progress");

  private final String wireName;

  Progress(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static Progress fromWireName(String text) {
    return WireName.parse(Progress.class, text);
  }
}
