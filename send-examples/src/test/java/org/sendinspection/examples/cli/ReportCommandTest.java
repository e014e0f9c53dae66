package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendinspection.model.examples.ExampleRecords;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;

/** {@code send report}: the site's pages, their links, their independence of the network, and where it writes. */
class ReportCommandTest {
  private static final Pattern REFERENCE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  @Test
  void writes_a_national_page_a_page_per_region_and_a_page_per_area(@TempDir Path dir) throws IOException {
    Path records = examples(dir);
    Path site = dir.resolve("site");

    Cli.Run run = Cli.run("report", records.toString(), "--as-of", "2022-08-31", "--out", site.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("wrote 5 pages"), run.out());
    String index = Files.readString(site.resolve("index.html"));
    assertTrue(index.contains("<h1>SEND local area inspections: England</h1>"), index);
    assertTrue(index.contains("<svg"), "the national page has its chart inline");
    for (String page : List.of("regions/east-of-england.html", "areas/E10000012.html", "areas/E06000033.html",
        "areas/E10000029.html")) {
      assertTrue(Files.isRegularFile(site.resolve(page)), page);
    }
    assertTrue(Files.isRegularFile(site.resolve(".send-report")));
  }

  @Test
  void an_area_page_shows_every_conclusion_the_rules_draw_with_its_rule(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    Cli.run("report", examples(dir).toString(), "--as-of", "2022-08-31", "--out", site.toString());
    String essex = Files.readString(site.resolve("areas/E10000012.html"));

    List<Conclusion> derived = Derivation.of(ExampleRecords.essex(), LocalDate.of(2022, 8, 31)).conclusions();

    assertFalse(derived.isEmpty());
    assertTrue(essex.contains("Conclusions (" + derived.size() + ")"), essex);
    for (Conclusion c : derived) {
      assertTrue(essex.contains("data-kind=\"" + c.getKind().name() + "\" data-rule=\"" + c.getRuleId() + "\""),
          c.getKind() + " " + c.getRuleId());
    }
    assertTrue(essex.contains("Dates the sources disagree on (2)"), "Essex's two disputed dates");
    assertTrue(essex.contains("ofsted-essex-revisit-2022"), "each claim names its source");
  }

  @Test
  void pages_need_no_network_and_every_link_within_the_site_resolves(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    Cli.run("report", examples(dir).toString(), "--out", site.toString());

    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
    assertEquals(5, pages.size());
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertFalse(html.contains("<script src") || html.contains("rel=\"stylesheet\"") || html.contains("@import")
          || html.contains("url("), page + " loads something from elsewhere");
      Matcher m = REFERENCE.matcher(html);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("https://") || target.startsWith("http://")) {
          // Only the sources of a rule link out, for a reader online; nothing the page needs.
          assertTrue(html.substring(m.start() - 3, m.start()).equals("<a "), page + ": " + target);
          continue;
        }
        if (target.startsWith("#") || target.startsWith("data:")) {
          continue;
        }
        assertTrue(Files.isRegularFile(page.getParent().resolve(target).normalize()), page + " links to " + target);
      }
    }
  }

  @Test
  void a_region_report_holds_that_region_s_areas_only(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    Cli.Run run = Cli.run("report", examples(dir).toString(), "--region", "East of England", "--out", site.toString());

    assertEquals(0, run.exitCode(), run.err());
    String index = Files.readString(site.resolve("index.html"));
    assertTrue(index.contains("<h1>SEND local area inspections: East of England</h1>"), index);
    assertFalse(Files.exists(site.resolve("regions")));
    assertTrue(Files.isRegularFile(site.resolve("areas/E10000012.html")));
  }

  @Test
  void replaces_an_earlier_report_but_never_a_folder_of_other_files(@TempDir Path dir) throws IOException {
    Path records = examples(dir);
    Path site = dir.resolve("site");
    assertEquals(0, Cli.run("report", records.toString(), "--out", site.toString()).exitCode());
    assertEquals(0, Cli.run("report", records.toString(), "--as-of", "2020-01-01", "--out", site.toString()).exitCode());
    assertTrue(Files.readString(site.resolve("index.html")).contains("as of 2020-01-01"));

    Path mine = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep me");
    Cli.Run refused = Cli.run("report", records.toString(), "--out", mine.toString());

    assertEquals(1, refused.exitCode());
    assertTrue(refused.err().contains("holds files that send report did not write"), refused.err());
    assertEquals(List.of(mine.resolve("notes.txt")), Files.list(mine).toList());
    try (Stream<Path> left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".send-report")), "no temporary folder left");
    }
  }

  @Test
  void a_bad_record_is_reported_and_the_site_covers_the_rest(@TempDir Path dir) throws IOException {
    Path records = examples(dir);
    Files.writeString(records.resolve("broken.json"), "{\"schemaVersion\": 2}");
    Path site = dir.resolve("site");

    Cli.Run run = Cli.run("report", records.toString(), "--out", site.toString());

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("broken.json"), run.err());
    assertTrue(Files.isRegularFile(site.resolve("areas/E10000012.html")));
  }

  @Test
  void a_region_with_no_area_in_the_records_is_an_error_and_writes_nothing(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");

    Cli.Run run = Cli.run("report", examples(dir).toString(), "--region", "London", "--out", site.toString());

    assertEquals(1, run.exitCode());
    assertEquals("send report: no area record is in London\n", run.err());
    assertFalse(Files.exists(site));
  }

  @Test
  void out_is_required(@TempDir Path dir) throws IOException {
    Cli.Run run = Cli.run("report", examples(dir).toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required option: '--out=DIR'"), run.err());
  }

  /** The three example records, one file each. */
  static Path examples(Path dir) throws IOException {
    Path records = Files.createDirectories(dir.resolve("records"));
    Files.writeString(records.resolve("essex.json"), ExampleRecords.json(ExampleRecords.ESSEX_RESOURCE));
    Files.writeString(records.resolve("southend.json"), ExampleRecords.json(ExampleRecords.SOUTHEND_ON_SEA_RESOURCE));
    Files.writeString(records.resolve("suffolk.json"), ExampleRecords.json(ExampleRecords.SUFFOLK_RESOURCE));
    return records;
  }
}
