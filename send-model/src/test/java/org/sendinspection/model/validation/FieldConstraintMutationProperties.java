package org.sendinspection.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendinspection.model.area.ImmutableLocalArea;
import org.sendinspection.model.area.ImmutablePartner;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.areasend.ImmutableAreaForPriorityAction;
import org.sendinspection.model.inspection.ImmutableAreaSendInspection;
import org.sendinspection.model.generate.AreaRecordGenerator;
import org.sendinspection.model.generate.Detail;
import org.sendinspection.model.generate.Draws;
import org.sendinspection.model.generate.Gen;
import org.sendinspection.model.generate.PropertyCheck;
import org.sendinspection.model.inspection.ImmutableFinding;
import org.sendinspection.model.inspection.ImmutableLocalAreaSendInspection;
import org.sendinspection.model.inspection.ImmutableSignificantWeakness;
import org.sendinspection.model.inspection.Inspector;
import org.sendinspection.model.inspection.Inspectorate;
import org.sendinspection.model.inspection.LocalAreaSendInspection;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.ImmutableSourceDocument;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.ImmutableProgressCounts;
import org.sendinspection.model.revisit.ImmutableWeaknessOutcome;
import org.sendinspection.model.wsoa.ImmutableCodedAction;

/**
 * A property: every mutation of a valid generated record that breaks a field constraint fails at
 * {@code build()}, naming the constraint and the field. So no value of the model, and therefore no
 * {@code AreaRecord}, can hold a malformed code or identifier, blank text or a negative count.
 *
 * <p>Each try generates a record of either framework, picks one of the constrained fields the record
 * has, draws a value that breaks that field's constraint, and builds the value holding the field with it.
 */
class FieldConstraintMutationProperties {

  private static final AreaRecordGenerator RECORDS = AreaRecordGenerator.any()
      .withDetail(Detail.values()).withAreaSendInspections(50);

  /** One broken value: what was changed, the rule it breaks, the field's path and the build that must fail. */
  record Trial(String name, Invariant rule, String path, Supplier<Object> build) {
    @Override
    public String toString() {
      return name + " (" + rule.id() + " at " + path + ")";
    }
  }

  /** A way to break one constrained field of a record, where the record has that field. */
  private record Mutation(String name, Invariant rule, String path,
      Function<AreaRecord, Boolean> applies, BrokenBuild build) {}

  @FunctionalInterface
  private interface BrokenBuild {
    Object build(AreaRecord record, Draws draws);
  }

  // Values that break each kind of constraint, drawn so that shrinking tends to the shortest.

  private static String blank(Draws draws) {
    return draws.oneOf(List.of("", " ", "\t", "  ", "\n", " \t \r\n ", "\u2003", "\u3000"));
  }

