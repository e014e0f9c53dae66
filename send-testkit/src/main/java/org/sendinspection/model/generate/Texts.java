package org.sendinspection.model.generate;

/**
 * Sentences for generated findings: grammatical, plainly synthetic, and shorter the smaller the draws.
 */
final class Texts {
  private static final String[] SUBJECTS = {
    "Leaders", "Partners", "Area leaders", "Health commissioners", "The local authority", "Schools"};
  private static final String[] VERBS = {
    "do not check", "have not agreed", "are slow to improve", "do not share", "have strengthened",
    "review"};
  private static final String[] OBJECTS = {
    "the quality of plans", "waiting times for assessments", "joint commissioning",
    "the local offer", "the identification of needs", "transition to adulthood", "annual reviews",
    "the views of families"};
  private static final String[] TAILS = {
    "across the area", "for children and young people with SEND", "in every locality",
    "with enough urgency", "in all settings", "over time"};

  private Texts() {}

  /** A sentence of one to four clauses; the simplest is three words and a full stop. */
  static String sentence(Draws draws) {
    StringBuilder text = new StringBuilder(draws.oneOf(java.util.List.of(SUBJECTS)))
        .append(' ').append(draws.oneOf(java.util.List.of(VERBS)))
        .append(' ').append(draws.oneOf(java.util.List.of(OBJECTS)));
    int tails = draws.between(0, 3);
    for (int i = 0; i < tails; i++) {
      text.append(' ').append(draws.oneOf(java.util.List.of(TAILS)));
    }
    return text.append('.').toString();
  }
}
