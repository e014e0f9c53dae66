package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SendCommandTest {

  @Test
  void version_namesTheProjectVersionAndRecordFormat() {
    Cli.Run run = Cli.run("--version");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().matches("(?s)send \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*schemaVersion\\) 3.*"), run.out());
  }

  @Test
  void help_listsEverySubcommandAndTheExitCodes() {
    Cli.Run run = Cli.run("--help");
    assertEquals(ExitCodes.OK, run.exitCode());
    for (String name : new String[] {"validate", "explain", "summary", "timeline", "generate", "import-ofsted",
        "import-mi", "import-overview"}) {
      assertTrue(run.out().contains("  " + name + " "), name + " missing from\n" + run.out());
    }
    String words = run.out().replaceAll("\\s+", " ");
    assertTrue(words.contains("Exit codes: 0 success, 1 invalid input (problem rows of a data file included), 2 usage "
        + "error (or a data file that cannot be read at all)."), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "explain", "summary", "timeline", "generate", "import-ofsted", "import-mi",
      "import-overview"})
  void help_ofEachSubcommand_showsItsUsage(String name) {
    Cli.Run run = Cli.run(name, "--help");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().startsWith("Usage: send " + name), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate x.json", "explain x.json", "summary x.json", "timeline x.json --out x.svg",
      "generate --areas 1 --out out"})
  void unknownFlag_isAUsageError(String valid) {
    Cli.Run run = Cli.run((valid + " --no-such-flag").split(" "));
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Unknown option: '--no-such-flag'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownSubcommand_isAUsageError() {
    Cli.Run run = Cli.run("inspect", "x.json");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Unmatched arguments"), run.err());
  }

  @Test
  void noSubcommand_isAUsageError() {
    Cli.Run run = Cli.run();
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("a subcommand is required"), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"explain", "summary"})
  void schema_printsTheJsonSchemaOfTheReport(String name) {
    Cli.Run run = Cli.run(name, "--schema");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), run.out());
    assertTrue(run.out().contains("\"title\": \"send " + name + " --format json\""), run.out());
  }

  @Test
  void summaryWithoutPath_isAUsageError() {
    Cli.Run run = Cli.run("summary", "--format", "csv");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Missing required parameter: 'PATH'"), run.err());
  }
}
