package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.examples.TestRecords;
import org.sendinspection.model.json.AreaRecordCodec;

class ValidateCommandTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void validFiles_exitZeroAndAreListed() throws IOException {
    Path a = write("a.json", AreaRecordCodec.strict().write(TestRecords.detailed()));
    Path b = write("b.json", AreaRecordCodec.strict().write(TestRecords.countsOnly()));
    Cli.Run run = Cli.run("validate", a.toString(), b.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains(a + ": valid"));
    assertTrue(run.out().contains("2 of 2 files valid; 0 problems found"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void directory_standsForEveryJsonFileInIt() throws IOException {
    write("a.json", AreaRecordCodec.strict().write(TestRecords.detailed()));
    write("notes.txt", "not a record");
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("1 of 1 files valid"), run.out());
  }

  @Test
  void everyProblemOfEveryFile_isReported_andValidFilesStillPass() throws IOException {
    String good = AreaRecordCodec.strict().write(TestRecords.detailed());
    Path malformed = write("malformed.json", "{ \"schemaVersion\": 1, ");
    // Breaks two invariants at once: the revisit names a weakness the inspection did not find, which
    // also leaves the inspection's ehc-plans weakness without an outcome.
    Path broken = write("broken.json", good.replace("\"weakness\" : \"ehc-plans\"", "\"weakness\" : \"local-offer\""));
    Path valid = write("valid.json", good);
    Path missing = dir.resolve("missing.json");
    Cli.Run run = Cli.run("validate", malformed.toString(), broken.toString(), missing.toString(), valid.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(malformed + ": $: not well-formed JSON"), run.err());
    assertTrue(run.err().contains(broken + ": inspections[0].revisit.outcomes[1].weakness: outcome for 'local-offer'"),
        run.err());
    assertTrue(run.err().contains("[revisit-outcome-for-found-weakness]"), run.err());
    assertTrue(run.err().contains(broken + ": inspections[0].revisit.outcomes: significant weakness 'ehc-plans' "
        + "has no revisit outcome [revisit-outcome-for-every-weakness]"), run.err());
    assertTrue(run.err().contains(missing + ": $: no such file or directory [missing-file]"), run.err());
    assertTrue(run.out().contains(valid + ": valid"), run.out());
    assertTrue(run.out().contains("1 of 3 files valid; 4 problems found"), run.out());
  }

  @Test
  void fieldConstraint_namesPathAndRule() throws IOException {
    Path file = write("code.json", AreaRecordCodec.strict().write(TestRecords.countsOnly())
        .replace("E06000902", "X1"));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(file + ": area.code: must be an ONS local authority code"), run.err());
    assertTrue(run.err().contains("[Pattern]"), run.err());
  }

  @Test
  void unknownProperty_isReportedWithTheKnownOnes() throws IOException {
    Path file = write("extra.json", AreaRecordCodec.strict().write(TestRecords.countsOnly())
        .replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : 1, \"grade\" : \"good\","));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("property 'grade' is not part of the format"), run.err());
    assertTrue(run.err().contains("[unknown-property]"), run.err());
  }

  @Test
  void emptyDirectory_isInvalidInput() {
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("the directory holds no *.json file [missing-file]"), run.err());
  }
}
