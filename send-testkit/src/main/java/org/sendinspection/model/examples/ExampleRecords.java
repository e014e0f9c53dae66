package org.sendinspection.model.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sendinspection.model.json.AreaRecordCodec;
import org.sendinspection.model.record.AreaRecord;

/**
 * The area records of Essex, Southend-on-Sea and Suffolk, as the published sources state them.
 *
 * <p>Each record is a JSON resource beside this class, read through {@link AreaRecordCodec#strict()},
 * so a record that broke any rule of the model would fail here rather than in a caller. Sources, by
 * the identifiers the records cite:
 * <ul>
 *   <li>{@code ofsted-essex-revisit-2022}: the Ofsted/CQC revisit letter to Essex, 30 June 2022;
 *   <li>{@code ecc-send-inspection-update}: Essex County Council's paper to its People and Families
 *       Scrutiny Committee on the 2019 inspection;
 *   <li>{@code ofsted-essex-wsoa-evaluation-2020}: the letter of 6 April 2020 evaluating Essex's written
 *       statement of action;
 *   <li>{@code ofsted-southend-revisit-2021}: the revisit letter to Southend-on-Sea, 14 June 2021;
 *   <li>{@code ofsted-southend-area-send-inspection-2023}: the 2023 report on Southend-on-Sea, for its
 *       2023 inspection, the area's partners and the dates of its 2018 inspection;
 *   <li>{@code ofsted-area-send-mi-2023}: Ofsted's management information on 2023-framework inspections,
 *       for the 2023 report's publication date;
 *   <li>{@code ofsted-area-send-statistics-2022}: Ofsted's official statistics published 17 November
 *       2022, against which the inspection and revisit dates are checked;
 *   <li>{@code nhse-integrated-care-in-your-area}: NHS England, for the day clinical commissioning
 *       groups gave way to integrated care boards (1 July 2022);
 *   <li>{@code suffolk-area-send-2024}: the 2023-framework report on Suffolk (on site 13 to 17 November
 *       2023), and {@code ofsted-statistics-2022} for Suffolk's 2016-framework inspection and revisit,
 *       known only as the statistics give them: dates and counts.
 * </ul>
 *
 * <p>The sources disagree on two Essex dates, and the record keeps both claims of each: the 2019
 * report's publication (23 December 2019 in the council's paper and the statistics, 17 November 2019
 * in the revisit letter) and the statement's evaluation (the letter dated 6 April 2020, "declared fit
 * for purpose on 16 April 2020" in the revisit letter). Facts no source states are absent, not guessed:
 * for example the date Southend-on-Sea submitted its statement, so its submission is known only by its
 * evaluation, fit for purpose on 14 May 2019.
 *
 * <p>The records are parsed on each call; they are immutable, so callers may keep them.
 */
public final class ExampleRecords {

  /** The classpath resource of the Essex record. */
  public static final String ESSEX_RESOURCE = "/org/sendinspection/model/examples/essex.json";

  /** The classpath resource of the Southend-on-Sea record. */
  public static final String SOUTHEND_ON_SEA_RESOURCE =
      "/org/sendinspection/model/examples/southend-on-sea.json";

  /** The classpath resource of the Suffolk record. */
  public static final String SUFFOLK_RESOURCE = "/org/sendinspection/model/examples/suffolk.json";

  private ExampleRecords() {}

  /**
   * Essex ({@code E10000012}): inspected 30 September to 4 October 2019, three significant weaknesses,
   * a written statement of action with coded actions, and a revisit in May 2022 that found sufficient
   * progress on all three.
   *
   * @return the record, valid in every respect
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static AreaRecord essex() {
    return read(ESSEX_RESOURCE);
  }

  /**
   * Southend-on-Sea ({@code E06000033}), under both frameworks: inspected from 1 October 2018, four
   * significant weaknesses, and a revisit in May 2021 that found sufficient progress on three of them,
   * not on leadership and joint commissioning; then inspected under the 2023 framework from 6 to 10
   * March 2023, with inconsistent experiences and outcomes (outcome 2) and six areas for improvement.
   *
   * @return the record, valid in every respect
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static AreaRecord southendOnSea() {
    return read(SOUTHEND_ON_SEA_RESOURCE);
  }

  /**
   * Suffolk ({@code E10000029}), under both frameworks: inspected in December 2016 with four
   * significant weaknesses and revisited in January 2019 with sufficient progress on one of them (as
   * the official statistics give it, counts only), then inspected under the 2023 framework in November
   * 2023 with outcome 3 and two areas for priority action.
   *
   * @return the record, valid in every respect
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static AreaRecord suffolk() {
    return read(SUFFOLK_RESOURCE);
  }

  /**
   * The JSON text of an example record, as shipped.
   *
   * @param resource {@link #ESSEX_RESOURCE}, {@link #SOUTHEND_ON_SEA_RESOURCE} or
   *     {@link #SUFFOLK_RESOURCE}; not null
   * @return the text
   * @throws IllegalStateException if the resource is missing from the jar
   */
  public static String json(String resource) {
    try (InputStream in = ExampleRecords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the example record " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the example record " + resource, e);
    }
  }

  private static AreaRecord read(String resource) {
    return AreaRecordCodec.strict().readWithWarnings(json(resource), resource).record();
  }
}
