package org.sendinspection.model.json;

import java.util.ArrayList;
import java.util.List;
import org.sendinspection.model.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versions of the wire format, and how a document of an older version is brought up to the
 * current one when it is read.
 *
 * <p>Version 1: inspections under the 2016 framework only ({@code framework} is
 * {@code local-area-send-2016}), and every submission of a written statement of action dated.
 * Version 2 (the current one): adds inspections under the 2023 framework ({@code area-send-2023}), and
 * lets a submission be known only by its evaluation (no {@code submittedOn}), as Southend-on-Sea's is.
 * Every version-1 document is a version-2 document with another number: no property was renamed,
 * removed or given another meaning, so the migration checks that the document keeps to version 1 and
 * changes nothing else. The codec always writes the current version.
 */
final class WireFormatVersions {

  /** The version written. */
  static final int CURRENT = 2;
  /** The oldest version read. */
  static final int OLDEST = 1;

  private WireFormatVersions() {}

  /**
   * Checks a document against the version it declares, before it is read as the current version.
   *
   * @param body the document without its {@code schemaVersion}; not changed
   * @param version the version it declares, from {@link #OLDEST} to {@link #CURRENT}
   * @return what in the document does not belong to the declared version; empty when it keeps to it
   */
  static List<Violation> outsideVersion(ObjectNode body, int version) {
    List<Violation> problems = new ArrayList<>();
    if (version >= 2) {
      return problems;
    }
    JsonNode inspections = body.path("inspections");
    for (int i = 0; i < inspections.size(); i++) {
      JsonNode framework = inspections.get(i).path("framework");
      if (framework.isString() && !"local-area-send-2016".equals(framework.asString())) {
        problems.add(new Violation("inspections[" + i + "].framework", RecordFormatException.SCHEMA_VERSION,
            "framework '" + framework.asString() + "' needs schemaVersion 2; a version-1 document holds "
                + "only local-area-send-2016 inspections"));
      }
      JsonNode submissions = inspections.get(i).path("writtenStatement").path("submissions");
      for (int j = 0; j < submissions.size(); j++) {
        if (!submissions.get(j).has("submittedOn")) {
          problems.add(new Violation("inspections[" + i + "].writtenStatement.submissions[" + j + "].submittedOn",
              RecordFormatException.SCHEMA_VERSION,
              "a submission without submittedOn needs schemaVersion 2; version 1 dates every submission"));
        }
      }
    }
    return problems;
  }
}
