/**
 * What follows from a SEND local area inspection record on a given day, under the 2016 framework and
 * the 2023 area SEND framework: each conclusion with its certainty, the facts it rests on, the facts it
 * would need, a reason a parent could read and the published source of the rule.
 *
 * <p>The API: {@code Derivation} (what follows from a record on a day), {@code RuleRegistry}, {@code
 * RuleIds} (the stable identifier of every rule, by which callers select conclusions), {@code
 * InspectionSummary}, {@code RuleSettings} and {@code Frameworks}, with the packages {@code calendar},
 * {@code conclusion} and {@code journey}. Not exported: {@code rules2016} and {@code rules2023}, one
 * class per rule of each framework, found through {@code Frameworks} and {@code RuleRegistry}; and
 * {@code internal}, what the frameworks' rules share. The rules' classes may change in any release; their
 * identifiers do not.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.sendinspection.rules {
  requires transitive org.sendinspection.model;
  requires static transitive org.immutables.value;

  exports org.sendinspection.rules;
  exports org.sendinspection.rules.calendar;
  exports org.sendinspection.rules.conclusion;
  exports org.sendinspection.rules.journey;
}
