/**
 * {@code send report}: a self-contained static web site over many area records, for an analyst to open
 * offline and share. A national page with the headline figures and a chart of outcomes and journeys over
 * time, a page per region, and a page per area with its timeline, its state on the day, every conclusion
 * the rules draw with its reason and sources, and the dates the sources disagree on.
 *
 * <p>The figures are {@link org.sendinspection.data.figures.SummaryFigures}', the conclusions {@link
 * org.sendinspection.rules.Derivation}'s and the timeline {@link
 * org.sendinspection.examples.timeline.TimelineSvg}'s: this package lays them out, through Mustache
 * templates that escape every value, and adds nothing of its own to what they say.
 */
package org.sendinspection.examples.report;
