package org.sendinspection.model.generate;

/**
 * How far along the 2016 framework's journey a generated area has come, from the simplest shape to
 * the most complete. Each generated record has one inspection unless {@link #NOT_INSPECTED}.
 */
public enum Shape {
  /** No inspection recorded yet. */
  NOT_INSPECTED,
  /** Inspected; no significant weakness, so no written statement of action. */
  NO_WEAKNESSES,
  /** Significant weaknesses found and a statement required; none submitted yet. */
  STATEMENT_REQUIRED,
  /** A statement submitted and not yet evaluated. */
  STATEMENT_SUBMITTED,
  /** A statement judged not fit for purpose and not yet resubmitted. */
  STATEMENT_NOT_FIT,
  /** A statement judged not fit for purpose, resubmitted and then declared fit; no revisit yet. */
  NOT_FIT_THEN_FIT,
  /** A statement declared fit for purpose at once; no revisit yet. */
  AWAITING_REVISIT,
  /** Revisited: sufficient progress on every weakness. */
  REVISIT_ALL_SUFFICIENT,
  /** Revisited: sufficient progress on some weaknesses but not all (at least two weaknesses). */
  REVISIT_SOME_SUFFICIENT,
  /** Revisited: sufficient progress on none. */
  REVISIT_NONE_SUFFICIENT;

  /** Whether records of this shape have a revisit. */
  public boolean isRevisited() {
    return ordinal() >= REVISIT_ALL_SUFFICIENT.ordinal();
  }

  /** Whether records of this shape have significant weaknesses. */
  public boolean hasWeaknesses() {
    return ordinal() >= STATEMENT_REQUIRED.ordinal();
  }
}
