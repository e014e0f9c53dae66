/**
 * What follows from a SEND local area inspection record on a given day, under the 2016 framework and
 * the 2023 area SEND framework: each conclusion with its certainty, the facts it rests on, the facts it
 * would need, a reason a parent could read and the published source of the rule.
 *
 * <p>{@code org.sendinspection.rules.internal} holds what the frameworks' rules share and is not
 * exported.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.sendinspection.rules {
  requires transitive org.sendinspection.model;
  requires static transitive org.immutables.value;

  exports org.sendinspection.rules;
  exports org.sendinspection.rules.calendar;
  exports org.sendinspection.rules.conclusion;
  exports org.sendinspection.rules.journey;
  exports org.sendinspection.rules.rules2016;
  exports org.sendinspection.rules.rules2023;
}
