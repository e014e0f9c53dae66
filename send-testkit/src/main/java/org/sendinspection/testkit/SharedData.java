package org.sendinspection.testkit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files a test needs that the repository does not hold, such as the published data sets: a developer
 * without them gets a skipped test with a visible reason; a CI build (the environment variable
 * {@code CI} is {@code "true"}), where they are expected, fails instead, so that missing data never
 * passes as a green build.
 *
 * <p>The data sets are looked for under the directory the system property {@value #DIRECTORY_PROPERTY}
 * names (the project's build sets it to {@code ../shared} beside the checkout). Uses JUnit 5's
 * assumptions and assertions, which the caller's tests bring.
 */
public final class SharedData {
  /** The system property naming the directory that holds the data sets. */
  public static final String DIRECTORY_PROPERTY = "send.shared.dir";
  /** Ofsted's management information on the first 2023-framework inspections, as the DfE re-publishes it. */
  public static final String MANAGEMENT_INFORMATION = "data/ofsted/mi_ofsted_winter_2223.csv";
  /** data-to-insight's scraped overview of 2023-framework reports. */
  public static final String SCRAPED_OVERVIEW = "data/d2i/ofsted_csc_send_overview.xlsx";
  /** Ofsted's 2016-framework official statistics, published 17 November 2022. */
  public static final String STATISTICS_2022 =
      "data/ofsted/Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods";

  private SharedData() {}

  /**
   * The file, or the test is skipped (failed in CI) with a message saying where to put it.
   *
   * @param relative the file's path under the shared directory, such as {@link #SCRAPED_OVERVIEW}
   * @param origin where to get the file, for the message
   * @return the file, which exists
   */
  public static Path require(String relative, String origin) {
    String shared = System.getProperty(DIRECTORY_PROPERTY);
    Path file = shared == null ? null : Path.of(shared).resolve(relative);
    presentOrSkip(file != null && Files.isRegularFile(file), "the data set is not at "
        + (file == null ? "<" + DIRECTORY_PROPERTY + " unset>/" + relative : file) + "; put it there (" + origin
        + ") or set -D" + DIRECTORY_PROPERTY + " to the directory holding " + relative);
    return file;
  }

  /**
   * Skips the test, with the reason, where the data is absent on a developer's machine; fails it in CI
   * (the environment variable {@code CI} is {@code "true"}), where the data is expected.
   *
   * @param present whether the data is there
   * @param reason where it should be, for the message
   */
  public static void presentOrSkip(boolean present, String reason) {
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("CI expects the shared data set: " + reason);
    }
    assumeTrue(present, reason);
  }
}
