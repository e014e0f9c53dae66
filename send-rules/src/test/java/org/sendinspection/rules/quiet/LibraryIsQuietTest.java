package org.sendinspection.rules.quiet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that reads and derives records prints nothing: no log line on standard error (once
 * {@code INFO: HV000001 Hibernate Validator ...}) and nothing on standard output. It runs in a JVM of its
 * own, with the JDK's default logging (which writes INFO and above to standard error), on the class
 * path an application gets: the library and its runtime dependencies, without the Bean Validation API
 * or any provider.
 */
class LibraryIsQuietTest {

  @Test
  void reading_and_deriving_records_prints_and_logs_nothing(@TempDir Path dir) throws IOException, InterruptedException {
    List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("jakarta.validation") && !entry.contains("hibernate"))
        .collect(Collectors.toList());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, classPath),
        ReadAndDerive.class.getName()));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the program did not finish");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), stderr);
    assertEquals("", stderr, "standard error");
    assertEquals("", Files.readString(out, StandardCharsets.UTF_8), "standard output");
  }

  @Test
  void the_class_path_of_the_program_holds_no_bean_validation() {
    assertTrue(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .noneMatch(entry -> entry.contains("hibernate") || entry.contains("expressly")),
        "send-rules' tests see no Bean Validation provider: " + System.getProperty("java.class.path"));
  }
}
