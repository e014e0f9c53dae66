package org.sendinspection.rules.conclusion;

/**
 * What kind of authority a rule's source is, so that a reader can weigh it: legislation binds, a
 * letter states what the inspectorates did in one case, an assumption is the library's own.
 */
public enum SourceKind {
  /** An Act of Parliament or a statutory instrument. */
  LEGISLATION,
  /** The inspection framework or its handbook, or other official guidance of Ofsted, CQC or DfE. */
  OFFICIAL_GUIDANCE,
  /** A minister's answer to a parliamentary question. */
  PARLIAMENTARY_ANSWER,
  /** Ofsted's official statistics and their guidance notes. */
  OFFICIAL_STATISTICS,
  /** A letter from Ofsted and CQC to an area: an inspection, evaluation or revisit letter. */
  INSPECTION_LETTER,
  /** A paper of a local authority or health body. */
  COUNCIL_PAPER,
  /** A council, NHS body, charity or press page quoting or paraphrasing an official source. */
  SECONDARY,
  /** A published table of public holidays. */
  PUBLIC_HOLIDAY_TABLE,
  /**
   * No public source was found: the library models the point as its documentation says, and the
   * conclusion's reason says that it is unverified.
   */
  UNVERIFIED
}
