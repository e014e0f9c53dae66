package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.sendinspection.data.ofsted.OfstedStatistics;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.Derivation;
import org.sendinspection.rules.conclusion.Conclusion;
import org.sendinspection.testkit.SharedData;

/**
 * {@code send report} over the records imported from Ofsted's official statistics, opened in headless
 * Chromium: every page loads with no console error and no broken link, the filter narrows the area table,
 * the area page shows the conclusions the rules derive, and the national page is saved as a picture,
 * {@code target/report-national.png}, for a person to look at.
 */
class ReportInBrowserTest {
  private static final LocalDate AS_OF = LocalDate.of(2022, 8, 31);
  private static final String ESSEX = "E10000012";

  @TempDir
  static Path dir;
  private static Path statistics;
  private static Path site;
  private static ChromeDriver chrome;

  /** Why the tests cannot run here (no data set, no browser), or null; each test is then skipped with it. */
  private static String cannotRun;

  @BeforeAll
  static void writeTheReportAndStartChromium() {
    Optional<Path> data = dataSet(SharedData.STATISTICS_2022);
    Optional<String> noBrowser = Chromium.missing();
    if (data.isEmpty() || noBrowser.isPresent()) {
      cannotRun = noBrowser.orElse("the data set is not at " + shared(SharedData.STATISTICS_2022)
          + "; put it there or set -Dsend.shared.dir to the directory holding " + SharedData.STATISTICS_2022);
      // Said where a newcomer running the build sees it, not only in the test reports.
      System.err.println("ReportInBrowserTest is skipped: " + cannotRun);
      return;
    }
    statistics = data.get();
    chrome = Chromium.start();
    site = dir.resolve("site");
    Cli.Run run = Cli.run("report", statistics.toString(), "--as-of", AS_OF.toString(), "--out", site.toString());
    // The file's own problem rows are reported (exit 1); the site covers every sound row.
    assertTrue(Files.isRegularFile(site.resolve("index.html")), run.err());
  }

  @BeforeEach
  void skipWhereTheyCannotRun() {
    assumeTrue(cannotRun == null, cannotRun);
  }

  @AfterAll
  static void stopChromium() {
    if (chrome != null) {
      chrome.quit();
    }
  }

