/**
 * Where facts come from: source documents, citations, and dated facts that keep every source's claim,
 * so that where sources disagree the record shows it instead of picking one.
 */
package org.sendinspection.model.provenance;
