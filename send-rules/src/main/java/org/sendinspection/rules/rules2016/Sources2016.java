package org.sendinspection.rules.rules2016;

import org.sendinspection.rules.conclusion.RuleSource;
import org.sendinspection.rules.conclusion.SourceKind;

/**
 * The sources of the 2016 framework's rules, each once, with the words that state the rule.
 *
 * <p>The seed documents are the Ofsted and CQC letters and council papers on Essex and Southend-on-Sea
 * that the project's examples are built from; their identifiers ({@code seed-000} ...) match the
 * example records' source lists.
 */
public final class Sources2016 {
  private Sources2016() {}

  /** Regulation 4 of the 2015 Regulations: the statement, its principal authorities and its deadline. */
  public static final RuleSource JOINT_AREA_REVIEWS_REGULATIONS_2015 = RuleSource.builder()
      .id("jar-regulations-2015")
      .kind(SourceKind.LEGISLATION)
      .title("The Children Act 2004 (Joint Area Reviews) Regulations 2015 (SI 2015/1792)")
      .locator("regulation 4 and the explanatory note")
      .quote("within 70 working days of receiving the report")
      .url("https://www.legislation.gov.uk/uksi/2015/1792/regulation/4/made")
      .build();

  /** The definition of a working day, in the 2005 Regulations; its 2015 wording is not yet confirmed. */
  public static final RuleSource WORKING_DAY_DEFINITION = RuleSource.builder()
      .id("jar-regulations-2005-working-day")
      .kind(SourceKind.LEGISLATION)
      .title("The Children Act 2004 (Joint Area Reviews) Regulations 2005, definition of \"working day\"")
      .locator("any day other than a Saturday, a Sunday, Christmas Day, Good Friday or a bank holiday in"
          + " England and Wales under the Banking and Financial Dealings Act 1971; the 2015 wording is"
          + " not yet confirmed")
      .build();

  /** The Essex revisit letter: HMCI's determination, and the cessation of the quarterly visits. */
  public static final RuleSource ESSEX_REVISIT_LETTER = RuleSource.builder()
      .id("seed-000")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Joint area SEND revisit in Essex, letter of 30 June 2022")
      .quote("As the area has made sufficient progress in addressing all the significant weaknesses, the"
          + " formal quarterly support and challenge visits from the DfE and NHS England will cease.")
      .build();

  /** The Southend-on-Sea revisit letter: next steps and no further revisit unless directed. */
  public static final RuleSource SOUTHEND_REVISIT_LETTER = RuleSource.builder()
      .id("seed-002")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, Joint area SEND revisit in Southend-on-Sea, letter of 14 June 2021")
      .quote("As not all the significant weaknesses have improved, it is for DfE and NHS England to"
          + " determine the next steps. Ofsted and CQC will not carry out any further revisit unless"
          + " directed to do so by the Secretary of State.")
      .build();

  /** HMCI's determination of who is jointly responsible, in the words both revisit letters use. */
  public static final RuleSource DETERMINATION_IN_REVISIT_LETTERS = RuleSource.builder()
      .id("seed-000")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, revisit letters to Essex (30 June 2022) and Southend-on-Sea (14 June 2021)")
      .quote("HMCI determined that a written statement of action was required because of significant areas"
          + " of weakness in the area's practice. HMCI determined that the local authority and the area's"
          + " clinical commissioning group(s) (CCG) were jointly responsible for submitting the written"
          + " statement to Ofsted.")
      .build();

  /** The Essex council paper: the evaluation and the 18 months to the revisit. */
  public static final RuleSource ESSEX_SCRUTINY_PAPER = RuleSource.builder()
      .id("seed-001")
      .kind(SourceKind.COUNCIL_PAPER)
      .title("Essex County Council, SEND Ofsted Inspection Update, People and Families Scrutiny Committee")
      .quote("Ofsted will determine if the plan is fit for purpose, if it is not deemed fit for purpose further"
          + " work will be required. From the date the plan is accepted by Ofsted, the local area has 18"
          + " months before it will be re-inspected.")
      .build();

  /** The Essex evaluation letter: a statement judged fit for purpose. */
  public static final RuleSource ESSEX_EVALUATION_LETTER = RuleSource.builder()
      .id("seed-004")
      .kind(SourceKind.INSPECTION_LETTER)
      .title("Ofsted and CQC, evaluation of Essex's written statement of action, letter of 6 April 2020")
      .quote("The statement of action is deemed to be fit for purpose")
      .build();

  /** What follows a not-fit-for-purpose judgement: no public example found. */
  public static final RuleSource RESUBMISSION_UNVERIFIED = RuleSource.builder()
      .id("unverified-resubmission")
      .kind(SourceKind.UNVERIFIED)
      .title("No public source found on what follows a not-fit-for-purpose judgement;"
          + " this library models it as a resubmission")
      .build();

  /** The parliamentary answer on when revisits take place. */
  public static final RuleSource REVISIT_TIMING_ANSWER = RuleSource.builder()
      .id("pq-2021-revisit-timing")
      .kind(SourceKind.PARLIAMENTARY_ANSWER)
      .title("UK Parliament, written answer on local area SEND revisits, 2021")
      .quote("usually ... within 18 months of their WSoA having been accepted as fit for purpose")
      .build();

  /** The parliamentary answer of 27 May 2021 on accelerated progress plans. */
  public static final RuleSource ACCELERATED_PROGRESS_PLAN_ANSWER = RuleSource.builder()
      .id("pq-2021-05-27-accelerated-progress-plan")
      .kind(SourceKind.PARLIAMENTARY_ANSWER)
      .title("UK Parliament, written answer of 27 May 2021 on areas that have not made sufficient progress")
      .locator("DfE requires an accelerated progress plan, with a formal progress review")
      .quote("within at least 6 months")
      .build();

  /** DfE's words on next steps, as quoted by secondary sources. */
  public static final RuleSource INTERVENTION_POWERS = RuleSource.builder()
      .id("dfe-next-steps-quoted")
      .kind(SourceKind.SECONDARY)
      .title("Department for Education on next steps after an insufficient revisit, as quoted by local bodies")
      .quote("may include the Secretary of State using his powers of intervention")
      .build();

  /** The suspension of routine inspections for COVID-19, and the resumption of revisits. */
  public static final RuleSource COVID_SUSPENSION = RuleSource.builder()
      .id("ofsted-covid-19-suspension")
      .kind(SourceKind.OFFICIAL_GUIDANCE)
      .title("Ofsted and CQC, suspension of routine inspections, revisits included, from 17 March 2020;"
          + " revisits resumed from April 2021")
      .build();

  /** The end of the 2016 framework's revisit programme. */
  public static final RuleSource PROGRAMME_END = RuleSource.builder()
      .id("ofsted-2016-programme-end")
      .kind(SourceKind.OFFICIAL_GUIDANCE)
      .title("Ofsted, end of the local area SEND inspection programme: revisits continued to December 2022;"
          + " an area not revisited is next inspected under the area SEND framework from January 2023")
      .build();

  /** Ofsted's official statistics of the 2016 framework, which give outcomes as counts. */
  public static final RuleSource OFFICIAL_STATISTICS = RuleSource.builder()
      .id("ofsted-area-send-statistics-2022")
      .kind(SourceKind.OFFICIAL_STATISTICS)
      .title("Ofsted, Area SEND inspection data, 1 May 2016 to 31 August 2022 (published 17 November 2022)")
      .build();
}
