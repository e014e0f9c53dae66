package org.sendinspection.model.inspection;

import java.util.Optional;
import org.sendinspection.model.provenance.DatedFact;

/**
 * An inspection of a local area under one of the frameworks, with everything that followed it.
 *
 * <p>Each framework has its own type; the JSON form names it in the {@code framework} property (a
 * mapping the codec, {@code org.sendinspection.model.json}, holds). What all inspections share is here:
 * an identifier within the area record, and when inspectors were on site and the report was published.
 *
 * <p>The set of frameworks is closed: the interface is sealed, and code that treats each framework in
 * its own way does so through {@link #accept(Visitor)}, so that a framework added later is a compile
 * error at every such place until it is handled there. Example:
 * <pre>{@code
 * String letter = inspection.accept(new Inspection.Visitor<String>() {
 *   public String localAreaSend2016(LocalAreaSendInspection i) { return "written statement of action"; }
 *   public String areaSend2023(AreaSendInspection i) { return "priority action plan"; }
 * });
 * }</pre>
 */
public sealed interface Inspection permits LocalAreaSendInspection, AreaSendInspection {

  /** The identifier within the area record, such as {@code 2019-inspection}. */
  String getId();

  /** The framework it was carried out under. */
  FrameworkVersion framework();

  /**
   * The first day inspectors were on site, where recorded: a 2016-framework inspection always records
   * it; a 2023-framework inspection read from a source that gives only its publication does not.
   */
  Optional<DatedFact> firstDayOnSite();

  /**
   * The earliest recorded fact by which the inspection had begun: its first day on site, or where that
   * is not recorded its last day on site, or else the first news of its report (its publication, or for
   * a 2023-framework inspection the report's receipt where that came first). It orders inspections and tells
   * whether one had begun by a day; it is not the first day on site unless {@link #begunByField()} says
   * {@code onSiteStart}.
   *
   * @return the fact; every inspection records at least one of the three
   */
  default DatedFact begunBy() {
    return firstDayOnSite().or(this::getOnSiteEnd).or(this::getPublishedOn)
        .orElseThrow(() -> new IllegalStateException("inspection '" + getId() + "' records no date"));
  }

  /**
   * The property {@link #begunBy()} is read from: {@code onSiteStart}, {@code onSiteEnd},
   * {@code reportReceivedOn} or {@code publishedOn}.
   */
  default String begunByField() {
    return firstDayOnSite().isPresent() ? "onSiteStart" : getOnSiteEnd().isPresent() ? "onSiteEnd" : "publishedOn";
  }

  /** The last day on site, where recorded. */
  Optional<DatedFact> getOnSiteEnd();

  /** When the report was published on Ofsted's website, where recorded. */
  Optional<DatedFact> getPublishedOn();

  /**
   * Calls the visitor's method for this inspection's framework.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor; not null
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * This inspection as one under the 2016 framework, for code that concerns that framework alone (its
   * figures, its journey); empty for an inspection under another framework.
   *
   * @return the inspection, if it is under the 2016 framework
   */
  default Optional<LocalAreaSendInspection> asLocalAreaSend2016() {
    return accept(Typed.LOCAL_AREA_SEND_2016);
  }

  /**
   * This inspection as one under the 2023 framework, for code that concerns that framework alone; empty
   * for an inspection under another framework.
   *
   * @return the inspection, if it is under the 2023 framework
   */
  default Optional<AreaSendInspection> asAreaSend2023() {
    return accept(Typed.AREA_SEND_2023);
  }

  /**
   * Something done to an inspection that differs by framework: one method per framework, so that a new
   * framework cannot be missed.
   *
   * @param <R> what it returns
   */
  interface Visitor<R> {

    /** For an inspection under the 2016 framework. */
    R localAreaSend2016(LocalAreaSendInspection inspection);

    /** For an inspection under the 2023 framework. */
    R areaSend2023(AreaSendInspection inspection);
  }
}
