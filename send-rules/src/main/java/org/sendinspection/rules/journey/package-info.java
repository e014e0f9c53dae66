/**
 * An area's journey through the framework: the {@link org.sendinspection.rules.journey.JourneyState
 * states} it can be in, the {@link org.sendinspection.rules.journey.JourneyStateMachine} of allowed
 * transitions, and a {@link org.sendinspection.rules.journey.Journey}: the steps one inspection's
 * recorded facts took it through.
 *
 * <p>Most transitions are recorded facts (a report, a submission, an evaluation, a revisit); three are
 * the passing of time (a deadline, the end of the revisit programme), and say so.
 */
package org.sendinspection.rules.journey;
