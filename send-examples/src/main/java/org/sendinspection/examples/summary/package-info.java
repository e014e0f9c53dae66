/**
 * The figures inspection papers quote about many local areas on one day (seed 001: "of the 9 local
 * areas inspected to date, 7 areas have required a Written Statement of Action"), and their text, CSV
 * and JSON forms.
 */
package org.sendinspection.examples.summary;
