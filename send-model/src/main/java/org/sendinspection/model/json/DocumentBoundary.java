package org.sendinspection.model.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendinspection.model.validation.Invariant;
import org.sendinspection.model.validation.Violation;
import org.sendinspection.model.validation.VisibleText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checks made on a parsed document before it is bound to the model, where JSON Schema and Java would
 * otherwise read the same text differently: whole numbers, text with nothing visible, lone surrogates and
 * oversized arrays.
 *
 * <p>A number is a whole number when its value is (JSON Schema counts {@code 3.0} as the integer 3, and so
 * does the codec: such a value is rewritten in the tree as 3); a whole number beyond the range of the
 * format's whole numbers ({@code 2147483647} at most), or one too large to hold at all ({@code 1e999999}),
 * is refused. A name, title or statement must hold a {@linkplain VisibleText visible character},
 * as the model's construction requires of the same text: checked here as well so that the problem is
 * reported where an object around it cannot be bound at all.
 */
final class DocumentBoundary {

  /** Text properties that must hold a visible character wherever they are. */
  private static final Set<String> VISIBLE_PROPERTIES = Set.of("name", "title", "statement", "role");
  /** Lists of text whose every item must hold a visible character wherever they are. */
  private static final Set<String> VISIBLE_ITEMS = Set.of("partnership", "responsibleBodies",
      "jointlyResponsible", "aspectsToStrengthen", "addresses", "addressedTo");
  /** Lists of text whose items must hold a visible character in objects listed under these names only. */
  private static final Map<String, Set<String>> VISIBLE_ITEMS_WITHIN =
      Map.of("subPoints", Set.of("significantWeaknesses", "areasForPriorityAction", "strengths",
          "areasForDevelopment", "areasForImprovement", "findings"));

  private final List<Violation> found = new ArrayList<>();
  private final List<Violation> texts = new ArrayList<>();

  private DocumentBoundary() {}

  /**
   * Checks the document, rewriting whole numbers written with a fraction ({@code 3.0}) as integers.
   *
   * @return the problems found: those that forbid binding, and those of text, which binding and the
   *     model's checks may report with the rest
   */
  static Found check(JsonNode document) {
    DocumentBoundary boundary = new DocumentBoundary();
    boundary.visit(document, "", "");
    return new Found(boundary.found, boundary.texts);
  }

  /**
   * @param forbidBinding numbers and lists beyond the format's bounds
   * @param ofText text without a visible character or with a lone surrogate
   */
  record Found(List<Violation> forbidBinding, List<Violation> ofText) {
    /** The problems of text, with the others found later, a path already named by the model's checks once. */
    List<Violation> with(List<Violation> later) {
      List<Violation> all = new ArrayList<>(later);
      for (Violation v : ofText) {
        if (later.stream().noneMatch(l -> l.path().equals(v.path()))) {
          all.add(v);
        }
      }
      return all;
    }
  }

  /** Whether text that is the value of a property so named must hold a visible character. */
  static boolean mustBeVisible(String property) {
    return VISIBLE_PROPERTIES.contains(property);
  }

  /**
   * Whether the text items of a list must hold a visible character.
   *
   * @param property the property the list is the value of
   * @param holder the property that holds the list's object ({@code ""} at the top level)
   */
  static boolean visibleItems(String property, String holder) {
    return VISIBLE_ITEMS.contains(property) || VISIBLE_ITEMS_WITHIN.getOrDefault(property, Set.of()).contains(holder);
  }

  /**
   * @param holder the property that holds this node's object, or the list it is an item of, so that
   *     {@code subPoints} of a finding and of a significant weakness can be told apart
   */
  private void visit(JsonNode node, String path, String holder) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        String at = path.isEmpty() ? name : path + "." + name;
        if (value.isNumber()) {
          JsonNode whole = wholeNumber(value, at);
          if (whole != null) {
            object.set(name, whole);
          }
        } else if (value.isString()) {
          text(value.stringValue(), at, mustBeVisible(name));
        } else if (value.isArray()) {
          array((ArrayNode) value, at, name, visibleItems(name, holder));
        } else {
          visit(value, at, name);
        }
      }
    } else if (node.isArray()) {
      array((ArrayNode) node, path, holder, false);
    }
  }

  private void array(ArrayNode array, String path, String name, boolean visibleItems) {
    if (array.size() > ReadLimits.MAX_ARRAY_SIZE) {
      found.add(new Violation(path, RecordFormatException.LIMIT, "the list has " + array.size()
          + " items; a record's lists hold at most " + ReadLimits.MAX_ARRAY_SIZE));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String at = path + "[" + i + "]";
      if (item.isNumber()) {
        JsonNode whole = wholeNumber(item, at);
        if (whole != null) {
          array.set(i, whole);
        }
      } else if (item.isString()) {
        text(item.stringValue(), at, visibleItems);
      } else {
        visit(item, at, name);
      }
    }
  }

  /** The integer to put in place of a whole number written with a fraction; null to leave it as it is. */
  private JsonNode wholeNumber(JsonNode number, String path) {
    if (number.isIntegralNumber()) {
      if (!number.canConvertToInt()) {
        tooLarge(number.toString(), path);
      }
      return null;
    }
    double value = number.doubleValue();
    if (!Double.isFinite(value) || Math.rint(value) == value && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
      tooLarge(number.toString(), path);
      return null;
    }
    // A fraction is left for binding to refuse as the wrong type, as the schema's "integer" does.
    return Math.rint(value) == value ? IntNode.valueOf((int) value) : null;
  }

  private void tooLarge(String written, String path) {
    found.add(new Violation(path, RecordFormatException.INVALID_VALUE, "the number " + abbreviate(written)
        + " is beyond the format's whole numbers, " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
  }

  private void text(String text, String path, boolean mustBeVisible) {
    int lone = VisibleText.loneSurrogate(text);
    if (lone >= 0) {
      texts.add(new Violation(path, Invariant.TEXT_WELL_FORMED.id(), "the text holds a lone surrogate "
          + String.format("\\u%04X", (int) text.charAt(lone)) + " at character " + (lone + 1)
          + ", which is not a character and cannot be written as UTF-8"));
    } else if (mustBeVisible && !VisibleText.in(text)) {
      texts.add(new Violation(path, RecordFormatException.INVALID_VALUE, "the text '" + VisibleText.escaped(abbreviate(text))
          + "' has no visible character (only spaces, no-break spaces, control or format characters)"));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
