package org.sendinspection.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ProgrammesTest {

  private static String output(Consumer<PrintStream> programme) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      programme.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void essex_everyWeaknessSufficient_visitsCease_disputedPublicationShown() {
    String out = output(EssexExample::run);
    assertTrue(out.startsWith("Essex (E10000012), inspected from 2019-09-30\n"), out);
    assertEquals(3, out.split("-> sufficient-progress", -1).length - 1, out);
    assertTrue(out.contains("report published: the sources disagree\n"), out);
    assertTrue(out.contains("  2019-11-17 according to ofsted-essex-revisit-2022\n"), out);
    assertTrue(out.contains("sufficient progress on all weaknesses? Yes\n"), out);
    assertTrue(out.contains("journey on 2022-07-01: quarterly monitoring ceased\n"), out);
    assertTrue(out.contains("cease on 30 June 2022"), out);
  }

  @Test
  void southendOnSea_threeOfFour_nextStepsWithDfe() {
    String out = output(SouthendOnSeaExample::run);
    assertTrue(out.startsWith("Southend-on-Sea (E06000033): 3 of 4 weaknesses with sufficient progress at the "
        + "revisit of 2021-05-05\n"), out);
    assertEquals(1, out.split("NOT sufficient", -1).length - 1, out);
    assertTrue(out.contains("sufficient progress on all weaknesses? Some\n"), out);
    assertTrue(out.contains("partners on 2022-07-01: Southend-on-Sea City Council, Mid and South Essex Integrated "
        + "Care Board\n"), out);
    assertTrue(out.contains("NEXT_STEPS_WITH_DFE_AND_NHSE: "), out);
    assertTrue(out.contains("NO_FURTHER_REVISIT_UNLESS_DIRECTED: "), out);
  }

  @Test
  void nationalSummary_over150SyntheticAreas_isReproducible() {
    String out = output(NationalSummaryExample::run);
    assertTrue(out.matches("(?s).*areas in the records +150\\R.*"), out);
    assertTrue(out.contains("Of the "), out);
    assertTrue(out.matches("(?s).*\\d+ of \\d+ areas inspected in the East of England required a written "
        + "statement of action\\.\\R"), out);
    assertEquals(out, output(NationalSummaryExample::run));
  }
}
