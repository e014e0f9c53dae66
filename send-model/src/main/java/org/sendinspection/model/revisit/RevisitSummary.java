package org.sendinspection.model.revisit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * A revisit's outcome as the official statistics summarise it: "sufficient progress in addressing
 * all significant weaknesses?" Yes, Some or No (official data guidance).
 */
public enum RevisitSummary implements WireName {
  /** Sufficient progress on every significant weakness ("Yes"). */
  ALL("all-sufficient", "Yes"),
  /** Sufficient progress on some but not all ("Some"). */
  SOME("some-sufficient", "Some"),
  /** Sufficient progress on none ("No"). */
  NONE("none-sufficient", "No");

  private final String wireName;
  private final String statisticsLabel;

  RevisitSummary(String wireName, String statisticsLabel) {
    this.wireName = wireName;
    this.statisticsLabel = statisticsLabel;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  /** The label in the official statistics' revisit outcome column: Yes, Some or No. */
  public String statisticsLabel() {
    return statisticsLabel;
  }

  /**
   * The summary of the given counts.
   *
   * @param sufficient weaknesses with sufficient progress, at least 0
   * @param notSufficient weaknesses without, at least 0
   * @return ALL when none lacks sufficient progress, NONE when none has it, else SOME
   * @throws IllegalArgumentException if both are 0: a revisit follows at least one weakness
   */
  public static RevisitSummary of(int sufficient, int notSufficient) {
    if (sufficient + notSufficient <= 0) {
      throw new IllegalArgumentException("a revisit outcome needs at least one weakness; found "
          + sufficient + " sufficient and " + notSufficient + " not sufficient");
    }
    return notSufficient == 0 ? ALL : sufficient == 0 ? NONE : SOME;
  }

  @JsonCreator
  public static RevisitSummary fromWireName(String text) {
    return WireName.parse(RevisitSummary.class, text);
  }
}
