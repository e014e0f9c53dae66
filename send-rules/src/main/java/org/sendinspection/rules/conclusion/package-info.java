/**
 * What the rules conclude from an area record: each {@link org.sendinspection.rules.conclusion.Conclusion}
 * with its kind, the dates it concerns, the recorded facts it rests on, a reason a parent could read and
 * the source of the rule; and {@link org.sendinspection.rules.conclusion.ConclusionReport}, their plain
 * text rendering.
 *
 * <p>All value types are immutable and thread-safe; treat them as values.
 */
package org.sendinspection.rules.conclusion;
