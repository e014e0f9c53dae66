package org.sendinspection.model.json;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The format's JSON Schema, loaded by an independent validator (json-sKema), so that the schema is
 * checked by something other than the codec it describes.
 */
final class SchemaCheck {
  private static final Schema SCHEMA =
      new SchemaLoader(new JsonParser(AreaRecordCodec.schema()).parse()).load();

  private SchemaCheck() {}

  /** Every failure the validator reports for the document, flattened; empty when it conforms. */
  static List<String> failures(String json) {
    ValidationFailure failure = Validator.forSchema(SCHEMA).validate(new JsonParser(longEscapes(json)).parse());
    if (failure == null) {
      return List.of();
    }
    return failure.flatten().stream()
        .map(f -> f.getInstance().getLocation().getPointer() + " " + f.getKeyword() + ": " + f.getMessage())
        .collect(Collectors.toList());
  }

  /**
   * The document with JSON's short escapes of control characters ({@code \\t}, {@code \\n}, {@code \\r},
   * {@code \\b}, {@code \\f}) written as the equivalent long ones ({@code \\u0009} ...): json-sKema's
   * parser (0.32.0) reads a short escape as its letter alone, so a tab would reach the schema's patterns
   * as a "t".
   */
  static String longEscapes(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\' && i + 1 < json.length()) {
        char next = json.charAt(++i);
        int index = "btnfr".indexOf(next);
        out.append(index >= 0 ? String.format("\\u%04x", (int) "\b\t\n\f\r".charAt(index)) : "\\" + next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
