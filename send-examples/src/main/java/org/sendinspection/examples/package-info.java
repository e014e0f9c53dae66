/**
 * Programmes to read and run: {@link org.sendinspection.examples.EssexExample} (every weakness
 * sufficient), {@link org.sendinspection.examples.SouthendOnSeaExample} (three of four) and
 * {@link org.sendinspection.examples.NationalSummaryExample} (figures over a synthetic nation); the
 * {@code send} command line is in {@code org.sendinspection.examples.cli}.
 */
package org.sendinspection.examples;
