/**
 * Reads Ofsted's official statistics on area SEND inspections under the 2016 framework into area
 * records, one per area, with every fact cited to its row and column.
 *
 * <p>The entry point is {@link org.sendinspection.data.ofsted.OfstedStatistics}; it reads the
 * OpenDocument spreadsheet Ofsted publishes ("Area SEND inspections and outcomes", official
 * statistics, published 17 November 2022) or a CSV export of its data sheet. The statistics give
 * counts only (significant weaknesses, and weaknesses with and without sufficient progress at the
 * revisit), so the records hold counts: no weakness is invented. A row that breaks a rule of the
 * framework yields no record but an {@link org.sendinspection.data.ofsted.ImportProblem} naming the
 * row, the column and the rule; nothing is silently fixed or dropped.
 */
package org.sendinspection.data.ofsted;
