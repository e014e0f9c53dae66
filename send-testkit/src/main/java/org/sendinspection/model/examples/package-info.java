/**
 * Real area records, drawn from published inspection letters, council papers and Ofsted's official
 * statistics, for examples, documentation and tests.
 *
 * <p>The records are JSON resources in the library's wire format, read with the strict codec, so they
 * also show what a complete record looks like. Every dated fact cites its source; where two sources
 * disagree, both claims are kept.
 */
package org.sendinspection.model.examples;
