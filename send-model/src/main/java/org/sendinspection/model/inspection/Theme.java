package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.sendinspection.model.WireName;

/**
 * What a finding is about, so that findings can be counted across areas; the names follow the letters' own headings.
 */
public enum Theme implements WireName {
  /** Joint commissioning between the local authority and health commissioners. */
  JOINT_COMMISSIONING("joint-commissioning"),
  /** Identifying children and young people's needs accurately and early. */
  IDENTIFICATION_OF_NEED("identification-of-need"),
  /** Education, health and care plans: assessment, quality, timeliness and reviews. */
  EHC_PLANS("ehc-plans"),
  /** The published local offer of services. */
  LOCAL_OFFER("local-offer"),
  /** Strategic leadership, governance and accountability across the area. */
  LEADERSHIP_AND_GOVERNANCE("leadership-and-governance"),
  /** Working with children, young people and families, and their participation. */
  CO_PRODUCTION("co-production"),
  /** Access to good-quality, full-time education: part-time timetables, home education, placements. */
  ACCESS_TO_EDUCATION("access-to-education"),
  /** Health services: waiting times, therapies, diagnostic pathways. */
  HEALTH_SERVICES("health-services"),
  /** Preparing young people for adulthood. */
  PREPARATION_FOR_ADULTHOOD("preparation-for-adulthood"),
  /** Anything the other themes do not cover. */
  OTHER("other");

  private final String wireName;

  Theme(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  @Override
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static Theme fromWireName(String text) {
    return WireName.parse(Theme.class, text);
  }
}
