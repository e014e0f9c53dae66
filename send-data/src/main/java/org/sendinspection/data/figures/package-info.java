/**
 * Summary figures over many area records, such as the national figures Ofsted's official statistics
 * give, as they stood on a date and in a region: {@link org.sendinspection.data.figures.NationalFigures}
 * and {@link org.sendinspection.data.figures.JourneyFigures} for the 2016 framework, {@link
 * org.sendinspection.data.figures.AreaSendFigures} for the 2023 framework, gathered by {@link
 * org.sendinspection.data.figures.SummaryFigures}; {@link org.sendinspection.data.figures.FigureScope}
 * says what counts by a date, once for all of them.
 */
package org.sendinspection.data.figures;
