/**
 * The rules every record keeps: invariants checked at construction, each with a stable identifier,
 * and the field constraints checked by {@link org.sendinspection.model.validation.RecordValidator}.
 */
package org.sendinspection.model.validation;
