package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.JsonValue;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Checks a JSON document against one of the module's bundled JSON Schemas. */
final class Schemas {
  private Schemas() {}

  static void assertValid(String resource, String json) {
    String schemaText;
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      assertNotNull(in, "missing schema resource " + resource);
      schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    JsonValue schemaJson = new JsonParser(schemaText).parse();
    Schema schema = new SchemaLoader(schemaJson).load();
    ValidationFailure failure = Validator.forSchema(schema).validate(new JsonParser(json).parse());
    if (failure != null) {
      fail(resource + " rejects the output: " + failure + "\n" + json);
    }
  }
}
