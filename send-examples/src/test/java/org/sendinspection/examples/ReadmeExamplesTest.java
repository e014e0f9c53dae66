package org.sendinspection.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.provenance.Citation;
import org.sendinspection.model.provenance.DatedFact;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.revisit.Progress;
import org.sendinspection.model.revisit.Revisit;
import org.sendinspection.model.revisit.WeaknessOutcome;
import org.sendinspection.model.area.LocalArea;
import org.sendinspection.model.area.OfstedRegion;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.DisputedDatePolicy;
import org.sendinspection.rules.RuleRegistry;
import org.sendinspection.rules.RuleSettings;
import org.sendinspection.rules.conclusion.ConclusionKind;

/** The README's code, as written there, does what the README says. */
class ReadmeExamplesTest {

  @Test
  void reading_a_record_and_deriving_its_conclusions(@TempDir Path dir) throws Exception {
    Path essex = dir.resolve("essex.json");
    Files.writeString(essex, ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE));

    AreaRecord record = AreaRecordCodec.strict().read(essex);
    Derivation derivation = Derivation.of(record, LocalDate.of(2022, 8, 31));
    String report = derivation.report();
    List<String> reasons = derivation.conclusions(ConclusionKind.QUARTERLY_VISITS_CEASED).stream()
        .map(c -> c.getReason()).toList();
    String rules = RuleRegistry.standard().describe();
    Derivation latest = Derivation.of(record, LocalDate.of(2022, 8, 31),
        RuleSettings.defaults().withDisputedDatePolicy(DisputedDatePolicy.LATEST));

    assertEquals(ExampleRecords.essex(), record);
    assertTrue(report.contains("QUARTERLY_VISITS_CEASED"), report);
    assertEquals(1, reasons.size());
    assertTrue(reasons.get(0).contains("sufficient progress"), reasons.get(0));
    assertTrue(rules.contains("2016.quarterly-visits"), rules);
    assertTrue(latest.report().contains("the latest"), latest.report());
  }

  @Test
  void building_a_revisit_and_validating_a_record() {
    Revisit revisit = Revisit.builder()
        .onSiteStart(DatedFact.of(LocalDate.of(2021, 5, 5), Citation.of("revisit-letter", "Between 5 and 7 May 2021")))
        .addOutcomes(WeaknessOutcome.of("local-offer", Progress.SUFFICIENT))
        .build();
    InvariantViolationException refused = org.junit.jupiter.api.Assertions.assertThrows(
        InvariantViolationException.class, () -> LocalArea.builder().code("not-a-code").name(" ")
            .region(OfstedRegion.EAST_OF_ENGLAND).build());

    assertEquals(1, revisit.sufficientCount());
    assertEquals(List.of("code area-code-format", "name text-not-blank"),
        refused.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
  }
}
