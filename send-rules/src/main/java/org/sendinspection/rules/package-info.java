/**
 * What follows from an area record under the SEND inspection frameworks, and why.
 *
 * <p>{@link org.sendinspection.rules.Derivation#of Derivation.of(record, asOf, settings)} applies every
 * rule of the {@link org.sendinspection.rules.RuleRegistry} to each inspection of the record and
 * returns the conclusions, the area's journey through the framework and summary numbers. It is a pure
 * function: rules never change the record and never read the clock; the as-of date is an argument,
 * and facts the record dates after it are treated as not yet having happened. The periods, the
 * working-day calendar and the policy for disputed dates are {@link org.sendinspection.rules.RuleSettings}.
 *
 * <p>Sub-packages: {@code conclusion} (what a rule concludes and its rendering), {@code calendar}
 * (working days), {@code journey} (the state machines of an area's journey under both frameworks),
 * {@code rules2016} and {@code rules2023} (the rules of each framework, one class each).
 */
package org.sendinspection.rules;
