/**
 * Summary figures over many area records, such as the national figures Ofsted's official statistics
 * give, as they stood on a date and in a region.
 */
package org.sendinspection.data.figures;
