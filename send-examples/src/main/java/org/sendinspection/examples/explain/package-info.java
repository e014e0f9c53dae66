/**
 * What {@code send explain} says of one area record on a day, as text or as a documented JSON format.
 */
package org.sendinspection.examples.explain;
