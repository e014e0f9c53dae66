package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;
import org.sendinspection.model.inspection.AreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;

/**
 * An inspection of a local area under one of the frameworks, with everything that followed it.
 *
 * <p>Each framework has its own type; the JSON form names it in the {@code framework} property. What
 * all inspections share is here: an identifier within the area record, and when inspectors were on
 * site and the report was published.
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
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "framework")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LocalAreaSendInspection.class, name = "local-area-send-2016"),
    @JsonSubTypes.Type(value = AreaSendInspection.class, name = "area-send-2023")
})
public sealed interface Inspection permits LocalAreaSendInspection, AreaSendInspection {

  /** The identifier within the area record, such as {@code 2019-inspection}. */
  String getId();

  /** The framework it was carried out under. */
  FrameworkVersion framework();

  /** The first day inspectors were on site. */
  DatedFact getOnSiteStart();

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
