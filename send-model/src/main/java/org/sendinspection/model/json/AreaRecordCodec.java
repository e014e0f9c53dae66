package org.sendinspection.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.model.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes area records in the library's JSON wire format.
 *
 * <p>The format is versioned by a top-level {@code schemaVersion} (now {@value #SCHEMA_VERSION}),
 * dates are ISO-8601 ({@code 2019-12-23}), enumerations are lower-case hyphenated words fixed for good,
 * and properties that are absent, empty lists included, are not written. The JSON Schema (draft
 * 2020-12) that describes it is {@link #schema()}.
 *
 * <p>Reading checks everything: the JSON itself, the properties and types, and every invariant and
 * field constraint of the model, which the model's values check as they are built. Any problem fails the whole read with a {@link RecordFormatException}
 * that names the path and rule of each problem; there is never a partly built record. A {@linkplain
 * #strict() strict} codec, the default, rejects properties the format does not define; a {@linkplain
 * #lenient() lenient} one skips them and reports them in {@link ReadResult#ignoredProperties()}.
 *
 * <p>Instances are immutable and thread-safe. Jackson is an implementation detail: no Jackson type
 * appears in this API.
 */
public final class AreaRecordCodec {

  /** The version of the wire format this codec writes, and the newest it reads. */
  public static final int SCHEMA_VERSION = WireFormatVersions.CURRENT;

  /**
   * The oldest version this codec reads. Version-1 documents are read as they are: version 2 only
   * added the 2023 framework's inspections and undated submissions (see {@code docs/wire-format.md}).
   */
  public static final int OLDEST_SCHEMA_VERSION = WireFormatVersions.OLDEST;

  /** The classpath resource of the JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/org/sendinspection/model/json/area-record.schema.json";

  private static final AreaRecordCodec STRICT = new AreaRecordCodec(false);
  private static final AreaRecordCodec LENIENT = new AreaRecordCodec(true);

  private final boolean lenient;
  private final JsonMapper mapper;
  private final ObjectReader recordReader;
  private final ObjectWriter writer;
  private final ObjectWriter lineWriter;

  private AreaRecordCodec(boolean lenient) {
    this.lenient = lenient;
    this.mapper = InspectionTypes.register(JsonMapper.builder(boundedFactory()))
        .addModule(new SimpleModule("bounded-dates").addDeserializer(LocalDate.class, new BoundedDates()))
        .changeDefaultVisibility(v -> v
            .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
            .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
            .withFieldVisibility(JsonAutoDetect.Visibility.NONE))
        .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // A number or boolean where text belongs, or text where a number belongs, is a wrong type, as
        // the schema says; Jackson would otherwise quietly convert one to the other.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, text -> text
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
    this.recordReader = mapper.readerFor(AreaRecord.class);
    this.writer = mapper.writerFor(Versioned.class);
    this.lineWriter = writer.without(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * The parser of every read, direct or careful: a repeated property is an error, not a silent
   * replacement (a record could otherwise change its own area code), and the {@link ReadLimits} hold.
   */
  private static JsonFactory boundedFactory() {
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(ReadLimits.MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
            .maxStringLength(ReadLimits.MAX_STRING_LENGTH)
            .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
            .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
            .maxTokenCount(ReadLimits.MAX_TOKEN_COUNT)
            .build())
        .build();
  }

  /** The default codec: unknown properties are an error. */
  public static AreaRecordCodec strict() {
    return STRICT;
  }

  /**
   * A codec that skips properties the format does not define, for reading files written by a newer
   * version of a tool; every other rule still holds.
   */
  public static AreaRecordCodec lenient() {
    return LENIENT;
  }

  /** Whether this codec skips unknown properties. */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads a record from JSON text.
   *
   * @param json the JSON; not null
   * @return the record, valid in every respect
   * @throws RecordFormatException naming every problem found, if the text is not a valid record
   */
  public AreaRecord read(String json) {
    return readWithWarnings(json, "<string>").record();
  }

  /**
   * Reads a record from a UTF-8 file.
   *
   * @param file the file; not null
   * @return the record, valid in every respect
   * @throws RecordFormatException naming the file and every problem found
   * @throws UncheckedIOException if the file cannot be read
   */
  public AreaRecord read(Path file) {
    return readWithWarnings(file).record();
  }

  /**
   * Reads a record from a UTF-8 file, reporting the properties a lenient codec skipped.
   *
   * @param file the file; not null
   * @return the record and the skipped properties
   * @throws RecordFormatException naming the file and every problem found
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult readWithWarnings(Path file) {
    Objects.requireNonNull(file, "file");
    return readWithWarnings(Utf8Text.read(file), file.toString());
  }

  /**
   * The text of a record file as {@link #read(Path)} reads it: UTF-8, a leading byte order mark skipped,
   * at most {@link ReadLimits#MAX_DOCUMENT_LENGTH} bytes.
   *
   * @param file the file; not null
   * @return the text
   * @throws RecordFormatException if the file is too large, or not UTF-8 (naming the byte's offset and line)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String readText(Path file) {
    return Utf8Text.read(Objects.requireNonNull(file, "file"));
  }

  /**
   * Reads a record from JSON text, reporting the properties a lenient codec skipped.
   *
   * @param json the JSON; not null
   * @param origin where it came from, for messages (a file name); not null
   * @return the record and the skipped properties
   * @throws RecordFormatException naming every problem found
   */
  public ReadResult readWithWarnings(String json, String origin) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(origin, "origin");
    try {
      return readChecked(Utf8Text.withoutByteOrderMark(json), origin);
    } catch (JacksonException e) {
      // Any failure of the parser or binder not met above, so that this API throws only its own exception.
      throw new RecordFormatException(origin, JsonProblems.of(e));
    }
  }

  private ReadResult readChecked(String json, String origin) {
    if (json.length() > ReadLimits.MAX_DOCUMENT_LENGTH) {
      throw new RecordFormatException(origin, List.of(new Violation("", RecordFormatException.LIMIT,
          "the document has " + json.length() + " characters; a record has at most "
              + ReadLimits.MAX_DOCUMENT_LENGTH)));
    }
    ReadResult direct = readDirectly(json);
    return direct != null ? direct : readCarefully(json, origin);
  }

  /**
   * The careful way: the text parsed to a tree, the tree checked at the boundary, then bound, saying
   * exactly what is wrong. Taken when the direct way gives up; on the same text the direct way would give
   * up again, so it is not tried twice.
   */
  ReadResult readCarefully(String json, String origin) {
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JacksonException e) {
      throw new RecordFormatException(origin, List.of(JsonProblems.syntax(e)));
    }
    if (tree == null || !tree.isObject()) {
      throw new RecordFormatException(origin, List.of(new Violation("",
          RecordFormatException.INVALID_VALUE, "an area record is a JSON object")));
    }
    // Limits, whole numbers and visible text hold on every path, the direct one included.
    DocumentBoundary.Found atBoundary = DocumentBoundary.check(tree);
    if (!atBoundary.forbidBinding().isEmpty()) {
      throw new RecordFormatException(origin, atBoundary.forbidBinding());
    }
    // The tree is this call's own: no copy is needed to take the version out of it.
    ObjectNode body = (ObjectNode) tree;
    ReadResult result;
    try {
      result = readTree(body, origin);
    } catch (RecordFormatException e) {
      throw new RecordFormatException(origin, atBoundary.with(e.problems()));
    }
    if (!atBoundary.ofText().isEmpty()) {
      throw new RecordFormatException(origin, atBoundary.ofText());
    }
    return result;
  }

  /** Binds the tree, after its version is checked and taken out. */
  private ReadResult readTree(ObjectNode body, String origin) {
    int version = checkVersion(body, origin);
    body.remove("schemaVersion");
    List<Violation> outside = WireFormatVersions.outsideVersion(body, version);
    if (!outside.isEmpty()) {
      throw new RecordFormatException(origin, outside);
    }
    List<String> ignored = new ArrayList<>();
    AreaRecord record;
    try {
      record = recordReader
          .withHandler(new SkipAndRecord(ignored))
          .readValue(body);
    } catch (JacksonException e) {
      throw new RecordFormatException(origin, JsonProblems.of(e));
    }
    // Construction checked every invariant and field constraint: a record that binds is valid.
    return new ReadResult(record, ignored, version);
  }

  /**
   * Writes a record as JSON: {@code schemaVersion} first, then the record's properties in the
   * format's fixed order, indented by two spaces, ending with a new line.
   *
   * @param record the record; not null
   * @return the JSON text
   */
  public String write(AreaRecord record) {
    Objects.requireNonNull(record, "record");
    // Written straight from the value, with no tree between.
    return writer.writeValueAsString(new Versioned(record)) + "\n";
  }

  /**
   * Writes a record as one line of JSON lines ({@code .jsonl}): the same JSON as {@link #write(AreaRecord)},
   * on one line, ending with a new line. Each line of such a file reads back with {@link #read(String)}.
   *
   * @param record the record; not null
   * @return the line
   */
  public String writeLine(AreaRecord record) {
    Objects.requireNonNull(record, "record");
    return lineWriter.writeValueAsString(new Versioned(record)) + "\n";
  }

  /**
   * Writes a record to a UTF-8 file, replacing it whole: the text goes to a temporary file beside it,
   * which is then moved into its place, so that the file is never left half-written.
   *
   * @param record the record; not null
   * @param file the file; not null
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(AreaRecord record, Path file) {
    String text = write(record);
    Path absolute = file.toAbsolutePath();
    Path temporary = null;
    try {
      // Written beside the file, then moved over it: a reader, or a run killed halfway, never sees half a
      // record.
      temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // Best effort: the temporary file is hidden and named after the record's.
        }
      }
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the wire format, as shipped in the jar.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = AreaRecordCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its schema resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The quick way to read a document of the current version: bound straight from the text, with no tree
   * between, while a {@link BoundaryWatch} checks each token as {@link DocumentBoundary} and {@link
   * WireFormatVersions} would check the tree. Any doubt (a syntax or binding error, a broken invariant or
   * field constraint, a missing, older or odd version, anything the boundary or the version would report)
   * answers null, and the careful way, which reads a tree first, then says what is wrong exactly as it
   * always has; so a valid document is parsed once and an invalid one is reported the same either way.
   *
   * @return the result, or null to take the careful way
   */
  ReadResult readDirectly(String json) {
    List<String> ignored = new ArrayList<>();
    SkipAndRecord handler = new SkipAndRecord(ignored);
    ObjectReader reader = recordReader.withHandler(handler);
    AreaRecord record;
    try (BoundaryWatch watch = new BoundaryWatch(reader.createParser(json))) {
      record = reader.readValue(watch);
      // Binding fills a property version 3 requires with its default; the watch saw the document state it.
      if (record == null || handler.version != SCHEMA_VERSION || watch.nextToken() != null || !watch.sound()) {
        return null;
      }
    } catch (RuntimeException e) {
      return null;
    }
    return new ReadResult(record, ignored, handler.version);
  }

  private int checkVersion(ObjectNode body, String origin) {
    JsonNode version = body.get("schemaVersion");
    String readable = "this codec reads versions " + OLDEST_SCHEMA_VERSION + " to " + SCHEMA_VERSION;
    if (version == null) {
      throw new RecordFormatException(origin, List.of(new Violation("schemaVersion",
          RecordFormatException.SCHEMA_VERSION, "schemaVersion is missing; " + readable)));
    }
    if (!version.isInt() || version.intValue() < OLDEST_SCHEMA_VERSION
        || version.intValue() > SCHEMA_VERSION) {
      throw new RecordFormatException(origin, List.of(new Violation("schemaVersion",
          RecordFormatException.SCHEMA_VERSION, "schemaVersion " + version + " is not supported; "
              + readable)));
    }
    return version.intValue();
  }

  /** A record with the format's version before its own properties, as the codec writes it. */
  @JsonPropertyOrder({"schemaVersion"})
  private static final class Versioned {
    @JsonProperty("schemaVersion")
    final int schemaVersion = SCHEMA_VERSION;
    @JsonUnwrapped
    final AreaRecord record;

    Versioned(AreaRecord record) {
      this.record = record;
    }
  }

  /**
   * Skips unknown properties in lenient mode, remembering their paths; strict mode fails on them. Reading
   * straight from the text, it also takes the top-level {@code schemaVersion}, which no model type holds.
   */
  private final class SkipAndRecord extends DeserializationProblemHandler {
    private final List<String> ignored;
    /** The top-level version read straight from the text; 0 when absent or not a small whole number. */
    private int version;

    SkipAndRecord(List<String> ignored) {
      this.ignored = ignored;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
      if ("schemaVersion".equals(propertyName) && p.streamReadContext().getParent() != null
          && p.streamReadContext().getParent().inRoot()) {
        boolean whole = p.currentToken() == JsonToken.VALUE_NUMBER_INT
            && p.getNumberType() == JsonParser.NumberType.INT;
        version = whole ? p.getIntValue() : 0;
        p.skipChildren();
        return true;
      }
      if (!lenient) {
        return false;
      }
      // At an array or object value the parser has already entered it; the property's own path is
      // that of the enclosing context, or an array value would be reported as its first element.
      TokenStreamContext context = p.streamReadContext();
      if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
        context = context.getParent();
      }
      ignored.add(JsonProblems.pathOf(context));
      p.skipChildren();
      return true;
    }
  }
}