  private static String anyText(Draws draws, String alphabet, int min, int max) {
    int length = draws.between(min, max);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(draws.between(0, alphabet.length() - 1)));
    }
    return text.toString();
  }

  private static String digits(Draws draws, int count) {
    return anyText(draws, "0123456789", count, count);
  }

  /** Text, not blank, that is not an ONS code. */
  private static String notAnAreaCode(Draws draws) {
    switch (draws.between(0, 4)) {
      case 0:
        return draws.oneOf(List.of("W", "S", "N", "e", "X")) + digits(draws, 8);
      case 1:
        return "E" + digits(draws, draws.oneOf(List.of(0, 1, 7, 9, 12)));
      case 2:
        return "E" + digits(draws, 4) + draws.oneOf(List.of("A", "-", " ", "x")) + digits(draws, 3);
      case 3:
        return " E" + digits(draws, 8);
      default:
        return anyText(draws, "abcxyz-_ .", 1, 12).replace(" ", "") + "!";
    }
  }

  /** Text, not blank, that is not an identifier. */
  private static String notAnIdentifier(Draws draws) {
    String good = anyText(draws, "abcdefghijklmnopqrstuvwxyz0123456789-", 0, 10);
    switch (draws.between(0, 3)) {
      case 0:
        return "-" + good;
      case 1:
        return draws.oneOf(List.of("A", "Z", "M")) + good;
      case 2:
        return "a" + good + draws.oneOf(List.of(" ", "_", ".", "/", "É", "B")) + good;
      default:
        return "a" + good + " ";
    }
  }

  /** Text, not blank, that is not an action code. */
  private static String notAnActionCode(Draws draws) {
    String letters = anyText(draws, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 4);
    switch (draws.between(0, 3)) {
      case 0:
        return letters.toLowerCase(java.util.Locale.ROOT) + digits(draws, draws.between(1, 3));
      case 1:
        return letters;
      case 2:
        return digits(draws, draws.between(1, 3)) + letters;
      default:
        return letters + "-" + digits(draws, draws.between(1, 3));
    }
  }

  private static int negative(Draws draws) {
    return -draws.between(1, 1000);
  }

  private static LocalAreaSendInspection first2016(AreaRecord record) {
    return (LocalAreaSendInspection) record.getInspections().stream()
        .filter(i -> i instanceof LocalAreaSendInspection).findFirst().orElseThrow();
  }

  private static boolean has2016(AreaRecord record) {
    return record.getInspections().stream().anyMatch(i -> i instanceof LocalAreaSendInspection);
  }

  private static AreaSendInspection first2023(AreaRecord record) {
    return (AreaSendInspection) record.getInspections().stream()
        .filter(i -> i instanceof AreaSendInspection).findFirst().orElseThrow();
  }

  private static boolean has2023(AreaRecord record) {
    return record.getInspections().stream().anyMatch(i -> i instanceof AreaSendInspection);
  }

  private static List<Mutation> mutations() {
    List<Mutation> all = new ArrayList<>();
    all.add(new Mutation("area code", Invariant.AREA_CODE_FORMAT, "code", r -> true,
        (r, d) -> ImmutableLocalArea.copyOf(r.getArea()).withCode(notAnAreaCode(d))));
    all.add(new Mutation("blank area code", Invariant.TEXT_NOT_BLANK, "code", r -> true,
        (r, d) -> ImmutableLocalArea.copyOf(r.getArea()).withCode(blank(d))));
    all.add(new Mutation("area name", Invariant.TEXT_NOT_BLANK, "name", r -> true,
        (r, d) -> ImmutableLocalArea.copyOf(r.getArea()).withName(blank(d))));
    all.add(new Mutation("partner name", Invariant.TEXT_NOT_BLANK, "name", r -> !r.getArea().getPartners().isEmpty(),
        (r, d) -> ImmutablePartner.copyOf(d.oneOf(r.getArea().getPartners())).withName(blank(d))));
    all.add(new Mutation("source id", Invariant.IDENTIFIER_FORMAT, "id", r -> !r.getSources().isEmpty(),
        (r, d) -> ImmutableSourceDocument.copyOf(d.oneOf(r.getSources())).withId(notAnIdentifier(d))));
    all.add(new Mutation("source title", Invariant.TEXT_NOT_BLANK, "title", r -> !r.getSources().isEmpty(),
        (r, d) -> ImmutableSourceDocument.copyOf(d.oneOf(r.getSources())).withTitle(blank(d))));
    all.add(new Mutation("citation source", Invariant.TEXT_NOT_BLANK, "source", r -> true,
        (r, d) -> Citation.builder().source(blank(d)).build()));
    all.add(new Mutation("2016 inspection id", Invariant.IDENTIFIER_FORMAT, "id",
        FieldConstraintMutationProperties::has2016,
        (r, d) -> ImmutableLocalAreaSendInspection.copyOf(first2016(r)).withId(notAnIdentifier(d))));
    all.add(new Mutation("weakness count", Invariant.COUNT_NOT_NEGATIVE, "significantWeaknessCount",
        r -> has2016(r) && first2016(r).getSignificantWeaknessCount().isPresent(),
        (r, d) -> ImmutableLocalAreaSendInspection.copyOf(first2016(r)).withSignificantWeaknessCount(negative(d))));
    all.add(new Mutation("weakness id", Invariant.IDENTIFIER_FORMAT, "id",
        r -> has2016(r) && !first2016(r).getSignificantWeaknesses().isEmpty(),
        (r, d) -> ImmutableSignificantWeakness.copyOf(d.oneOf(first2016(r).getSignificantWeaknesses()))
            .withId(notAnIdentifier(d))));
    all.add(new Mutation("weakness statement", Invariant.TEXT_NOT_BLANK, "statement",
        r -> has2016(r) && !first2016(r).getSignificantWeaknesses().isEmpty(),
        (r, d) -> ImmutableSignificantWeakness.copyOf(d.oneOf(first2016(r).getSignificantWeaknesses()))
            .withStatement(blank(d))));
    all.add(new Mutation("weakness sub-point", Invariant.TEXT_NOT_BLANK, "subPoints[0]",
        r -> has2016(r) && !first2016(r).getSignificantWeaknesses().isEmpty(),
        (r, d) -> ImmutableSignificantWeakness.copyOf(d.oneOf(first2016(r).getSignificantWeaknesses()))
            .withSubPoints(blank(d))));
    all.add(new Mutation("action code", Invariant.ACTION_CODE_FORMAT, "code",
        r -> has2016(r) && first2016(r).getWrittenStatement().map(w -> !w.getActions().isEmpty()).orElse(false),
        (r, d) -> ImmutableCodedAction.copyOf(d.oneOf(first2016(r).getWrittenStatement().orElseThrow().getActions()))
            .withCode(notAnActionCode(d))));
    all.add(new Mutation("revisit count", Invariant.COUNT_NOT_NEGATIVE, "notSufficient",
        r -> has2016(r) && first2016(r).getRevisit().flatMap(v -> v.getOutcomeCounts()).isPresent(),
        (r, d) -> ImmutableProgressCounts.copyOf(first2016(r).getRevisit().orElseThrow().getOutcomeCounts()
            .orElseThrow()).withNotSufficient(negative(d))));
    all.add(new Mutation("revisit outcome weakness", Invariant.TEXT_NOT_BLANK, "weakness",
        r -> has2016(r) && first2016(r).getRevisit().map(v -> !v.getOutcomes().isEmpty()).orElse(false),
        (r, d) -> ImmutableWeaknessOutcome.copyOf(d.oneOf(first2016(r).getRevisit().orElseThrow().getOutcomes()))
            .withWeakness(blank(d))));
    // The generators give no inspectors: the inspector is made here.
    all.add(new Mutation("inspector role", Invariant.TEXT_NOT_BLANK, "role", r -> true,
        (r, d) -> Inspector.of("A. Inspector", d.oneOf(List.of(Inspectorate.values())), blank(d))));
    all.add(new Mutation("2023 inspection id", Invariant.IDENTIFIER_FORMAT, "id",
        FieldConstraintMutationProperties::has2023,
        (r, d) -> ImmutableAreaSendInspection.copyOf(first2023(r)).withId(notAnIdentifier(d))));
    all.add(new Mutation("partnership member", Invariant.TEXT_NOT_BLANK, "partnership[0]",
        FieldConstraintMutationProperties::has2023,
        (r, d) -> ImmutableAreaSendInspection.copyOf(first2023(r)).withPartnership(blank(d))));
    all.add(new Mutation("area for priority action id", Invariant.IDENTIFIER_FORMAT, "id",
        r -> has2023(r) && !first2023(r).getAreasForPriorityAction().isEmpty(),
        (r, d) -> ImmutableAreaForPriorityAction.copyOf(d.oneOf(first2023(r).getAreasForPriorityAction()))
            .withId(notAnIdentifier(d))));
    all.add(new Mutation("responsible body", Invariant.TEXT_NOT_BLANK, "responsibleBodies[0]",
        r -> has2023(r) && !first2023(r).getAreasForPriorityAction().isEmpty(),
        (r, d) -> ImmutableAreaForPriorityAction.copyOf(d.oneOf(first2023(r).getAreasForPriorityAction()))
            .withResponsibleBodies(blank(d))));
    all.add(new Mutation("area for improvement", Invariant.TEXT_NOT_BLANK, "statement",
        r -> has2023(r) && !first2023(r).getAreasForImprovement().isEmpty(),
        (r, d) -> ImmutableFinding.copyOf(d.oneOf(first2023(r).getAreasForImprovement())).withStatement(blank(d))));
    all.add(new Mutation("areas for priority action count", Invariant.COUNT_NOT_NEGATIVE,
        "areasForPriorityActionCount", FieldConstraintMutationProperties::has2023,
        // The generators give the areas in detail only: the count replaces them here.
        (r, d) -> AreaSendInspection.builder().from(first2023(r)).areasForPriorityAction(List.of())
            .areasForPriorityActionCount(negative(d)).build()));
    return all;
  }

  private static final List<Mutation> MUTATIONS = mutations();

  /** A valid record, then one constrained field it has, broken. */
  private static final Gen<Trial> TRIALS = draws -> {
    AreaRecord record = RECORDS.generate(draws);
    List<Mutation> applicable = MUTATIONS.stream().filter(m -> m.applies().apply(record))
        .collect(Collectors.toList());
    Mutation mutation = draws.oneOf(applicable);
    // The broken value is drawn and the build tried now, while the draws are at hand; the trial replays it.
    Object[] built = new Object[1];
    RuntimeException[] refused = new RuntimeException[1];
    try {
      built[0] = mutation.build().build(record, draws);
    } catch (RuntimeException e) {
      refused[0] = e;
    }
    return new Trial(mutation.name(), mutation.rule(), mutation.path(), () -> {
      if (refused[0] != null) {
        throw refused[0];
      }
      return built[0];
    });
  };

  @Test
  void every_mutation_that_breaks_a_field_constraint_fails_at_build() {
    PropertyCheck.forAll(TRIALS).tries(500).describedBy(Trial::toString).check(trial -> {
      InvariantViolationException e = assertThrows(InvariantViolationException.class, trial.build()::get,
          trial + " was built");
      List<String> found = e.violations().stream().map(v -> v.path() + " " + v.rule()).collect(Collectors.toList());
      if (!found.contains(trial.path() + " " + trial.rule().id())) {
        fail(trial + ": expected " + trial.path() + " " + trial.rule().id() + "; found " + found);
      }
    });
  }

  @Test
  void the_trials_reach_every_kind_of_mutation() {
    Set<String> reached = new TreeSet<>();
    for (long seed = 0; seed < 2000 && reached.size() < MUTATIONS.size(); seed++) {
      reached.add(TRIALS.generate(seed).name());
    }
    assertEquals(MUTATIONS.stream().map(Mutation::name).collect(Collectors.toCollection(TreeSet::new)), reached);
  }
}
