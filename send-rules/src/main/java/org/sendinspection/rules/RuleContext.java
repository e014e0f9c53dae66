package org.sendinspection.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.sendinspection.model.inspection.Inspection;
import org.sendinspection.model.record.AreaRecord;
import org.sendinspection.rules.internal.SharedFacts;

/**
 * What a rule is applied to: one inspection of an area record, the as-of date and the settings.
 *
 * <p>Immutable and thread-safe. What the rules work out about the inspection is worked out once per
 * context and shared by every rule applied to it.
 */
public final class RuleContext {
  static {
    SharedFacts.grantAccess(context -> context.shared);
  }

  private final AreaRecord record;
  private final int inspectionIndex;
  private final LocalDate asOf;
  private final RuleSettings settings;
  private final SharedFacts shared = new SharedFacts();

  private RuleContext(AreaRecord record, int inspectionIndex, LocalDate asOf, RuleSettings settings) {
    this.record = record;
    this.inspectionIndex = inspectionIndex;
    this.asOf = asOf;
    this.settings = settings;
  }

  /**
   * The context of one inspection.
   *
   * @param record the record; not null
   * @param inspectionIndex the inspection's index in {@link AreaRecord#getInspections()}
   * @param asOf the date the rules look from; not null
   * @param settings the settings; not null
   * @return the context
   * @throws IndexOutOfBoundsException if the record has no inspection at that index
   */
  public static RuleContext of(AreaRecord record, int inspectionIndex, LocalDate asOf, RuleSettings settings) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Objects.checkIndex(inspectionIndex, record.getInspections().size());
    return new RuleContext(record, inspectionIndex, asOf, settings);
  }

  /** The whole record, for rules that read the area or other inspections. */
  public AreaRecord record() {
    return record;
  }

  /** The inspection the rule looks at. */
  public Inspection inspection() {
    return record.getInspections().get(inspectionIndex);
  }

  /** The inspection's index in {@link AreaRecord#getInspections()}. */
  public int inspectionIndex() {
    return inspectionIndex;
  }

  /** The inspection's path in the record, such as {@code inspections[0]}. */
  public String inspectionPath() {
    return "inspections[" + inspectionIndex + "]";
  }

  /** The date the rules look from: facts dated after it have not yet happened. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The periods, calendar and policies the rules read. */
  public RuleSettings settings() {
    return settings;
  }
}
