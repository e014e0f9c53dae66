package org.sendinspection.data.ofsted;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column of the statistics' data sheet, named by its header as the Guidance sheet defines it.
 *
 * <p>Columns are found by header, not by position, so a later edition that reorders them still reads;
 * {@link TableLayout} knows where each one stands in a given file.
 */
enum StatisticsColumn {
  /** "Link to the Ofsted webpage for the local authority where the inspection and revisit reports are published." */
  WEB_LINK("Web link to Ofsted local authority webpage"),
  /** "The 9-digit local authority code introduced by Office of National Statistics in 2011." */
  AREA_CODE("Local authority code"),
  /** "Name of the local area. This is the geographical area of the local authority ..." */
  AREA_NAME("Area name"),
  /** "North East, Yorkshire and the Humber are combined into a single region." */
  REGION("Ofsted region"),
  /** "First day of inspection. Inspections usually last for 5 days." */
  INSPECTION_START("Inspection start date"),
  /** "Date the inspection letter was published on Ofsted website." */
  INSPECTION_PUBLISHED("Inspection publication date"),
  /** "Was a written statement of action required?" Yes or No. */
  WSOA_REQUIRED("Inspection outcome: written statement of action required?"),
  /** "Number significant weaknesses identified in written statement of action." */
  SIGNIFICANT_WEAKNESSES("Number significant weaknesses identified in written statement of action"),
  /** "The first day of revisit." */
  REVISIT_START("Revisit start date"),
  /** "Date the revisit letter was published on Ofsted website." */
  REVISIT_PUBLISHED("Revisit publication date"),
  /** Yes (all), Some, or No (none) of the significant weaknesses with sufficient progress. */
  REVISIT_OUTCOME("Revisit outcome: sufficient progress in addressing all significant weaknesses?"),
  /** "The number of significant weaknesses which inspectors deemed at the revisit that sufficient progress had been made." */
  SUFFICIENT_PROGRESS("Number significant weaknesses where sufficient progress has been made"),
  /** "... that sufficient progress had not been made." */
  NOT_SUFFICIENT_PROGRESS("Number significant weaknesses where sufficient progress has not been made");

  private final String header;

  StatisticsColumn(String header) {
    this.header = header;
  }

  /** The header as the Guidance sheet and the data sheet write it. */
  String header() {
    return header;
  }

  /** Every column's header, in the order of the columns. */
  static List<String> headers() {
    List<String> headers = new ArrayList<>();
    for (StatisticsColumn column : values()) {
      headers.add(column.header);
    }
    return List.copyOf(headers);
  }

  /** Whether a header cell names this column, ignoring case and runs of white space. */
  boolean isNamedBy(String text) {
    return normalise(text).equals(normalise(header));
  }

  private static String normalise(String text) {
    return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
