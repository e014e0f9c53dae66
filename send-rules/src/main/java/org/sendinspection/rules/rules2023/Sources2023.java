package org.sendinspection.rules.rules2023;

import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.rules.conclusion.SourceKind;

/**
 * The sources of the 2023 framework's rules, each once, with the words that state the rule.
 *
 * <p>The reports are those of the project's example records: Southend-on-Sea (on site 6 to 10 March
 * 2023, outcome 2) and Suffolk (on site 13 to 17 November 2023, published 30 January 2024, outcome 3).
 */
final class Sources2023 {
  private Sources2023() {}

  /** The area SEND framework and handbook: outcomes, what each requires, and when inspections follow. */
  public static final RuleSource FRAMEWORK_AND_HANDBOOK = RuleSource.builder()
      .id("area-send-framework-and-handbook")
      .kind(SourceKind.OFFICIAL_GUIDANCE)
      .title("Ofsted and CQC, Area SEND inspections: framework and handbook (first published 29 November 2022,"
          + " in force from 1 January 2023; updated since)")
      .locator("inspection frequency and timing; after the inspection")
      .url("https://www.gov.uk/government/publications/area-send-framework-and-handbook")
      .build();

  /** The handbook's timing of monitoring and full inspections, as a parent carer forum quotes it. */
  public static final RuleSource TIMING_AS_QUOTED = RuleSource.builder()
      .id("pcf-area-send-outcomes")
      .kind(SourceKind.SECONDARY)
      .title("South Gloucestershire Parent Carers, Local Area SEND Inspection: possible outcomes, quoting the"
          + " area SEND handbook")
      .quote("Monitoring inspection, usually 18 months from the date when the local area partnership receives its"
          + " final full inspection report; Full inspection, usually within 3 years")
      .url("https://sgpc.org.uk/news-feed/inspection-possible-outcomes")
      .build();

  /** Southend-on-Sea's 2023 report: outcome 2, the strategic plan and the next full inspection. */
  public static final RuleSource SOUTHEND_REPORT_2023 = RuleSource.builder()
      .id("ofsted-southend-area-send-inspection-2023")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Area SEND inspection of Southend-on-Sea Local Area Partnership, 6 to 10 March 2023")
      .quote("Ofsted and the Care Quality Commission (CQC) ask that the local area partnership updates and"
          + " publishes its strategic plan based on the recommendations set out in this report.")
      .build();

  /** Suffolk's 2024 report: outcome 3, the priority action plan, the monitoring and full reinspection. */
  public static final RuleSource SUFFOLK_REPORT_2024 = RuleSource.builder()
      .id("suffolk-area-send-2024")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Area SEND inspection of Suffolk Local Area Partnership, 13 to 17 November 2023")
      .quote("As a result of this inspection, His Majesty's Chief Inspector requires the local area partnership to"
          + " prepare and submit a priority action plan (area SEND)")
      .build();

  /** Suffolk's 2024 report on when inspections follow outcome 3. */
  public static final RuleSource SUFFOLK_REPORT_2024_TIMING = RuleSource.builder()
      .id("suffolk-area-send-2024")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Area SEND inspection of Suffolk Local Area Partnership, 13 to 17 November 2023")
      .quote("A monitoring inspection will be carried out within approximately 18 months. The next full"
          + " reinspection will be within approximately three years.")
      .build();

  /** Southend-on-Sea's 2023 report on when the next full inspection follows outcome 2. */
  public static final RuleSource SOUTHEND_REPORT_2023_TIMING = RuleSource.builder()
      .id("ofsted-southend-area-send-inspection-2023")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Area SEND inspection of Southend-on-Sea Local Area Partnership, 6 to 10 March 2023")
      .quote("The next full area SEND inspection will be within approximately 3 years.")
      .build();

  /** DfE on its support and challenge after an area SEND inspection, rising across the outcomes. */
  public static final RuleSource SUPPORT_AND_CHALLENGE = RuleSource.builder()
      .id("dfe-support-and-challenge-2023")
      .kind(SourceKind.OFFICIAL_GUIDANCE)
      .title("Department for Education, Area SEND inspections: support and challenge following inspection,"
          + " 16 May 2023")
      .locator("DfE and NHS England support and challenge the partnership with intensity rising across the"
          + " three outcomes")
      .build();

  /** The width of the windows and the date the full inspection's years count from: no source found. */
  public static final RuleSource WINDOW_UNVERIFIED = RuleSource.builder()
      .id("unverified-area-send-window")
      .kind(SourceKind.UNVERIFIED)
      .title("No public source found gives a margin for \"approximately\" or \"usually\", or says from which date"
          + " the full inspection's years count; this library uses a window of a configurable number of months"
          + " either side (areaSendWindowMonths) and counts from the partnership's receipt of the report")
      .build();

  /** A report's "date of previous inspection", which may name a revisit. */
  public static final RuleSource STATED_PREVIOUS_INSPECTION = RuleSource.builder()
      .id("suffolk-area-send-2024")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Area SEND inspection of Suffolk Local Area Partnership, 13 to 17 November 2023,"
          + " which states its 2019 revisit as its previous inspection")
      .quote("Date of previous inspection: 21 to 23 January 2019")
      .build();
}
