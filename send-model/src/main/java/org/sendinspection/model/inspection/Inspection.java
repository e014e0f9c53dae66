package org.sendinspection.model.inspection;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;
import org.sendinspection.model.areasend.AreaSendInspection;
import org.sendinspection.model.provenance.DatedFact;

/**
 * An inspection of a local area under one of the frameworks, with everything that followed it.
 *
 * <p>Each framework has its own type; the JSON form names it in the {@code framework} property. What
 * all inspections share is here: an identifier within the area record, and when inspectors were on
 * site and the report was published.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "framework")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LocalAreaSendInspection.class, name = "local-area-send-2016"),
    @JsonSubTypes.Type(value = AreaSendInspection.class, name = "area-send-2023")
})
public interface Inspection {

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
}
