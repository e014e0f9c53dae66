/**
 * The rules every record keeps, each with a stable identifier: the invariants that tie facts together
 * and the shape of each field (codes, identifiers, text that is not blank, counts that are not
 * negative), all checked as each value is built, so that a built value is always valid.
 */
package org.sendinspection.model.validation;
