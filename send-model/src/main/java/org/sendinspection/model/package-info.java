/**
 * The record of a local area's SEND inspections: what was found, what was required, what was done and
 * what a revisit decided, with the source of every dated fact.
 *
 * <p>The model says what was recorded; what follows from it under the framework is derived by the
 * {@code send-rules} module. Sub-packages by concept: {@code area} (the local area and its partners),
 * {@code provenance} (sources and dated claims), {@code inspection} (inspections and their findings),
 * {@code wsoa} (written statements of action), {@code revisit} (revisits and per-weakness outcomes),
 * {@code record} (the area record that tools exchange), {@code json} (its wire format),
 * {@code validation} (invariants and constraint checks) and {@code generate} (seeded generators and a
 * property runner for tests).
 *
 * <p>All value types are immutable and thread-safe; treat them as values.
 */
package org.sendinspection.model;
