package org.sendinspection.examples.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.rules.Derivation;

/**
 * The module descriptors work for an application on the module path: send-model and send-rules, with
 * Jackson, resolve as named modules; a record is read and derived as on the class path; the shared
 * rule internals and the frameworks' rule classes are not exported.
 */
class ModulePathTest {

  @Test
  void a_program_reads_and_derives_a_record_with_the_library_on_the_module_path(@org.junit.jupiter.api.io.TempDir
      Path dir) throws IOException, InterruptedException {
    Path essex = dir.resolve("essex.json");
    Files.writeString(essex, AreaRecordCodec.strict().write(ExampleRecords.essex()), StandardCharsets.UTF_8);
    String[] classPath = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
    String modulePath = Arrays.stream(classPath)
        .filter(e -> e.contains("send-model") || e.contains("send-rules") || e.contains("jackson-core")
            || e.contains("jackson-databind") || e.contains("jackson-annotations"))
        .collect(Collectors.joining(java.io.File.pathSeparator));
    String programClasses = Path.of(ModulePathProgram.class.getProtectionDomain().getCodeSource().getLocation()
        .getPath()).toString();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath, "--add-modules", "org.sendinspection.rules",
        "-cp", programClasses, ModulePathProgram.class.getName(), essex.toString(), "2022-08-31",
        "org.sendinspection.rules.conclusion", "org.sendinspection.rules.internal",
        "org.sendinspection.rules.rules2016", "org.sendinspection.rules.rules2023",
        "org.sendinspection.model.record"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program did not finish");
    assertEquals(0, process.exitValue(), output);
    int conclusions = Derivation.of(ExampleRecords.essex(), java.time.LocalDate.of(2022, 8, 31))
        .conclusions().size();
    assertEquals(List.of(
        "modules org.sendinspection.model org.sendinspection.rules",
        "conclusions " + conclusions,
        "org.sendinspection.rules.conclusion exported true",
        "org.sendinspection.rules.internal exported false",
        "org.sendinspection.rules.rules2016 exported false",
        "org.sendinspection.rules.rules2023 exported false",
        "org.sendinspection.model.record exported true"), output.lines().collect(Collectors.toList()));
  }
}
