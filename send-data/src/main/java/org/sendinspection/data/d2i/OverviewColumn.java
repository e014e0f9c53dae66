package org.sendinspection.data.d2i;

import org.sendinspection.data.table.TableColumn;

/** The columns of the scraped overview the reader uses, by their headers. */
enum OverviewColumn implements TableColumn {
  REGION("region_code"),
  CODE("ltla23cd"),
  NAME("local_authority"),
  OUTCOME_GRADE("outcome_grade"),
  PREVIOUS_INSPECTION("previous_inspection_date"),
  INSPECTION_START("inspection_start_date"),
  INSPECTION_END("inspection_end_date"),
  PUBLISHED("publication_date"),
  NEXT_INSPECTION("next_inspection"),
  NEXT_INSPECTION_BY("next_inspection_by_date"),
  OUTCOME_TEXT("inspection_outcome_text");

  private final String header;

  OverviewColumn(String header) {
    this.header = header;
  }

  @Override
  public String header() {
    return header;
  }
}
