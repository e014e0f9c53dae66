/**
 * An area's journey through both frameworks: the {@link org.sendinspection.rules.journey.JourneyState
 * states} it can be in, the {@link org.sendinspection.rules.journey.JourneyStateMachine} of allowed
 * transitions (one for the 2016 framework, one for the 2023 framework), and a {@link
 * org.sendinspection.rules.journey.Journey}: the steps one inspection's recorded facts took it through,
 * until the area's next full inspection closes it.
 *
 * <p>Most transitions are recorded facts (a report, a submission, an evaluation, a revisit, an
 * inspection's outcome, a monitoring inspection, a later inspection); the others are the passing of
 * time (a deadline, the end of the revisit programme, a window opening or closing), and say so.
 */
package org.sendinspection.rules.journey;
