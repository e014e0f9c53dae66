package org.sendinspection.examples.timeline;

import org.sendinspection.model.WireName;

/**
 * What happened at a point of an area's inspection journey, in the order the steps follow one another
 * under the 2016 framework (Essex County Council, <i>SEND Ofsted Inspection Update</i>, People and Families
 * Scrutiny Committee, 2020, www.essex.gov.uk): notice, inspection, report, written statement of action,
 * evaluation, revisit; and the partner changes around them.
 *
 * <p>The wire names are fixed for good: they appear in the JSON output of {@code send explain}.
 */
public enum EventKind implements WireName {
  /** A body stopped acting as one of the area's partners; on a day of change, listed before its successor. */
  PARTNER_ENDS("partner-ends", "partner ends"),
  /** A body began to act as one of the area's partners. */
  PARTNER_STARTS("partner-starts", "partner starts"),
  /**
   * The area was given notice of an inspection (five working days, Essex County Council, <i>SEND Ofsted
   * Inspection Update</i>, People and Families Scrutiny Committee, 2020, www.essex.gov.uk).
   */
  NOTICE_GIVEN("notice-given", "notice of inspection"),
  /** The first day inspectors were on site. */
  INSPECTION_STARTS("inspection-starts", "inspection begins"),
  /** The last day inspectors were on site. */
  INSPECTION_ENDS("inspection-ends", "inspection ends"),
  /** The date the report letter bears. */
  REPORT_LETTER("report-letter", "report letter"),
  /** The report's publication on Ofsted's website. */
  REPORT_PUBLISHED("report-published", "report published"),
  /** The principal authority received the report (regulation 4, 2015 Regulations). */
  REPORT_RECEIVED("report-received", "report received"),
  /** HMCI determined that a written statement of action was required. */
  WSOA_DETERMINED("wsoa-determined", "written statement of action required"),
  /** The written statement of action was submitted. */
  WSOA_SUBMITTED("wsoa-submitted", "written statement of action submitted"),
  /**
   * Ofsted and CQC judged a submitted statement (Ofsted and CQC, letter on the joint evaluation of Essex's written
   * statement of action, 6 April 2020, reports.ofsted.gov.uk).
   */
  WSOA_EVALUATED("wsoa-evaluated", "written statement of action evaluated"),
  /**
   * The statement was published locally (Ofsted and CQC, letter on the joint evaluation of Essex's written statement of
   * action, 6 April 2020, reports.ofsted.gov.uk).
   */
  WSOA_PUBLISHED("wsoa-published", "written statement of action published"),
  /** The first day of the revisit on site. */
  REVISIT_STARTS("revisit-starts", "revisit begins"),
  /** The last day of the revisit on site. */
  REVISIT_ENDS("revisit-ends", "revisit ends"),
  /** The date the revisit letter bears. */
  REVISIT_LETTER("revisit-letter", "revisit letter"),
  /** The revisit letter's publication on Ofsted's website. */
  REVISIT_PUBLISHED("revisit-published", "revisit letter published");

  private final String wireName;
  private final String label;

  EventKind(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The step in words for a reader, such as {@code report published}. */
  public String label() {
    return label;
  }
}
