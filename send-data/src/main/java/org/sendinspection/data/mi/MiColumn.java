package org.sendinspection.data.mi;

import org.sendinspection.data.table.TableColumn;

/** The columns of the management information the reader uses, by their headers in the DfE's CSV. */
enum MiColumn implements TableColumn {
  AREA("Local.area.partnership"),
  REGION("Ofsted.region"),
  INSPECTION_START("Inspection.start.date"),
  PUBLISHED("Inspection.publication.date"),
  OUTCOME("Inspection.outcome"),
  PRIORITY_ACTION_PLAN("Priority.action.plan.required."),
  AREAS_FOR_PRIORITY_ACTION("Number.of.areas.for.priority.action");

  private final String header;

  MiColumn(String header) {
    this.header = header;
  }

  @Override
  public String header() {
    return header;
  }
}
