package org.sendinspection.examples.cli;

import com.github.erosb.jsonsKema.JsonParseException;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.validation.Violation;

/**
 * Checks JSON text against the record format's JSON Schema ({@link AreaRecordCodec#schema()}), which
 * finds every structural problem of a file at once, where reading stops at the first.
 *
 * <p>Each failure becomes a {@link Violation} with the path in the form the model uses
 * ({@code inspections[0].revisit}) and the rule {@code schema:KEYWORD}, such as {@code schema:required}.
 * Thread-safe.
 */
final class RecordSchema {
  private static final Schema SCHEMA = new SchemaLoader(new JsonParser(AreaRecordCodec.schema()).parse()).load();

  private RecordSchema() {}

  /**
   * Every way the text fails the schema.
   *
   * @param json the text; not null
   * @return the failures, deepest first as the validator reports them; empty when it conforms or is not
   *     JSON at all (reading reports that)
   */
  static List<Violation> problems(String json) {
    ValidationFailure failure;
    try {
      failure = Validator.forSchema(SCHEMA).validate(new JsonParser(json).parse());
    } catch (JsonParseException e) {
      return List.of();
    }
    if (failure == null) {
      return List.of();
    }
    Set<Violation> found = new LinkedHashSet<>();
    for (ValidationFailure f : failure.flatten()) {
      String path = path(f.getInstance().getLocation().getPointer().toString());
      // additionalProperties: false fails under the keyword "false"; name the keyword a reader knows.
      String keyword = f.getKeyword().getValue().equals("false") ? "additionalProperties" : f.getKeyword().getValue();
      found.add(new Violation(path, "schema:" + keyword, message(path, keyword, f)));
    }
    return List.copyOf(found);
  }

  /** The validator's message, in the words the rest of the tool uses where its own are obscure. */
  private static String message(String path, String keyword, ValidationFailure f) {
    if (keyword.equals("additionalProperties")) {
      // The validator's own message here is "false schema always fails".
      String name = path.substring(path.lastIndexOf('.') + 1);
      return "property '" + name + "' is not part of the format here";
    }
    String found = f.getInstance().toString();
    return found.length() <= 80 && !found.contains("\n") ? f.getMessage() + "; found " + found : f.getMessage();
  }

  /** A JSON pointer such as {@code #/inspections/0/revisit} as the path {@code inspections[0].revisit}. */
  static String path(String pointer) {
    String body = pointer.startsWith("#") ? pointer.substring(1) : pointer;
    StringBuilder path = new StringBuilder();
    for (String part : body.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(name);
      }
    }
    return path.toString();
  }
}
