package org.sendinspection.rules.conclusion;

/**
 * How firmly a record settles a conclusion.
 *
 * <p>A rule says only what the record shows: where a fact is not recorded, a conclusion that depends
 * on it is {@link #NOT_DETERMINABLE} and names the missing fact; where the record gives only a limit
 * (a submission known by its evaluation on 6 April 2020 was made by then), the conclusion is
 * {@link #BOUNDED} and its reason says "at the latest" or "at the earliest".
 */
public enum Certainty {
  /** Follows from facts the record states. */
  ESTABLISHED,
  /** Follows from limits the record states, and says so. */
  BOUNDED,
  /** The record lacks a fact it needs; the conclusion names it. */
  NOT_DETERMINABLE
}
