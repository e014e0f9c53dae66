package org.sendinspection.rules.conclusion;

/**
 * What a date is to a conclusion: the day a statement is due by, the day visits ceased, the first day
 * of a window.
 *
 * <p>Callers find a conclusion's dates by role ({@link Conclusion#date(DateRole)}), never by the words;
 * the words are rendered from the role here alone, so that rewording changes no caller.
 */
public enum DateRole {
  /** The day something became required, such as the written statement of action. */
  REQUIRED_FROM("required from"),
  /** The day the inspection's findings were reported. */
  REPORTED_ON("reported on"),
  /** The day a deadline falls. */
  DUE_BY("due by"),
  /** The day a usual timescale falls, such as the revisit's. */
  USUALLY_DUE_BY("usually due by"),
  /** The day the statement was submitted. */
  SUBMITTED_ON("submitted on"),
  /** The latest day the statement can have been submitted, where the record gives only a bound. */
  SUBMITTED_BY("submitted by"),
  /** The day the statement was declared fit for purpose. */
  FIT_FOR_PURPOSE_ON("fit for purpose on"),
  /** The day the statement was declared not fit for purpose. */
  NOT_FIT_FOR_PURPOSE_ON("not fit for purpose on"),
  /** The day a requirement came into force, such as quarterly visits. */
  IN_FORCE_FROM("in force from"),
  /** The day a revisit's outcome became known. */
  REVISIT_OUTCOME_ON("revisit outcome on"),
  /** The day quarterly visits ceased. */
  CEASED_ON("ceased on"),
  /** The latest day by which a progress review is to take place. */
  REVIEW_WITHIN("review within"),
  /** The day the 2016 programme of revisits ended. */
  PROGRAMME_ENDED("programme ended"),
  /** The day the 2016 framework's obligations were superseded by a later inspection. */
  SUPERSEDED_ON("superseded on"),
  /** The day a journey was closed by a later inspection. */
  CLOSED_ON("closed on"),
  /** The day by which a journey had been closed, at the latest, where the day itself is not recorded. */
  CLOSED_BY("closed by"),
  /** The day a strategic plan update was requested. */
  REQUESTED_ON("requested on"),
  /** The day a window is counted from. */
  COUNTED_FROM("counted from"),
  /** The first day of a window. */
  WINDOW_OPENS("window opens"),
  /** The usual date within a window. */
  ABOUT("about"),
  /** The last day of a window still to close. */
  WINDOW_CLOSES("window closes"),
  /** The last day of a window that has closed. */
  WINDOW_CLOSED("window closed"),
  /** The day an awaited inspection began. */
  BEGAN_ON("began on"),
  /** The day a state was reached. */
  SINCE("since"),
  /** The day derived as of. */
  AS_OF("as of");

  private final String words;

  DateRole(String words) {
    this.words = words;
  }

  /** The role in the words a reason and a report use, such as {@code due by}. */
  public String words() {
    return words;
  }
}
