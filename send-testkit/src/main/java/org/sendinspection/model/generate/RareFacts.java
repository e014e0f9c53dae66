package org.sendinspection.model.generate;

import java.util.ArrayList;
import java.util.List;
import org.sendinspection.model.inspection.Inspector;
import org.sendinspection.model.inspection.Inspectorate;

/** Facts both frameworks' reports give and records hold only sometimes. */
final class RareFacts {
  private static final List<String> ROLES = List.of("His Majesty's Inspector", "Ofsted Inspector",
      "Children's Services Inspector", "Lead inspector");

  private RareFacts() {}

  /** None, or one to three inspectors, each from Ofsted or CQC. */
  static List<Inspector> inspectors(Draws draws) {
    List<Inspector> inspectors = new ArrayList<>();
    if (draws.chance(50)) {
      int count = draws.between(1, 3);
      for (int i = 1; i <= count; i++) {
        inspectors.add(Inspector.of("Synthetic Inspector " + i, draws.oneOf(List.of(Inspectorate.values())),
            draws.oneOf(ROLES)));
      }
    }
    return inspectors;
  }
}
