package org.sendinspection.model.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.sendinspection.model.validation.InvariantViolationException;
import org.sendinspection.model.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's failures into problems a person can act on: the JSON path, the rule and what was
 * found, without Jackson's class names or stack traces.
 */
final class JsonProblems {
  private static final java.util.regex.Pattern MISSING_ATTRIBUTES =
      java.util.regex.Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  private static final java.util.regex.Pattern DUPLICATE =
      java.util.regex.Pattern.compile("Duplicate Object property \"(.*)\"");

  private JsonProblems() {}

  static Violation syntax(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String where = at == null || at == TokenStreamLocation.NA ? ""
        : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    String path = e.processor() instanceof JsonParser ? pathOf(((JsonParser) e.processor()).streamReadContext()) : "";
    String original = firstLine(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return new Violation(path, RecordFormatException.DUPLICATE_PROPERTY, "property '" + duplicate.group(1)
          + "' appears twice in the same object (" + where.replace(": ", "") + "); a record states each once");
    }
    if (e instanceof StreamConstraintsException) {
      String limit = original.replaceAll(",? from `[^`]*`", "").replace("maximum allowed", "most a record may have");
      return new Violation(path, RecordFormatException.LIMIT, "the document is beyond a reading limit"
          + (where.isEmpty() ? ": " : " at " + where) + Character.toLowerCase(limit.charAt(0)) + limit.substring(1));
    }
    // Jackson appends where a bracket was opened, with a source it cannot name; the line and column
    // above already say where reading stopped.
    String detail = firstLine(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "");
    if (detail.startsWith("Trailing token")) {
      // Jackson's wording names its own classes and settings, which mean nothing to a record's author.
      detail = "more text follows the end of the record; a file holds one JSON document";
    }
    // The path of a syntax error is the document's: the text around it may not be a record at all.
    return new Violation("", RecordFormatException.JSON_SYNTAX, "not well-formed JSON at " + where + detail);
  }

  static List<Violation> of(JacksonException e) {
    if (e instanceof StreamConstraintsException || DUPLICATE.matcher(firstLine(e.getOriginalMessage())).find()) {
      return List.of(syntax(e));
    }
    String path = pathOf(e.getPath());
    Throwable cause = rootCause(e);
    if (cause instanceof InvariantViolationException) {
      return ((InvariantViolationException) cause).under(path).violations();
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return List.of(new Violation(path, RecordFormatException.UNKNOWN_PROPERTY,
          "property '" + u.getPropertyName() + "' is not part of the format here; known properties: "
              + known(u.getKnownPropertyIds())));
    }
    if (e instanceof InvalidFormatException
        && ((InvalidFormatException) e).getTargetType() == java.time.LocalDate.class) {
      return List.of(new Violation(path, RecordFormatException.INVALID_VALUE, "'"
          + ((InvalidFormatException) e).getValue() + "' is not a date in ISO-8601 form (YYYY-MM-DD)"));
    }
    if (e instanceof InvalidTypeIdException) {
      return List.of(new Violation(path.isEmpty() ? "framework" : path + ".framework",
          RecordFormatException.INVALID_VALUE,
          "unknown or missing framework: " + firstLine(e.getOriginalMessage())));
    }
    if (cause instanceof IllegalStateException) {
      Matcher m = MISSING_ATTRIBUTES.matcher(String.valueOf(cause.getMessage()));
      if (m.find()) {
        List<Violation> missing = new ArrayList<>();
        for (String name : m.group(2).split(",\\s*")) {
          missing.add(new Violation(join(path, name), RecordFormatException.MISSING_PROPERTY,
              "required property '" + name + "' of " + m.group(1) + " is missing"));
        }
        return missing;
      }
    }
    if (cause instanceof NullPointerException) {
      return List.of(new Violation(path, RecordFormatException.MISSING_PROPERTY,
          "null is not allowed here" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")));
    }
    if (cause instanceof IllegalArgumentException && cause != e) {
      return List.of(new Violation(path, RecordFormatException.INVALID_VALUE, cause.getMessage()));
    }
    return List.of(new Violation(path, RecordFormatException.INVALID_VALUE, describe(e)));
  }

  /** The path of a reading context, such as {@code inspections[0].revisit}. */
  static String pathOf(TokenStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = pathOf(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
    }
    String name = context.currentName();
    return name == null ? parent : join(parent, name);
  }

  private static String pathOf(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : references) {
      if (ref.getPropertyName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof InvariantViolationException) {
        return t;
      }
      t = t.getCause();
    }
    return t;
  }

  private static String known(Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "(none)";
    }
    return ids.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new))
        .stream().collect(Collectors.joining(", "));
  }

  private static String describe(JacksonException e) {
    String message = firstLine(e.getOriginalMessage());
    // Jackson names its own classes; a reader of a record needs only what was wrong.
    return message.replaceAll("`?(tools\\.jackson|org\\.sendinspection)[\\w.$]*\\.(\\w+)`?", "$2")
        .replace("Immutable", "");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no detail)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
