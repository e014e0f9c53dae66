package org.sendinspection.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.examples.ExampleRecords;

/**
 * Every Java snippet in README.md compiles as written, on its own, against the library, and runs: a
 * reader who copies one gets a working programme. A snippet with {@code main} is run; a test class's
 * {@code @Test} methods are called. The dependency snippet names the version being built.
 */
class ReadmeSnippetsTest {
  // From the module's directory (Surefire's basedir), not the working directory, which may be anywhere.
  private static final Path README = Path.of(System.getProperty("basedir", ".")).resolve("../README.md").normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)",
      Pattern.MULTILINE);

  @Test
  void every_java_snippet_compiles_on_its_own_and_runs(@TempDir Path dir) throws Exception {
    List<String> snippets = javaSnippets();
    assertTrue(snippets.size() >= 3, "README.md has " + snippets.size() + " Java snippets; expected at least 3");
    Path essex = dir.resolve("essex.json");
    Files.writeString(essex, ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE));
    for (int i = 0; i < snippets.size(); i++) {
      String snippet = snippets.get(i);
      Matcher name = CLASS_NAME.matcher(snippet);
      assertTrue(name.find(), "README Java snippet " + (i + 1) + " declares no class:\n" + snippet);
      Path classes = dir.resolve("snippet-" + (i + 1));
      compile(name.group(1), snippet, classes, i + 1);
      String output = run(name.group(1), classes, essex);
      assertFalse(output.isBlank() && snippet.contains("System.out"),
          "README Java snippet " + (i + 1) + " (" + name.group(1) + ") printed nothing");
    }
  }

  @Test
  void the_dependency_snippet_names_the_version_being_built() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("```xml\\n.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(readme);
    assertTrue(version.find(), "README.md has no dependency snippet with a <version>");
    assertEquals(projectVersion(), version.group(1), "the README's dependency snippet");
  }

  private static List<String> javaSnippets() throws IOException {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static void compile(String className, String source, Path classes, int number) throws IOException {
    Path sources = classes.resolveSibling(classes.getFileName() + "-src");
    Files.createDirectories(sources);
    Files.createDirectories(classes);
    Path file = Files.writeString(sources.resolve(className + ".java"), source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      boolean ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
      StringBuilder problems = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        problems.append("line ").append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n');
      }
      assertTrue(ok && problems.length() == 0,
          "README Java snippet " + number + " (" + className + ") does not compile cleanly:\n" + problems);
    }
  }

  /** Runs the snippet's main method, or calls its test methods, and returns what it printed. */
  private static String run(String className, Path classes, Path essex) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String tries = System.getProperty("send.property.tries");
    // A property snippet's 500 tries are the reader's; here a few show that it runs.
    System.setProperty("send.property.tries", "10");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeSnippetsTest.class.getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Class<?> snippet = loader.loadClass(className);
      Method main = mainOf(snippet);
      if (main != null) {
        main.invoke(null, (Object) new String[] {essex.toString()});
      } else {
        int tests = 0;
        for (Method m : snippet.getDeclaredMethods()) {
          if (m.isAnnotationPresent(Test.class)) {
            var constructor = snippet.getDeclaredConstructor();
            constructor.setAccessible(true);
            m.setAccessible(true);
            m.invoke(constructor.newInstance());
            tests++;
          }
        }
        assertTrue(tests > 0, className + " has neither main nor a @Test method to run");
      }
    } finally {
      System.setOut(out);
      if (tries == null) {
        System.clearProperty("send.property.tries");
      } else {
        System.setProperty("send.property.tries", tries);
      }
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static Method mainOf(Class<?> type) {
    try {
      Method main = type.getMethod("main", String[].class);
      return Modifier.isStatic(main.getModifiers()) ? main : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String projectVersion() throws IOException {
    try (InputStream in = org.sendinspection.examples.cli.SendCommand.class
        .getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    }
  }
}
