/**
 * An area record as a sequence of dated steps, the policy for reading it on a given day, and its
 * picture as an SVG timeline.
 *
 * <p>{@link org.sendinspection.examples.timeline.RecordTimeline} lists the steps;
 * {@link org.sendinspection.examples.timeline.AsOf} decides which had happened by a day, placing a date
 * the sources disagree on where the rules' claim policy places it; {@link org.sendinspection.examples.timeline.TimelineSvg} draws the record.
 */
package org.sendinspection.examples.timeline;
