/**
 * Reads data-to-insight's scraped overview of area SEND inspection reports under the 2023 framework
 * ({@code ofsted_csc_send_overview.xlsx}, from its ofsted-send-scrape-tool, MIT licence) into area
 * records, one per local area, with every fact cited to its row and column.
 *
 * <p>The entry point is {@link org.sendinspection.data.d2i.ScrapedOverview}. The file is scraped and
 * dirty: each row that lacks what a record needs, or whose cells contradict each other, is reported
 * with its row, column and rule, and gives no record; nothing is guessed. The scraper's own
 * next-inspection figures are kept apart from the records, labelled as the scraper's.
 */
package org.sendinspection.data.d2i;
