/**
 * The text, CSV and JSON forms of the figures inspection papers quote about many local areas (Essex County
 * Council, <i>SEND Ofsted Inspection Update</i>, People and Families Scrutiny Committee, 2020,
 * www.essex.gov.uk:
 * "of the 9 local areas inspected to date, 7 areas have required a Written Statement of Action").
 *
 * <p>The figures themselves are computed by {@code send-data} ({@link
 * org.sendinspection.data.figures.SummaryFigures}), whose {@link
 * org.sendinspection.data.figures.FigureScope} says what counts by a date.
 */
package org.sendinspection.examples.summary;
