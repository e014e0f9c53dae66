package org.sendinspection.data.figures;

import org.sendinspection.model.WireName;

/**
 * A span between two steps of the 2016 framework's journey whose typical length a summary reports.
 *
 * <p>The wire names are fixed for good: they appear in the CSV and JSON output of {@code send summary}.
 */
public enum Interval implements WireName {
  /** From the first day on site to the report's publication. */
  INSPECTION_TO_PUBLICATION("inspection-to-publication", "first day on site to report published"),
  /**
   * From the report's publication to the statement's first submission: the span regulation 4 of the
   * 2015 Regulations limits to 70 working days from receipt of the report.
   */
  PUBLICATION_TO_SUBMISSION("publication-to-submission", "report published to statement first submitted"),
  /**
   * From the submission that was accepted to the evaluation that found it fit for purpose (Ofsted and CQC,
   * letter on the joint evaluation of Essex's written statement of action, 6 April 2020, reports.ofsted.gov.uk).
   */
  SUBMISSION_TO_FIT_FOR_PURPOSE("submission-to-fit-for-purpose",
      "accepted submission to fit-for-purpose evaluation"),
  /**
   * From fit for purpose to the revisit: "usually ... within 18 months" (Essex County Council, <i>SEND Ofsted
   * Inspection Update</i>, People and Families Scrutiny Committee, 2020, www.essex.gov.uk).
   */
  FIT_FOR_PURPOSE_TO_REVISIT("fit-for-purpose-to-revisit", "fit for purpose to first day of revisit"),
  /** From the first day of the revisit to the publication of its letter. */
  REVISIT_TO_PUBLICATION("revisit-to-publication", "first day of revisit to revisit letter published"),
  /** From the first day of the inspection to the first day of its revisit: the whole journey. */
  INSPECTION_TO_REVISIT("inspection-to-revisit", "first day on site to first day of revisit");

  private final String wireName;
  private final String label;

  Interval(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  @Override
  public String wireName() {
    return wireName;
  }

  /** The span in words. */
  public String label() {
    return label;
  }
}
