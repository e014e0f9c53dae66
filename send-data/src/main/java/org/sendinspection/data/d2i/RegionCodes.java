package org.sendinspection.data.d2i;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sendinspection.model.area.OfstedRegion;

/**
 * The Ofsted region of each region code the scraped overview writes.
 *
 * <p>The codes are the short codes of England's nine regions (E East of England, EM East Midlands, GL
 * London, NE North East, NW North West, SE South East, SW South West, WM West Midlands, YH Yorkshire and
 * the Humber). Ofsted's regions are those nine with North East and Yorkshire and the Humber combined
 * (official statistics' guidance), so both NE and YH map to that one region. Anything else, such as the
 * scraper's {@code nan}, maps to no region and the row is reported. The tests check every mapping
 * against the region Ofsted's 2016-framework statistics give the same ONS code.
 */
final class RegionCodes {
  private static final Map<String, OfstedRegion> REGIONS = Map.of(
      "E", OfstedRegion.EAST_OF_ENGLAND,
      "EM", OfstedRegion.EAST_MIDLANDS,
      "GL", OfstedRegion.LONDON,
      "NE", OfstedRegion.NORTH_EAST_YORKSHIRE_AND_THE_HUMBER,
      "YH", OfstedRegion.NORTH_EAST_YORKSHIRE_AND_THE_HUMBER,
      "NW", OfstedRegion.NORTH_WEST,
      "SE", OfstedRegion.SOUTH_EAST,
      "SW", OfstedRegion.SOUTH_WEST,
      "WM", OfstedRegion.WEST_MIDLANDS);

  private RegionCodes() {}

  static Optional<OfstedRegion> region(String code) {
    return Optional.ofNullable(REGIONS.get(code));
  }

  static String known() {
    return String.join(", ", new TreeSet<>(REGIONS.keySet()));
  }
}
