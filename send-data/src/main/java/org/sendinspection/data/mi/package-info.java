/**
 * Reads Ofsted's management information on the first area SEND inspections under the 2023 framework
 * (January to August 2023, as re-published in CSV form by the Department for Education) into area
 * records, one per local area partnership, with every fact cited to its row and column.
 *
 * <p>The entry point is {@link org.sendinspection.data.mi.ManagementInformation}. The file names areas
 * but gives no codes, so each name is matched to an ONS code through a directory of known areas (the
 * 2016-framework statistics) or the row is reported unmatched. It counts the areas for priority action
 * without their text, so the records hold the count: no area for priority action is invented.
 */
package org.sendinspection.data.mi;
