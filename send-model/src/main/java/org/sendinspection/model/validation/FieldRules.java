package org.sendinspection.model.validation;

import java.util.regex.Pattern;

/**
 * The shapes of text the model's fields take, shared by the construction checks so that each is
 * stated once. The Bean Validation annotations on the accessors state the same shapes for those who
 * run a validator of their own.
 */
final class FieldRules {

  /** An identifier within a record, such as {@code ehc-plan-timeliness}. */
  static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** An ONS local authority code, such as {@code E10000012}. */
  static final Pattern AREA_CODE = Pattern.compile("E[0-9]{8}");

  /** A written statement of action's code for one action, such as {@code JC8}. */
  static final Pattern ACTION_CODE = Pattern.compile("[A-Z]+[0-9]+");

  private FieldRules() {}

  /**
   * Whether a text says nothing: it holds no {@linkplain VisibleText visible character}. Text that
   * {@link String#isBlank()} or Bean Validation ({@code trim()}) calls blank is blank here too.
   *
   * @param text the text; null counts as blank
   * @return true if blank
   */
  static boolean isBlank(String text) {
    return !VisibleText.in(text);
  }
}
