/** Tidy CSV tables of area records, one row per observation, for analysts loading them into R or pandas. */
package org.sendinspection.data.export;
