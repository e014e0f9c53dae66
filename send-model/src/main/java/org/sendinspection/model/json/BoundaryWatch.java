package org.sendinspection.model.json;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import org.sendinspection.model.validation.VisibleText;

/**
 * Watches the tokens of a document while it is bound straight from its text, for anything that {@link
 * DocumentBoundary} would find in it or {@link WireFormatVersions} would say is missing from a version-3
 * document. Such a document is not read this way: at the first doubt the binding is given up, and the
 * codec reads the document the careful way, through a tree, which says exactly what is wrong. So a valid
 * document is parsed once, and the checks and their messages stay where they are.
 *
 * <p>Every token the binding reads passes through here, skipped ones included ({@link #skipChildren()}
 * reads them one by one); {@link #sound()} also holds the count of tokens seen to the parser's own, so
 * that a token that went round the watch makes the read doubtful rather than unchecked.
 */
final class BoundaryWatch extends JsonParserDelegate {

  /** Why the binding was given up; never seen outside the codec. */
  static final class Doubt extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Doubt() {
      super("the document needs the careful reading", null, false, false);
    }
  }

  private static final Doubt DOUBT = new Doubt();

  // What an open object or list is, for the version-3 checks: only these places are looked into.
  private static final byte ROOT = 0;
  private static final byte INSPECTIONS = 1;
  private static final byte INSPECTION = 2;
  private static final byte STATEMENT = 3;
  private static final byte OTHER_OBJECT = 4;
  private static final byte OTHER_LIST = 5;

  private static final String FRAMEWORK_2016 = "local-area-send-2016";
  private static final String FRAMEWORK_2023 = "area-send-2023";

  private byte[] kinds = new byte[16];
  /** Of an object, the name of its property being read; of a list, null. */
  private String[] keys = new String[16];
  /**
   * The name {@link DocumentBoundary} holds an object or list under: the property it is the value of, or,
   * for an item of a list, the list's own name.
   */
  private String[] names = new String[16];
  /** Of a list, how many items it has shown. */
  private int[] counts = new int[16];
  /** Of a list, whether its text items must hold a visible character. */
  private boolean[] visibleItems = new boolean[16];
  private int top = -1;

  private long tokens;
  private boolean doubtful;
  private boolean rootClosed;
  private boolean inspectionCoverage;

  // The inspection being read (inspections are not nested, so one at a time).
  private String framework;
  private boolean weaknessesKnown;
  private boolean revisitCoverage;
  private boolean monitoringCoverage;
  private boolean statementObject;
  private boolean submissionCoverage;

  BoundaryWatch(JsonParser parser) {
    super(parser);
  }

  /**
   * Whether the document was read whole with nothing found: its one top-level object closed, nothing
   * after it, and every token seen here.
   */
  boolean sound() {
    return !doubtful && rootClosed && top < 0 && tokens == delegate.currentTokenCount();
  }

  @Override
  public JsonToken nextToken() {
    return watch(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public String nextName() {
    return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
  }

  @Override
  public boolean nextName(SerializableString name) {
    return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    JsonToken token = nextToken();
    if (token == JsonToken.PROPERTY_NAME) {
      return matcher.matchName(currentName());
    }
    return token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    // Skipped values are checked too, as the tree's visit checks them.
    int open = 1;
    while (open > 0) {
      token = nextToken();
      if (token == null) {
        return this;
      }
      if (token.isStructStart()) {
        open++;
      } else if (token.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private JsonToken watch(JsonToken token) {
    if (token == null) {
      return null;
    }
    tokens++;
    switch (token) {
      case PROPERTY_NAME -> named(delegate.currentName());
      case START_OBJECT -> {
        item();
        openObject();
      }
      case START_ARRAY -> {
        item();
        openList();
      }
      case END_OBJECT -> closeObject();
      case END_ARRAY -> top--;
      case VALUE_STRING -> {
        item();
        text(delegate.getString());
      }
      case VALUE_NUMBER_INT -> {
        item();
        // Beyond the format's whole numbers: DocumentBoundary refuses it.
        if (delegate.getNumberType() != JsonParser.NumberType.INT) {
          doubt();
        }
      }
      case VALUE_NUMBER_FLOAT -> {
        item();
        // DocumentBoundary refuses one that is not finite or a whole number beyond the format's; a
        // fraction, or a whole number within them, is left to the binding, as from the tree.
        double value = delegate.getDoubleValue();
        if (!Double.isFinite(value)
            || Math.rint(value) == value && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
          doubt();
        }
      }
      default -> item();
    }
    return token;
  }

  /** A value: in a list, one more item. */
  private void item() {
    if (top >= 0 && isList(kinds[top]) && ++counts[top] > ReadLimits.MAX_ARRAY_SIZE) {
      doubt();
    }
  }

  private static boolean isList(byte kind) {
    return kind == INSPECTIONS || kind == OTHER_LIST;
  }

  private void named(String name) {
    keys[top] = name;
    switch (kinds[top]) {
      case ROOT -> inspectionCoverage |= "inspectionCoverage".equals(name);
      case INSPECTION -> {
        weaknessesKnown |= "weaknessesKnown".equals(name);
        revisitCoverage |= "revisitCoverage".equals(name);
        monitoringCoverage |= "monitoringCoverage".equals(name);
      }
      case STATEMENT -> submissionCoverage |= "submissionCoverage".equals(name);
      default -> { }
    }
  }

  private void openObject() {
    byte kind;
    if (top < 0) {
      kind = ROOT;
    } else if (kinds[top] == INSPECTIONS) {
      kind = INSPECTION;
      framework = null;
      weaknessesKnown = false;
      revisitCoverage = false;
      monitoringCoverage = false;
      statementObject = false;
      submissionCoverage = false;
    } else if (kinds[top] == INSPECTION && "writtenStatement".equals(keys[top])) {
      kind = STATEMENT;
      statementObject = true;
    } else {
      kind = OTHER_OBJECT;
    }
    push(kind, false);
  }

  private void openList() {
    boolean inObject = top >= 0 && !isList(kinds[top]);
    byte kind = top >= 0 && kinds[top] == ROOT && "inspections".equals(keys[top]) ? INSPECTIONS : OTHER_LIST;
    // As DocumentBoundary decides it: a list that is a property's value, by the property's name and the
    // name its object is held under; a list in a list, never.
    boolean visible = inObject && DocumentBoundary.visibleItems(keys[top], names[top]);
    push(kind, visible);
  }

  private void push(byte kind, boolean visible) {
    String name = top < 0 ? "" : isList(kinds[top]) ? names[top] : keys[top];
    top++;
    if (top == kinds.length) {
      int size = top * 2;
      kinds = Arrays.copyOf(kinds, size);
      keys = Arrays.copyOf(keys, size);
      names = Arrays.copyOf(names, size);
      counts = Arrays.copyOf(counts, size);
      visibleItems = Arrays.copyOf(visibleItems, size);
    }
    kinds[top] = kind;
    keys[top] = null;
    names[top] = name;
    counts[top] = 0;
    visibleItems[top] = visible;
  }

  private void closeObject() {
    if (top < 0) {
      return;
    }
    byte kind = kinds[top--];
    if (kind == INSPECTION && !statesWhatIsKnown()) {
      doubt();
    } else if (kind == ROOT) {
      rootClosed = true;
      if (!inspectionCoverage) {
        doubt();
      }
    }
  }

  /** What {@link WireFormatVersions} requires of an inspection in a version-3 document. */
  private boolean statesWhatIsKnown() {
    if (FRAMEWORK_2016.equals(framework)) {
      return weaknessesKnown && revisitCoverage && (!statementObject || submissionCoverage);
    }
    return !FRAMEWORK_2023.equals(framework) || monitoringCoverage;
  }

  private void text(String text) {
    if (top < 0) {
      return;
    }
    boolean mustBeVisible;
    if (isList(kinds[top])) {
      mustBeVisible = visibleItems[top];
    } else {
      String key = keys[top];
      mustBeVisible = DocumentBoundary.mustBeVisible(key);
      if (kinds[top] == INSPECTION && "framework".equals(key)) {
        framework = text;
      }
    }
    if (VisibleText.loneSurrogate(text) >= 0 || mustBeVisible && !visible(text)) {
      doubt();
    }
  }

  /** {@link VisibleText#in}, sparing the regular expression for text that begins with a visible ASCII character. */
  private static boolean visible(String text) {
    if (!text.isEmpty()) {
      char first = text.charAt(0);
      if (first > ' ' && first < 0x7F) {
        return true;
      }
    }
    return VisibleText.in(text);
  }

  private void doubt() {
    doubtful = true;
    throw DOUBT;
  }
}
