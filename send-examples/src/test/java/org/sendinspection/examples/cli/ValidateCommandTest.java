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
  void fieldConstraint_namesPathRuleAndWhatWasFound() throws IOException {
    Path file = write("code.json", AreaRecordCodec.strict().write(TestRecords.countsOnly())
        .replace("E06000902", "X1"));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(file + ": area.code: instance value did not match pattern ^E[0-9]{8}$; "
        + "found \"X1\" [schema:pattern]"), run.err());
    assertTrue(run.out().contains("1 problem found"), run.out());
  }

  @Test
  void unknownProperty_isReported() throws IOException {
    Path file = write("extra.json", AreaRecordCodec.strict().write(TestRecords.countsOnly())
        .replace("\"area\" : {", "\"grade\" : \"good\", \"area\" : {"));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(file + ": grade: property 'grade' is not part of the format here "
        + "[schema:additionalProperties]"), run.err());
  }

  @Test
  void everyStructuralProblemOfAFile_isReportedAtOnce() throws IOException {
    // Four problems in one file; reading alone would stop at the first.
    Path file = write("four.json", AreaRecordCodec.strict().write(TestRecords.detailed())
        .replace("E10000901", "X1")
        .replace("\"name\" : \"Testshire\",", "\"colour\" : \"red\",")
        .replace("\"theme\" : \"ehc-plans\"", "\"theme\" : \"nope\""));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(file + ": area: required properties are missing: name [schema:required]"), run.err());
    assertTrue(run.err().contains(file + ": area.colour: property 'colour' is not part of the format here"), run.err());
    assertTrue(run.err().contains(file + ": area.code: "), run.err());
    assertTrue(run.err().contains(file + ": inspections[0].significantWeaknesses[1].theme: the instance is not "
        + "equal to any enum values; found \"nope\" [schema:enum]"), run.err());
    assertTrue(run.out().contains("0 of 1 files valid; 4 problems found"), run.out());
  }

  @Test
  void jsonPointer_becomesTheModelsPath() {
    assertEquals("inspections[0].revisit.outcomes[12]", RecordSchema.path("#/inspections/0/revisit/outcomes/12"));
    assertEquals("", RecordSchema.path("#"));
    assertEquals("a/b", RecordSchema.path("#/a~1b"));
  }

  @Test
  void emptyDirectory_isInvalidInput() {
    Cli.Run run = Cli.run("validate", dir.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains("the directory holds no *.json or *.jsonl file [missing-file]"), run.err());
  }
}
