package org.sendinspection.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version {@code send --version} prints: the project's, written into the jar at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its resource " + RESOURCE);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {
        "send " + properties.getProperty("version"),
        "record format (schemaVersion) " + org.sendinspection.model.json.AreaRecordCodec.SCHEMA_VERSION,
        "Java " + System.getProperty("java.version")
    };
  }
}
