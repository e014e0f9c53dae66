package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir
  Path dir;

  private static List<String> contents(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().map(p -> {
        try {
          return p.getFileName() + "\n" + Files.readString(p);
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }).collect(Collectors.toList());
    }
  }

  @Test
  void sameSeed_sameFiles_andEveryFileIsValid() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "12", "--seed", "5", "--out", a.toString()).exitCode());
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "12", "--seed", "5", "--out", b.toString()).exitCode());
    assertEquals(ExitCodes.OK, Cli.run("generate", "--areas", "12", "--seed", "6", "--out", c.toString()).exitCode());
    assertEquals(12, contents(a).size());
    assertEquals(contents(a), contents(b));
    assertNotEquals(contents(a), contents(c));
    assertTrue(Files.exists(a.resolve("E99000001.json")));
    Cli.Run validate = Cli.run("validate", a.toString());
    assertEquals(ExitCodes.OK, validate.exitCode(), validate.err());
    assertTrue(validate.out().contains("12 of 12 files valid"), validate.out());
  }

  @Test
  void noAreas_isAUsageError() {
    Cli.Run run = Cli.run("generate", "--areas", "0", "--out", dir.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("--areas must be at least 1; found 0"), run.err());
  }

  @Test
  void unwritableDirectory_isReported() throws IOException {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "in the way");
    Cli.Run run = Cli.run("generate", "--areas", "1", "--out", file.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
    assertTrue(run.err().contains(file + ": $: cannot write the records"), run.err());
  }
}
