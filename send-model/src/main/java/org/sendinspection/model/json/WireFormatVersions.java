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
 * Version 2: adds inspections under the 2023 framework ({@code area-send-2023}), and
 * lets a submission be known only by its evaluation (no {@code submittedOn}), as Southend-on-Sea's is.
 * Every version-1 document is a version-2 document with another number: no property was renamed,
 * removed or given another meaning, so the migration checks that the document keeps to version 1 and
 * changes nothing else. Version 3 (the current one) says what a record knows of facts it does not
 * list: {@code weaknessesKnown}, and the coverages {@code inspectionCoverage}, {@code revisitCoverage},
 * {@code submissionCoverage} and {@code monitoringCoverage} are required; claims may be dated to the
 * month or year ({@code precision}) or as a limit ({@code bound}); next steps after a revisit may be
 * recorded. A version-2 document is read with every coverage "not recorded". The codec always writes
 * the current version.
 */
final class WireFormatVersions {

  /** The version written. */
  static final int CURRENT = 3;
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
    if (version >= 3) {
      return statesWhatIsKnown(body);
    }
    if (version == 2) {
      return problems;
    }
    // Only a list is looked into: anything else is the wrong type, which binding reports.
    JsonNode inspections = body.path("inspections");
    for (int i = 0; inspections.isArray() && i < inspections.size(); i++) {
      JsonNode framework = inspections.path(i).path("framework");
      if (framework.isString() && !"local-area-send-2016".equals(framework.asString())) {
        problems.add(new Violation("inspections[" + i + "].framework", RecordFormatException.SCHEMA_VERSION,
            "framework '" + framework.asString() + "' needs schemaVersion 2; a version-1 document holds "
                + "only local-area-send-2016 inspections"));
      }
      JsonNode submissions = inspections.path(i).path("writtenStatement").path("submissions");
      for (int j = 0; submissions.isArray() && j < submissions.size(); j++) {
        if (!submissions.path(j).has("submittedOn")) {
          problems.add(new Violation("inspections[" + i + "].writtenStatement.submissions[" + j + "].submittedOn",
              RecordFormatException.SCHEMA_VERSION,
              "a submission without submittedOn needs schemaVersion 2; version 1 dates every submission"));
        }
      }
    }
    return problems;
  }

  /**
   * Version 3 says, for every kind of fact a source may not cover, what the record knows of those it
   * does not list; a reader never has to guess it from a missing property. Version 1 and 2 documents
   * could not say it: read, they take "not recorded" for every coverage, and "counted" or "named" for
   * the weaknesses as the count is or is not given, which is what those documents meant.
   */
  private static List<Violation> statesWhatIsKnown(ObjectNode body) {
    List<Violation> problems = new ArrayList<>();
    require(body, "inspectionCoverage", "", "whether inspections beyond those listed are recorded", problems);
    // Only a list is looked into: anything else is the wrong type, which binding reports.
    JsonNode inspections = body.path("inspections");
    for (int i = 0; inspections.isArray() && i < inspections.size(); i++) {
      JsonNode inspection = inspections.path(i);
      String at = "inspections[" + i + "].";
      String framework = inspection.path("framework").asString("");
      if ("local-area-send-2016".equals(framework)) {
        require(inspection, "weaknessesKnown", at, "what is known of the significant weaknesses", problems);
        require(inspection, "revisitCoverage", at, "whether a revisit not listed is recorded", problems);
        JsonNode statement = inspection.path("writtenStatement");
        if (statement.isObject()) {
          require(statement, "submissionCoverage", at + "writtenStatement.",
              "whether submissions not listed are recorded", problems);
        }
      } else if ("area-send-2023".equals(framework)) {
        require(inspection, "monitoringCoverage", at, "whether monitoring inspections not listed are recorded",
            problems);
      }
    }
    return problems;
  }

  private static void require(JsonNode node, String property, String at, String what, List<Violation> problems) {
    if (node.isObject() && !node.has(property)) {
      problems.add(new Violation(at + property, RecordFormatException.MISSING_PROPERTY,
          "schemaVersion 3 states " + what + " (" + property + "); found no " + property));
    }
  }
}
