package org.sendinspection.examples.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds each library module's public API to a baseline committed beside the module
 * ({@code api/<module>.txt}), so that a change to what users can call is made on purpose: the API is
 * every public or protected type and member in the packages the module's {@code module-info.java}
 * exports. To accept a deliberate change, run this test with {@code -Dsend.api.update=true} and
 * commit the rewritten baseline with the change.
 */
class PublicApiBaselineTest {

  @ParameterizedTest
  @ValueSource(strings = {"send-model", "send-rules", "send-data", "send-testkit"})
  void exportedApiMatchesItsBaseline(String module) throws IOException {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath();
    if (!Files.isDirectory(root.resolve(module))) {
      root = Path.of("..").toAbsolutePath().normalize();
    }
    Path classes = root.resolve(module).resolve("target/classes");
    Path baseline = root.resolve(module).resolve("api").resolve(module + ".txt");
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    List<String> surface = new ArrayList<>();
    for (ModuleDescriptor.Exports export : new TreeSet<>(descriptor.exports())) {
      if (export.isQualified()) {
        continue;
      }
      surface.addAll(packageSurface(classes, export.source()));
    }
    String actual = String.join("\n", surface) + "\n";
    if (Boolean.getBoolean("send.api.update")) {
      Files.createDirectories(baseline.getParent());
      Files.writeString(baseline, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(baseline), () -> "no API baseline " + baseline
        + "; run this test with -Dsend.api.update=true to write it, and commit it");
    assertEquals(Files.readString(baseline, StandardCharsets.UTF_8), actual,
        () -> "the exported API of " + module + " differs from " + baseline
            + "; if the change is deliberate, run with -Dsend.api.update=true and commit the baseline");
  }

  private static List<String> packageSurface(Path classes, String packageName) throws IOException {
    Path dir = classes.resolve(packageName.replace('.', '/'));
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
          .map(n -> packageName + "." + n.substring(0, n.length() - ".class".length()))
          .sorted()
          .collect(Collectors.toList());
    }
    List<String> lines = new ArrayList<>();
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, false, PublicApiBaselineTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + name, e);
      }
      if (!isVisible(type)) {
        continue;
      }
      lines.add(describeType(type));
      TreeSet<String> members = new TreeSet<>();
      for (Field f : type.getDeclaredFields()) {
        if (isApi(f.getModifiers()) && !f.isSynthetic()) {
          members.add("  field " + mods(f.getModifiers()) + f.getGenericType().getTypeName() + " " + f.getName());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isApi(c.getModifiers()) && !c.isSynthetic()) {
          members.add("  new " + mods(c.getModifiers()) + type.getSimpleName() + params(c.getGenericParameterTypes()));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (isApi(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          members.add("  method " + mods(m.getModifiers()) + m.getGenericReturnType().getTypeName() + " "
              + m.getName() + params(m.getGenericParameterTypes()));
        }
      }
      lines.addAll(members);
    }
    return lines;
  }

  /** A type users can reach: public, and every type enclosing it public too. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String describeType(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
        : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    StringBuilder line = new StringBuilder(kind).append(' ').append(mods(type.getModifiers() & ~Modifier.INTERFACE))
        .append(type.getName());
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
        && !type.isRecord()) {
      line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      line.append(" implements ").append(Arrays.stream(type.getGenericInterfaces())
          .map(java.lang.reflect.Type::getTypeName).sorted().collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(Class::getName).sorted().collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String mods(int modifiers) {
    String text = Modifier.toString(modifiers & (Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL
        | Modifier.PROTECTED));
    return text.isEmpty() ? "" : text + " ";
  }

  private static String params(java.lang.reflect.Type[] types) {
    return Arrays.stream(types).map(java.lang.reflect.Type::getTypeName)
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
