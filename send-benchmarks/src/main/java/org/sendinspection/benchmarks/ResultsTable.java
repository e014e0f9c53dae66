package org.sendinspection.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH result file ({@code -rf json -rff FILE}) into the Markdown table of {@code
 * docs/performance.md}: each benchmark's median over its measured iterations, and its ratio to the
 * median of its baseline with the same parameters, measured in the same run.
 *
 * <p>Medians, not means: the machine may be shared, and a median is not moved by the few iterations
 * another job slowed down.
 */
public final class ResultsTable {

  /** Each measured benchmark's baseline, and the target ratio the issue set (0 where none). */
  private static final Map<String, Object[]> BASELINES = new LinkedHashMap<>();

  static {
    BASELINES.put("CodecBenchmark.readStrict", new Object[] {"CodecBenchmark.readPlainBinding", 1.5});
    BASELINES.put("CodecBenchmark.readJacksonTree", new Object[] {"CodecBenchmark.readPlainBinding", 0.0});
    BASELINES.put("CodecBenchmark.schemaValidation", new Object[] {"CodecBenchmark.readStrict", 0.0});
    BASELINES.put("CodecBenchmark.writeCodec", new Object[] {"CodecBenchmark.writeImmutablesDirect", 1.25});
    BASELINES.put("CodecBenchmark.writeJacksonTree", new Object[] {"CodecBenchmark.writeImmutablesDirect", 0.0});
    BASELINES.put("DerivationBenchmark.derivationSameRules", new Object[] {"DerivationBenchmark.handLoop", 5.0});
    BASELINES.put("DerivationBenchmark.derivationAllRules", new Object[] {"DerivationBenchmark.handLoop", 0.0});
    BASELINES.put("DerivationBenchmark.conclusionsBuiltAgain", new Object[] {"DerivationBenchmark.handLoop", 0.0});
    BASELINES.put("FiguresBenchmark.nationalFigures", new Object[] {"FiguresBenchmark.handPass", 3.0});
    BASELINES.put("FiguresBenchmark.summaryFigures", new Object[] {"FiguresBenchmark.handPass", 0.0});
  }

  private ResultsTable() {}

  /**
   * Prints the table.
   *
   * @param args the JMH result file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable JMH-RESULT.json");
      System.exit(2);
    }
    System.out.print(table(JsonMapper.builder().build().readTree(new File(args[0]))));
  }

  static String table(JsonNode results) {
    Map<String, Double> medians = new TreeMap<>();
    Map<String, String> units = new TreeMap<>();
    for (JsonNode result : results) {
      String key = key(result);
      List<Double> raw = new ArrayList<>();
      for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
        fork.forEach(v -> raw.add(v.asDouble()));
      }
      medians.put(key, median(raw));
      units.put(key, result.path("primaryMetric").path("scoreUnit").asString());
    }
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | parameters | median | baseline | baseline median | ratio | target |\n");
    out.append("|---|---|---:|---|---:|---:|---:|\n");
    for (Map.Entry<String, Double> row : medians.entrySet()) {
      String[] parts = row.getKey().split(" ", 2);
      String params = parts.length > 1 ? parts[1] : "";
      Object[] baseline = BASELINES.get(parts[0]);
      String baselineName = "";
      String baselineMedian = "";
      String ratio = "";
      String target = "";
      if (baseline != null) {
        String baselineKey = baseline[0] + (params.isEmpty() ? "" : " " + params);
        Double b = medians.get(baselineKey);
        if (b != null) {
          baselineName = ((String) baseline[0]).substring(((String) baseline[0]).indexOf('.') + 1);
          baselineMedian = number(b) + " " + units.get(baselineKey);
          ratio = String.format(Locale.ROOT, "%.2fx", row.getValue() / b);
          target = (double) baseline[1] > 0 ? "within " + baseline[1] + "x" : "";
        }
      }
      out.append("| ").append(parts[0]).append(" | ").append(params).append(" | ")
          .append(number(row.getValue())).append(' ').append(units.get(row.getKey())).append(" | ")
          .append(baselineName).append(" | ").append(baselineMedian).append(" | ").append(ratio).append(" | ")
          .append(target).append(" |\n");
    }
    return out.toString();
  }

  /** {@code Class.method param=value,...}, the class without its package. */
  private static String key(JsonNode result) {
    String name = result.path("benchmark").asString();
    String[] parts = name.split("\\.");
    StringBuilder key = new StringBuilder(parts[parts.length - 2] + "." + parts[parts.length - 1]);
    List<String> params = new ArrayList<>();
    result.path("params").properties().forEach(e -> params.add(e.getKey() + "=" + e.getValue().asString()));
    if (!params.isEmpty()) {
      key.append(' ').append(String.join(",", params));
    }
    return key.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
