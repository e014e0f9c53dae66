package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text the jar carries, such as the JSON Schemas of the reports, which {@code --schema} prints. */
final class Resources {
  private Resources() {}

  /**
   * The text of a classpath resource.
   *
   * @param name the resource's absolute name; not null
   * @return its text, as UTF-8
   * @throws IllegalStateException if the jar lacks it: a build fault, not a user's
   */
  static String text(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
