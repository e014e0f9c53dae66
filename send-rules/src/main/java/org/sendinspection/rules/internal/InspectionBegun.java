package org.sendinspection.rules.internal;

import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.rules.DisputedDatePolicy;

/**
 * The day by which an inspection had begun, as the rules read it: its first day on site; or, where the
 * record gives none (a source that gives only the publication), the earliest recorded fact that shows it
 * had begun, saying so, so that no rule takes that day for the first day on site.
 */
public final class InspectionBegun {

  private InspectionBegun() {}

  /**
   * Resolves the fact by which an inspection had begun.
   *
   * @param inspection the inspection; not null
   * @param at its path in the record, such as {@code inspections[1]}; not null
   * @param what the inspection in words, such as {@code the next full inspection, '2024-area-send-inspection'}
   * @param policy the policy for disputed dates; not null
   * @return the first day on site, or the later fact with an assumption naming the missing first day
   */
  public static ResolvedDate of(Inspection inspection, String at, String what, DisputedDatePolicy policy) {
    String field = inspection.begunByField();
    if (field.equals("onSiteStart")) {
      return ResolvedDate.of(inspection.begunBy(), at + ".onSiteStart", "the first day of " + what, policy);
    }
    String fact = switch (field) {
      case "onSiteEnd" -> "the last day on site of " + what;
      case "reportReceivedOn" -> "the receipt of the report of " + what;
      default -> "the publication of " + what;
    };
    ResolvedDate by = ResolvedDate.of(inspection.begunBy(), at + "." + field, fact, policy);
    return by.assuming("The record gives no first day on site of " + what + " (" + at + ".onSiteStart is not recorded);"
        + " it had begun by " + fact + ", the day taken here.");
  }
}
