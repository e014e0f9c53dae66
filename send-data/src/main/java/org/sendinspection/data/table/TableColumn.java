package org.sendinspection.data.table;

/** A column a reader needs, found in a table by its header text. Implemented by each reader's enum of columns. */
public interface TableColumn {

  /** The header exactly as the file writes it, such as {@code Inspection.start.date}. */
  String header();
}
