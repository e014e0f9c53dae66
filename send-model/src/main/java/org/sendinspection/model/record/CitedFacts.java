package org.sendinspection.model.record;

import java.util.Map;
import org.sendinspection.model.provenance.Citation;

/**
 * A part of a record that lists its own citations, so that inspections under frameworks added later
 * take part in the check that every citation names a listed source.
 */
public interface CitedFacts {

  /** Every citation within this object, keyed by its path relative to the object. */
  Map<String, Citation> citations();
}
