package org.sendinspection.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sendinspection.data.ofsted.OfstedStatistics;
import java.util.Random;

/**
 * Writes a CSV export of the 2016-framework statistics' data sheet with as many synthetic rows as asked,
 * to measure how the importers and {@code send summary} read a large file: the same four title lines, the
 * header on row 5 and thirteen columns as the sheet Ofsted publishes (Ofsted, "Area SEND inspections and
 * outcomes" official statistics, 17 November 2022), then one row per synthetic area.
 *
 * <p>Each area has its own code ({@code E9} and seven digits, which no real area has, so every row is
 * an area the bundled directory does not know and keeps its own code, name and region). The rows mix
 * the shapes the real file has: no statement required, a statement and no revisit yet, and a revisit
 * with its two counts; one row in {@value #BAD_EVERY} gives an inspection date that is not a date, so
 * that problems are reported throughout. The same count and seed give the same file.
 *
 * <pre>{@code
 * java -cp send-benchmarks/target/benchmarks.jar org.sendinspection.benchmarks.StatisticsCsvGenerator 1000000 big.csv
 * }</pre>
 */
public final class StatisticsCsvGenerator {
  /** One row in this many has a problem. */
  static final int BAD_EVERY = 1000;

  private static final List<String> HEADER = OfstedStatistics.COLUMNS;

  private static final List<String> REGIONS = List.of("East Midlands", "East of England", "London",
      "North East, Yorkshire and the Humber", "North West", "South East", "South West", "West Midlands");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final LocalDate FIRST = LocalDate.of(2016, 5, 2);

  private StatisticsCsvGenerator() {}

  /**
   * Writes the file.
   *
   * @param args the number of data rows, the file to write, and optionally a seed (default 2016)
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: StatisticsCsvGenerator ROWS FILE.csv [SEED]");
      System.exit(2);
    }
    int rows = Integer.parseInt(args[0]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2016;
    write(Path.of(args[1]), rows, seed);
  }

  /**
   * Writes a file of synthetic rows.
   *
   * @param file where; replaced if it exists
   * @param rows how many data rows
   * @param seed the random seed
   */
  static void write(Path file, int rows, long seed) {
    if (rows < 0 || rows > 9_999_999) {
      throw new IllegalArgumentException("rows must be 0 to 9,999,999 (one code each); found " + rows);
    }
    Random random = new Random(seed);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("Synthetic area SEND inspection and revisit outcomes [note 1]\n");
      out.write("This worksheet contains one table.\n");
      out.write("Hyperlinks in column A open in a new window.\n");
      out.write("Some cells in this table are empty because a revisit is not required or has not taken place yet.\n");
      out.write(String.join(",", HEADER.stream().map(StatisticsCsvGenerator::quoted).toList()) + "\n");
      for (int i = 1; i <= rows; i++) {
        out.write(row(i, random));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String row(int i, Random random) {
    String code = String.format("E9%07d", i);
    String region = REGIONS.get(random.nextInt(REGIONS.size()));
    LocalDate start = FIRST.plusDays(random.nextInt(5 * 365));
    LocalDate published = start.plusDays(40 + random.nextInt(60));
    String startText = i % BAD_EVERY == 0 ? "sometime in spring" : DAY.format(start);
    String[] cells;
    switch (random.nextInt(3)) {
      case 0 -> cells = new String[] {"Ofsted LA Webpage", code, "Synthetic area " + i, region, startText,
          DAY.format(published), "No", "", "", "", "", "", ""};
      case 1 -> cells = new String[] {"Ofsted LA Webpage", code, "Synthetic area " + i, region, startText,
          DAY.format(published), "Yes", String.valueOf(1 + random.nextInt(8)), "Not revisited yet", "", "", "", ""};
      default -> {
        int weaknesses = 1 + random.nextInt(8);
        int sufficient = random.nextInt(weaknesses + 1);
        LocalDate revisit = published.plusDays(500 + random.nextInt(300));
        String outcome = sufficient == weaknesses ? "Yes" : sufficient == 0 ? "No" : "Some";
        cells = new String[] {"Ofsted LA Webpage", code, "Synthetic area " + i, region, startText,
            DAY.format(published), "Yes", String.valueOf(weaknesses), DAY.format(revisit),
            DAY.format(revisit.plusDays(40 + random.nextInt(30))), outcome, String.valueOf(sufficient),
            String.valueOf(weaknesses - sufficient)};
      }
    }
    StringBuilder line = new StringBuilder(160);
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append(',');
      }
      line.append(quoted(cells[c]));
    }
    return line.toString();
  }

  private static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
