package org.sendinspection.benchmarks;

import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.Schema;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing one record with {@link AreaRecordCodec}, beside plain Jackson on the same text and
 * the same types, and the JSON Schema check {@code send validate} makes.
 *
 * <p>Targets: {@code readStrict} within 1.5x of {@code readPlainBinding}; {@code writeCodec} within
 * 1.25x of {@code writeImmutablesDirect}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {

  /** Which record: Essex's detailed one, or a synthetic one. */
  @Param({"essex", "generated"})
  public String record;

  private String json;
  private AreaRecord value;
  private JsonNode tree;
  private AreaRecordCodec codec;
  private JsonMapper plain;
  private ObjectReader plainReader;
  private ObjectWriter plainWriter;
  private Schema schema;

  @Setup
  public void setUp() {
    json = Records.json(record);
    codec = AreaRecordCodec.strict();
    value = codec.read(json);
    plain = PlainJackson.mapper();
    plainReader = plain.readerFor(AreaRecord.class);
    plainWriter = plain.writerFor(AreaRecord.class);
    tree = plain.readTree(json);
    schema = new SchemaLoader(new JsonParser(AreaRecordCodec.schema()).parse()).load();
    // A baseline that read something else would measure nothing.
    if (!plainReader.readValue(json).equals(value)) {
      throw new IllegalStateException("plain Jackson reads a different record from the same text");
    }
  }

  /** The codec's strict read: syntax, version, types, every field constraint and invariant. */
  @Benchmark
  public AreaRecord readStrict() {
    return codec.read(json);
  }

  /** Baseline: Jackson parsing the same text to a tree. */
  @Benchmark
  public JsonNode readJacksonTree() {
    return plain.readTree(json);
  }

  /** Baseline: Jackson binding the same text into the same Immutables types, with no checks of ours. */
  @Benchmark
  public AreaRecord readPlainBinding() {
    return plainReader.readValue(json);
  }

  /** The JSON Schema check of {@code send validate}, on its own. */
  @Benchmark
  public ValidationFailure schemaValidation() {
    return Validator.forSchema(schema).validate(new JsonParser(json).parse());
  }

  /** The codec's write: version first, the format's order, indented. */
  @Benchmark
  public String writeCodec() {
    return codec.write(value);
  }

  /** Baseline: Jackson writing the same Immutables value directly. */
  @Benchmark
  public String writeImmutablesDirect() {
    return plainWriter.writeValueAsString(value);
  }

  /** Baseline: Jackson writing a tree of the same document. */
  @Benchmark
  public String writeJacksonTree() {
    return plain.writeValueAsString(tree);
  }
}
