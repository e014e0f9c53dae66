/**
 * Seeded, reproducible generators of valid area records, and a small property runner that replays and
 * shrinks failures: public API, so that users of the library can test their own code with them.
 *
 * <p>Why not a property-testing library: jqwik, the usual choice on JUnit, is in maintenance mode with
 * no line for JUnit 6 and, from 1.10, carries a usage clause restricting who may use it; a library whose
 * tests every contributor must be able to run cannot depend on that. The generators here draw every
 * choice from {@link org.sendinspection.model.generate.Draws}; recording those choices gives replay
 * from a seed and shrinking for free (delete and lower recorded choices, regenerate), with no
 * per-type shrinking code.
 */
package org.sendinspection.model.generate;
