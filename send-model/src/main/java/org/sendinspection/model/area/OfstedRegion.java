package org.sendinspection.model.area;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.sendinspection.model.WireName;

/**
 * The Ofsted region a local area lies in.
 *
 * <p>As in Ofsted's official statistics, North East and Yorkshire and the Humber are one region
 * (official data guidance: "North East, Yorkshire and the Humber are combined into a single region").
 */
public enum OfstedRegion implements WireName {
  EAST_MIDLANDS("east-midlands", "East Midlands"),
  EAST_OF_ENGLAND("east-of-england", "East of England"),
  LONDON("london", "London"),
  NORTH_EAST_YORKSHIRE_AND_THE_HUMBER("north-east-yorkshire-and-the-humber",
      "North East, Yorkshire and the Humber"),
  NORTH_WEST("north-west", "North West"),
  SOUTH_EAST("south-east", "South East"),
  SOUTH_WEST("south-west", "South West"),
  WEST_MIDLANDS("west-midlands", "West Midlands");

  private final String wireName;
  private final String displayName;

  OfstedRegion(String wireName, String displayName) {
    this.wireName = wireName;
    this.displayName = displayName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  /** The region's name as Ofsted writes it, such as {@code East of England}. */
  public String displayName() {
    return displayName;
  }

  @JsonCreator
  public static OfstedRegion fromWireName(String text) {
    return WireName.parse(OfstedRegion.class, text);
  }

  /**
   * Finds a region by its wire name or by the name Ofsted writes, ignoring case, so that both
   * {@code east-of-england} and {@code East of England} name the same region.
   *
   * @param name the name; not null
   * @return the region
   * @throws IllegalArgumentException naming the regions, if none matches
   */
  public static OfstedRegion fromAnyName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (OfstedRegion region : values()) {
      if (region.wireName.equals(wanted) || region.displayName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return region;
      }
    }
    return fromWireName(name);
  }
}
