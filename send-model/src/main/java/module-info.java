/**
 * The records of SEND local area inspections: local areas and their partners, inspections under the
 * 2016 and 2023 frameworks with everything that follows them, the source of every dated fact, and the
 * versioned JSON wire format. Every value is checked as it is built, so an {@code AreaRecord} is
 * always a valid record.
 *
 * <p>The module is open because Jackson binds the value types reflectively (and a Bean Validation
 * provider, where an application brings one, reads their fields); what code may call is still only
 * what it exports. The Bean Validation annotations are optional at run time.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
open module org.sendinspection.model {
  requires transitive com.fasterxml.jackson.annotation;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static transitive jakarta.validation;
  requires static transitive org.immutables.value;

  exports org.sendinspection.model;
  exports org.sendinspection.model.area;
  exports org.sendinspection.model.area.directory;
  exports org.sendinspection.model.areasend;
  exports org.sendinspection.model.inspection;
  exports org.sendinspection.model.json;
  exports org.sendinspection.model.provenance;
  exports org.sendinspection.model.record;
  exports org.sendinspection.model.revisit;
  exports org.sendinspection.model.validation;
  exports org.sendinspection.model.wsoa;

}
