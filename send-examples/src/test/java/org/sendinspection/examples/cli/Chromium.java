package org.sendinspection.examples.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium and its driver, from Debian's {@code chromium} and {@code chromium-driver} packages
 * ({@code .ci/run} installs them). Where they are absent a test is skipped with a message saying how to
 * install them (see {@link #missing()}); in CI ({@code CI=true}) it fails instead, since CI must run the browser test.
 */
final class Chromium {
  private Chromium() {}

  /**
   * Why the browser test cannot run here, if it cannot: Chromium or its driver is not found.
   *
   * @return the reason, naming what is missing and how to install it; empty when both are found
   * @throws AssertionError in CI ({@code CI=true}), where the browser must be present
   */
  static Optional<String> missing() {
    Optional<Path> browser = find("send.chromium", "chromium", "chromium-browser", "google-chrome");
    Optional<Path> driver = find("send.chromedriver", "chromedriver");
    if (browser.isPresent() && driver.isPresent()) {
      return Optional.empty();
    }
    String message = "headless Chromium and its driver are needed for the report's browser test and were not "
        + "found on the PATH (" + (browser.isEmpty() ? "no chromium" : "chromium at " + browser.get())
        + (driver.isEmpty() ? ", no chromedriver" : ", chromedriver at " + driver.get()) + "); install them with "
        + "`apt-get install chromium chromium-driver` or give -Dsend.chromium=PATH -Dsend.chromedriver=PATH";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true: " + message);
    }
    return Optional.of(message);
  }

  /** Starts a headless browser that keeps the pages' console messages; call only when nothing is {@link #missing()}. */
  static ChromeDriver start() {
    Path browser = find("send.chromium", "chromium", "chromium-browser", "google-chrome").orElseThrow();
    Path driver = find("send.chromedriver", "chromedriver").orElseThrow();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--hide-scrollbars", "--force-device-scale-factor=1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("profile.default_content_setting_values.notifications", 2));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.toFile())
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return chrome;
  }

  private static Optional<Path> find(String property, String... names) {
    String given = System.getProperty(property);
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    String path = System.getenv("PATH");
    for (String name : names) {
      for (String dir : path == null ? List.<String>of() : List.of(path.split(File.pathSeparator))) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