  @Test
  void every_page_loads_with_no_console_error_and_no_broken_link() throws IOException {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() > 100, "a page per area of the statistics: " + pages.size());
    // The console check sees what a page logs: a probe logged on purpose is caught.
    open(site.resolve("index.html"));
    chrome.executeScript("console.error('probe from the test')");
    assertTrue(chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
        .anyMatch(e -> e.getMessage().contains("probe from the test")), "the browser's console is read");
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      open(page);
      for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
        problems.add(site.relativize(page) + ": console " + entry.getLevel() + ": " + entry.getMessage());
      }
      // Every link at once, as written and as the browser resolves it, with whether a fragment's target exists.
      @SuppressWarnings("unchecked")
      List<List<Object>> links = (List<List<Object>>) chrome.executeScript(
          "return Array.from(document.querySelectorAll('a[href]')).map(function (a) {"
              + " var h = a.getAttribute('href');"
              + " return [h, a.href, h.charAt(0) !== '#' || document.getElementById(h.substring(1)) !== null]; });");
      for (List<Object> link : links) {
        String href = (String) link.get(0);
        if (href.startsWith("https://") || href.startsWith("http://")) {
          continue;   // the sources of a rule, for a reader online; nothing the page needs
        }
        if (href.startsWith("#")) {
          if (!Boolean.TRUE.equals(link.get(2))) {
            problems.add(site.relativize(page) + ": no target for " + href);
          }
        } else if (!Files.isRegularFile(Path.of(URI.create((String) link.get(1)).getPath()))) {
          problems.add(site.relativize(page) + ": broken link " + href);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void the_filter_narrows_the_area_table_and_a_heading_sorts_it() {
    open(site.resolve("index.html"));
    int all = visibleRows().size();
    assertTrue(all > 100, "areas listed: " + all);

    chrome.findElement(By.id("area-filter")).sendKeys("Essex");

    List<List<String>> shown = visibleRows();
    assertTrue(!shown.isEmpty() && shown.size() < all, shown.size() + " of " + all);
    shown.forEach(row -> assertTrue(String.join(" ", row).contains("Essex"), row.toString()));
    assertEquals(shown.size() + (shown.size() == 1 ? " area" : " areas"),
        chrome.findElement(By.id("area-table-count")).getText());

    chrome.findElement(By.id("area-filter")).clear();
    chrome.findElement(By.id("area-filter")).sendKeys(" ");
    assertEquals(all, visibleRows().size(), "clearing the filter shows every area again");
    chrome.findElement(By.cssSelector("#area-table thead th:nth-child(2) button")).click();
    List<String> codes = visibleRows().stream().map(row -> row.get(1)).toList();
    assertEquals(codes.stream().sorted().toList(), codes, "sorted by code");
    assertEquals("ascending", chrome.findElement(By.cssSelector("#area-table thead th:nth-child(2)"))
        .getDomAttribute("aria-sort"));
  }

  @Test
  void the_area_page_shows_the_conclusions_the_rules_derive_for_the_area() {
    AreaRecord essex = OfstedStatistics.read(statistics).records().stream()
        .filter(r -> r.getArea().getCode().equals(ESSEX)).findFirst().orElseThrow();
    List<Conclusion> derived = Derivation.of(essex, AS_OF).conclusions();

    open(site.resolve("areas/" + ESSEX + ".html"));
    List<WebElement> shown = chrome.findElements(By.cssSelector("article.conclusion"));

    assertFalse(derived.isEmpty());
    assertEquals(derived.size(), shown.size());
    for (int i = 0; i < derived.size(); i++) {
      Conclusion c = derived.get(i);
      WebElement article = shown.get(i);
      assertEquals(c.getKind().name(), article.getDomAttribute("data-kind"));
      assertEquals(c.getRuleId(), article.getDomAttribute("data-rule"));
      assertEquals(c.getReason(), article.findElement(By.className("reason")).getText());
    }
    assertTrue(chrome.findElement(By.cssSelector("#timeline + figure svg")).isDisplayed(), "the timeline picture");
  }

  @Test
  void a_picture_of_the_national_page_is_written_to_target() throws IOException {
    open(site.resolve("index.html"));
    // The whole page, not only the first screenful.
    Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight");
    chrome.manage().window().setSize(new Dimension(1280, Math.min(height.intValue(), 6000)));
    Path picture = Path.of("target", "report-national.png");
    Files.createDirectories(picture.getParent());
    Files.move(chrome.getScreenshotAs(OutputType.FILE).toPath(), picture, StandardCopyOption.REPLACE_EXISTING);
    chrome.manage().window().setSize(new Dimension(1280, 1000));
    assertTrue(Files.size(picture) > 10_000, "a picture, not an empty page: " + Files.size(picture) + " bytes");
  }

  private static void open(Path page) {
    chrome.get(page.toUri().toString());
  }

  /** The cells' text of each row of the area table the browser shows, in order. */
  @SuppressWarnings("unchecked")
  private static List<List<String>> visibleRows() {
    return (List<List<String>>) chrome.executeScript("return Array.from(document.querySelectorAll("
        + "'#area-table tbody tr')).filter(function (r) { return r.offsetParent !== null; })"
        + ".map(function (r) { return Array.from(r.cells).map(function (c) { return c.textContent.trim(); }); });");
  }

  /** The data file, if it is there; in CI (CI=true) its absence is a failure. */
  private static Optional<Path> dataSet(String relative) {
    Path file = shared(relative);
    if (file != null && Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true: the data set is not at " + file + "; CI must have ../shared/" + relative);
    }
    return Optional.empty();
  }

  private static Path shared(String relative) {
    String dir = System.getProperty("send.shared.dir");
    return dir == null ? Path.of("<send.shared.dir unset>", relative) : Path.of(dir).resolve(relative);
  }
}
