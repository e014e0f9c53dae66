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
    ValidationFailure failure = Validator.forSchema(SCHEMA).validate(new JsonParser(json).parse());
    if (failure == null) {
      return List.of();
    }
    return failure.flatten().stream()
        .map(f -> f.getInstance().getLocation().getPointer() + " " + f.getKeyword() + ": " + f.getMessage())
        .collect(Collectors.toList());
  }
}
