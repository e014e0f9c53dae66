package org.sendinspection.data.ofsted;

import static org.sendinspection.testkit.SharedData.presentOrSkip;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find Ofsted's 2022 file: under the shared data directory, never in the repository. */
final class OfficialFile {
  static final String NAME = "Area_SEND_inspection_data_01_May_2016_to_31_August_2022.ods";

  private OfficialFile() {}

  /** The file, or the test is skipped with a message saying where to put it. */
  static Path require() {
    String shared = System.getProperty("send.shared.dir");
    Path file = shared == null ? null : Path.of(shared, "data", "ofsted", NAME);
    presentOrSkip(file != null && Files.isRegularFile(file), "Ofsted's area SEND statistics are not at "
        + (file == null ? "<send.shared.dir unset>/data/ofsted/" + NAME : file)
        + "; put the file there (download it from " + OfstedStatistics.STATISTICS_PAGE
        + ") or set -Dsend.shared.dir to the directory holding data/ofsted/" + NAME);
    return file;
  }
}
