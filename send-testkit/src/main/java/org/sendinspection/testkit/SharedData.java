package org.sendinspection.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the real data sets: under the shared data directory, never in the repository. */
public final class SharedData {
  /** Ofsted's management information on the first 2023-framework inspections, as the DfE re-publishes it. */
  public static final String MANAGEMENT_INFORMATION = "data/ofsted/mi_ofsted_winter_2223.csv";
  /** data-to-insight's scraped overview of 2023-framework reports. */
  public static final String SCRAPED_OVERVIEW = "data/d2i/ofsted_csc_send_overview.xlsx";
  /** Ofsted's 2016-framework official statistics, published 17 November 2022. */
  public static final String STATISTICS_2022 =
      "data/ofsted/Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods";

  private SharedData() {}

  /**
   * The file, or the test is skipped with a message saying where to put it.
   *
   * @param relative the file's path under the shared directory, such as {@link #SCRAPED_OVERVIEW}
   * @param origin where to get the file, for the message
   */
  public static Path require(String relative, String origin) {
    String shared = System.getProperty("send.shared.dir");
    Path file = shared == null ? null : Path.of(shared).resolve(relative);
    presentOrSkip(file != null && Files.isRegularFile(file), "the data set is not at "
        + (file == null ? "<send.shared.dir unset>/" + relative : file) + "; put it there (" + origin
        + ") or set -Dsend.shared.dir to the directory holding " + relative);
    return file;
  }

  /**
   * Skips the test, with the reason, where the data set is absent on a developer's machine; fails it in
   * CI (the environment variable CI is "true"), where the data is expected beside the checkout.
   *
   * @param present whether the data set is there
   * @param reason where it should be, for the message
   */
  public static void presentOrSkip(boolean present, String reason) {
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("CI expects the shared data set: " + reason);
    }
    assumeTrue(present, reason);
  }
}
